using Prasa.Blocks;

namespace Prasa.Extraction;

/// <summary>
/// Finds lists of teasers: three or more sibling elements built alike (same tag and class) that each
/// carry a linked headline. Article paragraphs are alike too, but they do not each lead with a link;
/// cards of "more stories" do, whatever the site calls them. So do cards that run the linked headline and
/// an excerpt cut short into one line ("Indian-origin man pleads guilty … NEW YORK: An Indian-origin man
/// has pleaded guilty to theft, …, 41,...").
/// </summary>
public static class TeaserLists
{
    /// <summary>For every block, the card element it belongs to, or -1.</summary>
    public static int[] Find(BlockDocument doc)
    {
        var elements = doc.Elements;
        var blocks = doc.Blocks;
        var card = new int[blocks.Count];
        Array.Fill(card, -1);
        if (elements.Count == 0)
        {
            return card;
        }

        // Which elements hold a linked headline, and how much unlinked prose.
        var linked = new bool[elements.Count];
        var anyLink = new bool[elements.Count];
        var excerpt = new bool[elements.Count];
        var blocksUnder = new int[elements.Count];
        var proseUnder = new int[elements.Count];
        foreach (var b in blocks)
        {
            if (b.Element < 0)
            {
                continue;
            }

            blocksUnder[b.Element]++;
            anyLink[b.Element] |= b.LinkChars >= 15;
            if (b.LinkDensity > 0.6 && b.Text.Length >= 15)
            {
                linked[b.Element] = true;
                continue;
            }

            excerpt[b.Element] |= b.Text.Length >= MinExcerpt && CutShort(b.Text);
            if (b.Text.Length >= 150)
            {
                proseUnder[b.Element] += b.Text.Length;
            }
        }

        for (var e = elements.Count - 1; e > 0; e--)
        {
            var p = elements[e].Parent;
            if (p >= 0)
            {
                linked[p] |= linked[e];
                anyLink[p] |= anyLink[e];
                excerpt[p] |= excerpt[e];
                blocksUnder[p] += blocksUnder[e];
                proseUnder[p] += proseUnder[e];
            }
        }

        var groups = new Dictionary<(int Parent, string Tag, string Class), List<int>>();
        for (var e = 0; e < elements.Count; e++)
        {
            var info = elements[e];
            if (info.Parent < 0 || blocksUnder[e] == 0 || info.Tag is "p" or "tr" or "td" or "th" or "table" or "tbody")
            {
                continue;
            }

            var key = (info.Parent, info.Tag, info.ClassId);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(e);
        }

        var pageProse = 0;
        for (var e = 0; e < elements.Count; e++)
        {
            if (elements[e].Parent < 0)
            {
                pageProse += proseUnder[e];
            }
        }

        var isCard = new bool[elements.Count];

        // One line that runs a linked headline into an excerpt cut short.
        bool Excerpted(int e) => blocksUnder[e] == 1 && anyLink[e] && excerpt[e];

        foreach (var members in groups.Values)
        {
            if (members.Count < 3)
            {
                continue;
            }

            var withLinks = members.Count(m => (linked[m] && blocksUnder[m] >= 2) || Excerpted(m));

            // A long story told in sections also repeats its markup: cards are short.
            var longProse = members.Count(m => proseUnder[m] > 600);
            if (withLinks * 3 >= members.Count * 2 && longProse * 3 < members.Count)
            {
                foreach (var m in members)
                {
                    // The article itself may stand among its teasers (an endless-scroll page): it is never one.
                    isCard[m] = proseUnder[m] < 0.3 * pageProse || proseUnder[m] < 300;
                }
            }
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            for (var e = blocks[i].Element; e >= 0; e = elements[e].Parent)
            {
                if (isCard[e])
                {
                    card[i] = e;
                    break;
                }
            }
        }

        return card;
    }

    /// <summary>An excerpt is at least this long; a shorter line ending in "…" is a title or a link.</summary>
    private const int MinExcerpt = 80;

    /// <summary>Whether a text ends as an excerpt cut short: "…", "...", "[…]" or "[...]".</summary>
    private static bool CutShort(string text)
    {
        var t = text.AsSpan().TrimEnd();
        if (t.EndsWith("]"))
        {
            t = t[..^1];
        }

        return t.EndsWith("…") || t.EndsWith("...");
    }
}
