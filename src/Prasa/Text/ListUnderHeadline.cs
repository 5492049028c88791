using Prasa.Blocks;

namespace Prasa.Text;

/// <summary>
/// A page whose article is a numbered list and no prose (a season's calendar: "1a etapa: 10 de março – Interlagos",
/// "2a etapa: 8 de abril – Curitiba", …; a recipe's ingredients: "300 g Mehl", "1 TL Backpulver"): its lines are
/// short and carry no sentence, so the line model leaves them out, and a date among them even reads as a date line.
/// Where such a list stands right under the headline, before any text, five or more items in a row open with a
/// number of the same shape ("1a", "12a"; "1st", "2nd"; "1.", "2."; "300", "1"), the list is the article's text. A menu's items
/// share a shape too, but not a number in each.
/// </summary>
public static class ListUnderHeadline
{
    private const int MinItems = 5;

    /// <summary>How far under the headline the list may start: past its date, byline, photo and a short intro line.</summary>
    private const int MaxGap = 6;

    public static void Mark(TextPage page, bool[] fixedLabel, int title)
    {
        if (title < 0)
        {
            return;
        }

        var blocks = page.Blocks;
        for (var start = title + 1; start < blocks.Count && start <= title + MaxGap; start++)
        {
            if (blocks[start].Label.IsContent())
            {
                return;
            }

            // An item that its wording names something else (a recommendation, a credit) ends the list; a date among
            // the items is one of them.
            var end = start;
            while (end + 1 < blocks.Count && SameShape(blocks[start].Text, blocks[end + 1].Text)
                && (!fixedLabel[end + 1] || blocks[end + 1].Label is Label.Date or Label.Other or Label.Navigation))
            {
                end++;
            }

            if (end - start + 1 < MinItems)
            {
                continue;
            }

            // The short line right over the list names it ("Calendário da Stock Car 2018").
            var intro = start - 1;
            if (intro > title && page.Stats[intro].Words is >= 2 and <= 10 && !page.Stats[intro].EndsSentence
                && blocks[intro].Label is Label.Other or Label.Navigation)
            {
                blocks[intro].Mark(Label.Heading, null);
            }

            for (var i = start; i <= end; i++)
            {
                blocks[i].Mark(Label.Body, null);
            }

            return;
        }
    }

    /// <summary>A short word that holds a digit ("1a", "12.", "3)", "300").</summary>
    private static bool Numbered(ReadOnlySpan<char> word) => word.Length <= 6 && word.IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>Both lines open with a short word that holds a digit, with the same punctuation (see <see cref="SameChars.Marks"/>: "1st" and "2nd", "1a" and "12a", not "1." and "1)"), at a list item's length.</summary>
    private static bool SameShape(string a, string b)
    {
        if (b.Length > 200 || a.Length > 200)
        {
            return false;
        }

        var x = a.AsSpan();
        var y = b.AsSpan();
        var wx = NextWord(ref x);
        var wy = NextWord(ref y);
        return Numbered(wx) && Numbered(wy) && SameChars.Marks(wx, wy) && !x.IsEmpty && !y.IsEmpty;
    }

    private static ReadOnlySpan<char> NextWord(ref ReadOnlySpan<char> s)
    {
        s = s.TrimStart(' ');
        var space = s.IndexOf(' ');
        var word = space < 0 ? s : s[..space];
        s = space < 0 ? [] : s[space..];
        return word;
    }
}
