using Prasa.Blocks;
using Prasa.Lexicons;

namespace Prasa.Text;

/// <summary>
/// A recipe's ingredients in a dump: a label ("Zutaten für 4 Personen", "Ingredients", "Składniki") over short lines
/// of quantities and foods ("350 g Mehl", or "125 g" and "Mehl" on lines of their own where the page set them in a
/// table). The lines carry no sentence, so the line model leaves them out, though a reader counts the list as part
/// of the recipe. Under such a label, up to the method's label ("Zubereitung"), a line of prose or a line that its
/// wording names boilerplate, at least three lines of which a third or more hold a number (a table flattened to a line a cell: "125 g", "Mehl") are the list.
/// </summary>
public static class RecipeList
{
    private static readonly string[] Labels = Read("ingredients");
    private static readonly string[] Methods = Read("method");
    private static readonly string[] Ends = [.. Methods, .. Read("end")];

    /// <summary>The letters the labels open with, in both cases: most lines are ruled out by their first letter.</summary>
    private static readonly System.Buffers.SearchValues<char> LabelStarts =
        System.Buffers.SearchValues.Create(string.Concat(Labels.Select(l => $"{l[0]}{char.ToUpperInvariant(l[0])}")));

    private const int MaxLabelChars = 60;
    private const int MaxLines = 80;

    /// <summary>How many lines without a sentence in a row end the method.</summary>
    private const int MaxGap = 5;

    /// <summary>Longer lines are the method's prose, not an ingredient.</summary>
    private const int MaxWords = 14;

    public static void Mark(TextPage page, bool[] fixedLabel)
    {
        var blocks = page.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i].Text;
            if (text.Length == 0 || !LabelStarts.Contains(text[0]) || !IsLabel(text, Labels))
            {
                continue;
            }

            int end = i + 1, lines = 0, quantities = 0;
            for (; end < blocks.Count && end <= i + MaxLines; end++)
            {
                var b = blocks[end];
                if (page.Stats[end].Words > MaxWords || IsLabel(b.Text, Labels) || IsLabel(b.Text, Ends, compound: true) || NamedOtherwise(b, fixedLabel[end]))
                {
                    break;
                }

                // A tick or a box before each item ("✓", "▢") is no line of the list.
                lines += Marker(page, end) ? 0 : 1;
                quantities += IsQuantity(b.Text) ? 1 : 0;
            }

            if (lines < 3 || quantities < 2 || quantities * 3 < lines)
            {
                continue;
            }

            blocks[i].Mark(Label.Heading, null);
            fixedLabel[i] = true;
            for (var j = i + 1; j < end; j++)
            {
                if (blocks[j].Label != Label.Duplicate && !Marker(page, j))
                {
                    blocks[j].Mark(Label.Body, null);
                    fixedLabel[j] = true;
                }
            }

            // The method's label after the list heads the method's steps ("Zubereitung", "Przygotowanie krok po kroku").
            if (end < blocks.Count && !fixedLabel[end] && IsLabel(blocks[end].Text, Methods, compound: true))
            {
                blocks[end].Mark(Label.Heading, null);
                fixedLabel[end] = true;
                end = MarkMethod(page, fixedLabel, end + 1);
            }

            i = end - 1;
        }
    }

    /// <summary>
    /// The method's steps from line <paramref name="from"/>: its sentences are text, however unlike the page's other
    /// text the line model finds them ("Dynię pokrój w drobną kostkę."), between the steps' numbers and photos, up to
    /// a line that its wording names boilerplate, another recipe's ingredients, or five lines in a row without a
    /// sentence. The line after the method.
    /// </summary>
    private static int MarkMethod(TextPage page, bool[] fixedLabel, int from)
    {
        var blocks = page.Blocks;
        int k = from, withoutSentence = 0;
        for (; k < blocks.Count && k < from + MaxLines && withoutSentence < MaxGap; k++)
        {
            var b = blocks[k];
            if (NamedOtherwise(b, fixedLabel[k]) || IsLabel(b.Text, Labels))
            {
                break;
            }

            if (b.Label.IsContent() || fixedLabel[k])
            {
                withoutSentence = b.Label.IsContent() ? 0 : withoutSentence + 1;
                continue;
            }

            if (page.IsProse[k] || (page.Stats[k].EndsSentence && page.Stats[k].Words >= 5))
            {
                b.Mark(Label.Body, null);
                fixedLabel[k] = true;
                withoutSentence = 0;
            }
            else
            {
                withoutSentence++;
            }
        }

        return k;
    }

    /// <summary>A line that its wording names boilerplate (an ad, a teaser, a credit …): dates, short fragments and copies may stand in a list.</summary>
    private static bool NamedOtherwise(Block b, bool fixedLabel) =>
        fixedLabel && b.Label is not (Label.Date or Label.Navigation or Label.Other or Label.Duplicate);

    /// <summary>A line of neither letters nor digits: a tick or a box ("✓", "▢").</summary>
    private static bool Marker(TextPage page, int i) => page.Stats[i].Letters == 0 && page.Stats[i].Digits == 0;

    /// <summary>A digit or a vulgar fraction ("½ TL") in the line.</summary>
    private static bool IsQuantity(string line) =>
        line.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || line.AsSpan().IndexOfAnyInRange('\u00bc', '\u00be') >= 0 || line.AsSpan().IndexOfAnyInRange('\u2150', '\u215e') >= 0;

    /// <summary>
    /// A short line that is one of the labels or opens with one, followed by a space or a colon, or by anything where
    /// the label may open a compound ("Zubereitungsschritte").
    /// </summary>
    private static bool IsLabel(string line, string[] labels, bool compound = false)
    {
        var text = line.AsSpan().Trim();
        if (text.Length is 0 or > MaxLabelChars || !char.IsLetter(text[0]))
        {
            return false;
        }

        foreach (var label in labels)
        {
            if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                var rest = text[label.Length..].TrimEnd(" :");
                if (compound || rest.IsEmpty || text[label.Length] is ' ' or ':')
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string[] Read(string kind) => LexiconFile.Read("text-recipe.txt").Where(r => r.Key == kind).Select(r => r.Value).ToArray();
}
