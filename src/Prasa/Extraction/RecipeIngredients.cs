using Prasa.Blocks;

namespace Prasa.Extraction;

/// <summary>
/// A recipe's ingredient list often sits in its own box beside the method, and the weightier method wins
/// the article's container alone; and an ingredient linked to a shop or a glossary reads as a link line.
/// When the page's Recipe data lists the ingredients, the box that shows them is part of the recipe: its
/// blocks left outside or judged by their links alone are taken into the text.
/// </summary>
public static class RecipeIngredients
{
    public const string Reason = "recipe ingredients, as the page's Recipe data lists them";

    public static void Include(BlockDocument doc, IReadOnlyList<string>? ingredients)
    {
        if (ingredients is not { Count: >= 3 })
        {
            return;
        }

        // Padded so that a block matches whole words of a line only ("mehl" in "125 g mehl", not "meh").
        var lines = ingredients.Select(i => $" {TextNormal.Fold(i)} ").Where(i => i.Length > 3).ToArray();
        var covered = new bool[lines.Length];
        var matched = new List<int>();
        var linkedLines = new List<Block>();
        var blocks = doc.Blocks;
        for (var b = 0; b < blocks.Count; b++)
        {
            if (blocks[b].Text.Length > 200 || blocks[b].Element < 0 || !(blocks[b].Label.IsContent() || IsTakeable(blocks[b])))
            {
                continue;
            }

            var text = TextNormal.Fold(blocks[b].Text);
            if (text.Length < 3 || !text.Any(char.IsLetter))
            {
                continue;
            }

            var padded = $" {text} ";
            var any = false;
            var whole = false;
            for (var l = 0; l < lines.Length; l++)
            {
                // A block may also hold a whole line with a note, but not a sentence that names "salt".
                var holdsLine = padded.Length <= 2 * lines[l].Length + 10 && padded.Contains(lines[l], StringComparison.Ordinal);
                if (holdsLine || lines[l].Contains(padded, StringComparison.Ordinal))
                {
                    covered[l] = any = true;
                    whole |= holdsLine;
                }
            }

            if (any)
            {
                matched.Add(b);
            }

            if (whole && blocks[b].Reason is { } reason
                && (reason == HtmlBlockClassifier.TeaserLine || reason.StartsWith(HtmlBlockClassifier.MostlyLinks, StringComparison.Ordinal)))
            {
                linkedLines.Add(blocks[b]);
            }
        }

        // A few chance matches ("Zucker" in a sidebar) show no list; the box must show most of the lines.
        if (matched.Count < 3 || covered.Count(c => c) * 2 < lines.Length)
        {
            return;
        }

        // A whole ingredient line in the article's column is one, links or not, wherever the list's box is.
        foreach (var b in linkedLines)
        {
            b.Mark(Label.Body, Reason);
        }

        var box = SmallestHolding(doc, matched);
        if (box < 0 || !ShowsOnlyTheList(doc, box, ingredients))
        {
            return;
        }

        foreach (var b in blocks)
        {
            // Body blocks already there get the reason too: it keeps the edge trimmer off "125 g".
            if ((IsTakeable(b) || b.Label == Label.Body) && doc.IsWithin(b.Element, box))
            {
                b.Mark(b.Kind == BlockKind.Heading ? Label.Heading : Label.Body, Reason);
            }
        }
    }

    private static bool IsTakeable(Block b) => b.Reason is { } reason
        && ((b.Label == Label.Other && reason == LeadFinder.OutsideReason)
            || (b.Label is Label.Navigation or Label.Recommendation
                && (reason == HtmlBlockClassifier.LinksOutside || reason == HtmlBlockClassifier.TeaserLine
                    || reason.StartsWith(HtmlBlockClassifier.MostlyLinks, StringComparison.Ordinal))));

    /// <summary>The innermost element holding four in five of the matched blocks, or -1.</summary>
    private static int SmallestHolding(BlockDocument doc, List<int> matched)
    {
        var need = (matched.Count * 4 + 4) / 5;
        for (var e = doc.Blocks[matched[0]].Element; e >= 0; e = doc.Elements[e].Parent)
        {
            var held = 0;
            foreach (var b in matched)
            {
                if (doc.IsWithin(doc.Blocks[b].Element, e))
                {
                    held++;
                }
            }

            if (held >= need)
            {
                return e;
            }
        }

        return -1;
    }

    // The box must not be a stretch of the page that holds the headline or much else besides the list.
    private static bool ShowsOnlyTheList(BlockDocument doc, int box, IReadOnlyList<string> ingredients)
    {
        var listChars = ingredients.Sum(i => i.Length);
        var boxChars = 0;
        foreach (var b in doc.Blocks)
        {
            if (doc.IsWithin(b.Element, box))
            {
                if (b.Label == Label.Title)
                {
                    return false;
                }

                boxChars += b.Text.Length;
            }
        }

        return boxChars <= 3 * listChars + 300;
    }
}
