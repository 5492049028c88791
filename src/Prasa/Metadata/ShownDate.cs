using Prasa.Blocks;

namespace Prasa.Metadata;

/// <summary>
/// The date a page shows its readers, and how close to the headline it stands: <see cref="Line"/> when it is
/// a date line between the headline and the first paragraph or a dateline opening the article, the date
/// the page states for the article; <see cref="Near"/> when it stands near the headline at all.
/// </summary>
public readonly record struct ShownDate(FoundDate Date, bool Near, bool Line)
{
    /// <summary>
    /// The date the page shows its readers: a date line near the headline, another short line near it
    /// (a byline with the date), the opening words of the article ("Karlsruhe, (12.11.2021). …"), a date
    /// line elsewhere, then short lines through the article's end.
    /// </summary>
    public static ShownDate? Find(DateContext c)
    {
        var blocks = c.Doc.Blocks;
        var anchor = Anchor(blocks);
        if (anchor < 0)
        {
            return DateLine(c, 0, blocks.Count - 1) is { } any ? new ShownDate(any, false, false) : null;
        }

        var (from, to) = (Math.Max(0, anchor - 8), Math.Min(blocks.Count - 1, anchor + 8));
        var last = Math.Max(to, blocks.FindLastIndex(b => b.Label is Label.Body or Label.Heading));

        // A date line between the headline and the article's first paragraph, or a dateline opening that
        // paragraph, is the date the page states for the article.
        var first = blocks.FindIndex(b => b.Label is Label.Lead or Label.Body);
        var body = blocks.FindIndex(b => b.Label == Label.Body);
        var opening = first < 0 ? null : TextDate.First(blocks[first].Text[..Math.Min(blocks[first].Text.Length, 120)], c.Fetch, false, c.MonthFirst);
        if (DateLine(c, from, Math.Max(to, first)) is { } line)
        {
            return new ShownDate(line, true, true);
        }

        // A byline under the headline that carries the date ("Von Seb Dumitru, Lille 05.08.2024, 20:59 Uhr").
        if (BylineDate(c, anchor, Math.Min(to, Math.Max(anchor, first))) is { } signed)
        {
            return new ShownDate(signed, true, true);
        }

        if (first <= to && opening is { } start && Dateline(blocks[first].Text.AsSpan(0, start.Index)))
        {
            return new ShownDate(start, true, true);
        }

        // A standfirst may come before the dateline paragraph.
        if (body > first && body <= to && TextDate.First(blocks[body].Text[..Math.Min(blocks[body].Text.Length, 60)], c.Fetch, false, c.MonthFirst) is { } after
            && Dateline(blocks[body].Text.AsSpan(0, after.Index)))
        {
            return new ShownDate(after, true, true);
        }

        if ((DateLine(c, to + 1, last) ?? ShortLine(c, from, Math.Max(to, body)) ?? (first <= to ? opening : null)) is { } near)
        {
            return new ShownDate(near, true, false);
        }

        // The date lines from `from` to `last` were read above and hold none: only the rest is left.
        return (DateLine(c, 0, from - 1) ?? DateLine(c, last + 1, blocks.Count - 1) ?? opening ?? ShortLine(c, to + 1, last)) is { } far
            ? new ShownDate(far, false, false)
            : null;
    }

    /// <summary>Whether the page (but its comments and teasers) or its URL states this day.</summary>
    public static bool Stated(DateContext c, string day)
    {
        if (DateFinder.FromUrl(c.Url, c.Fetch) == day)
        {
            return true;
        }

        // Comments and lists of other articles carry their own dates, not this article's.
        // Nor does a date line far above the headline (the site header's date of the day).
        var blocks = c.Doc.Blocks;
        for (var i = Math.Max(0, Anchor(blocks) - 8); i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Label is Label.Comment or Label.Teaser or Label.Recommendation)
            {
                continue;
            }

            foreach (var d in TextDate.All(b.Text, c.Fetch, true, c.MonthFirst))
            {
                if (d.Day == day && !Stamp(b.Text, d))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Words before a date that open the article as a dateline: a place at most ("Karlsruhe, (").</summary>
    private static bool Dateline(ReadOnlySpan<char> before)
    {
        var words = 0;
        foreach (var range in before.SplitAny(" ,()–-"))
        {
            if (before[range].Length > 0 && ++words > 2)
            {
                return false;
            }
        }

        return before.Length <= 30;
    }

    /// <summary>
    /// The first date of a line as people read it: a machine stamp leaked into the text
    /// ("2018-08-29 14:15:57 22.06.2018 10:20") only when the line writes no other date.
    /// </summary>
    private static FoundDate? Written(string text, DateContext c)
    {
        FoundDate? first = null, written = null;
        foreach (var d in TextDate.All(text, c.Fetch, true, c.MonthFirst))
        {
            if (first is null || d.Index < first.Value.Index)
            {
                first = d;
            }

            if (!Stamp(text, d) && (written is null || d.Index < written.Value.Index))
            {
                written = d;
            }
        }

        return written ?? first;
    }

    private static bool Stamp(string text, FoundDate d) =>
        !d.Relative && d.Length >= 10 && char.IsAsciiDigit(text[d.Index]) && text.Length > d.Index + 4 && text[d.Index + 4] == '-';

    private static FoundDate? DateLine(DateContext c, int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            var b = c.Doc.Blocks[i];
            if (b.Label == Label.Date && !DateLineKind.IsUpdate(b.Text) && Written(b.Text, c) is { } d)
            {
                return d;
            }

            // A date line the markup put inside the headline's block, on a line of its own.
            if (b.Label == Label.Title && b.Text.IndexOf('\n', StringComparison.Ordinal) is > 0 and var cut
                && b.Text.Length - cut <= 80 && Written(b.Text[(cut + 1)..], c) is { } below)
            {
                return below;
            }
        }

        return null;
    }

    private static FoundDate? BylineDate(DateContext c, int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            var b = c.Doc.Blocks[i];
            if (b.Label == Label.Author && b.Text.Length <= 160 && Written(b.Text, c) is { Relative: false } d)
            {
                return d;
            }
        }

        return null;
    }

    private static FoundDate? ShortLine(DateContext c, int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            var b = c.Doc.Blocks[i];
            if (b.Text.Length <= 200 && b.Label != Label.Title && !PhotoCaption(b) && !Copyright(b.Text) && Written(b.Text, c) is { } d)
            {
                return d;
            }
        }

        return null;
    }

    internal static int Anchor(List<Block> blocks)
    {
        var anchor = blocks.FindIndex(b => b.Label == Label.Title);
        return anchor >= 0 ? anchor : blocks.FindIndex(b => b.Label is Label.Lead or Label.Body);
    }

    /// <summary>A caption's date is the photo's; a short "caption" holding a date is a date line labelled so.</summary>
    internal static bool PhotoCaption(Block b) => b.Label == Label.Caption && b.Text.Length > 60;

    internal static bool Copyright(string text) =>
        text.Contains('©', StringComparison.Ordinal) || text.Contains("copyright", StringComparison.OrdinalIgnoreCase);
}
