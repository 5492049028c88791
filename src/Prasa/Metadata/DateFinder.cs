using System.Globalization;
using System.Text.RegularExpressions;
using Prasa.Blocks;

namespace Prasa.Metadata;

/// <summary>
/// Finds when an article was published and last modified. Sources, strongest first: JSON-LD, meta tags,
/// elements marked as dates (itemprop, &lt;time&gt;, date classes), the URL, date lines among the blocks,
/// then dates in short blocks near the headline. A date in the URL outranks a structured date of
/// another day: the URL is written once, at publication, and structured dates drift with updates.
/// </summary>
public static partial class DateFinder
{
    /// <summary>Meta keys that name the publication moment and nothing else.</summary>
    private static readonly string[] StrongPublishedKeys =
        ["article:published_time", "article:published", "og:published_time", "og:article:published_time", "datepublished",
         "parsely-pub-date", "sailthru.date", "citation_publication_date", "rnews:datepublished", "originalpublicationdate"];

    /// <summary>Meta keys that often, not always, hold the publication date.</summary>
    private static readonly string[] PublishedKeys =
        ["pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "date", "dc.date", "dc.date.issued",
         "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created", "parsely-pub-date", "sailthru.date",
         "article.published", "published_time", "published-date", "datecreated", "citation_online_date", "citation_publication_date",
         "citation_date", "prism.publicationdate", "originalpublicationdate", "article_date_original", "og:pubdate",
         "rnews:datepublished", "cxenseparse:recs:publishtime", "date.available", "release_date", "created"];

    private static readonly string[] ModifiedKeys =
        ["article:modified_time", "article:modified", "og:updated_time", "datemodified", "dcterms.modified", "last-modified",
         "article.updated", "modified_time", "dc.date.modified", "lastmod", "revised"];

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})(?:(?<m>[01]\d)(?<d>[0-3]\d)|[/_-](?<m>[01]?\d)[/_-](?<d>[0-3]?\d))(?:[/_.-]|$)")]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"/(?<d>[0-3]?\d)-(?<m>[01]?\d)-(?<y>(?:19|20)\d{2})(?:[/_.-]|$)")]
    private static partial Regex UrlDateDayFirst();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})/(?<mon>[a-z]{3,9})/(?<d>[0-3]?\d)(?:[/_.-]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex UrlDateMonthName();

    [GeneratedRegex(@"[""'](?:datePublished|dateCreated|publishedFirst|first-?publication|firstPublished|publish(?:ed)?[_-]?(?:date|at|time|on)|pub_?date|publication_?date)[""']\s*:\s*[""'](?<v>[^""']{6,40})[""']", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptDate();

    /// <summary>The published and modified dates, ISO 8601; null when the page does not say.</summary>
    public static (string? Published, string? Modified) Find(DateContext c)
    {
        var modified = Modified(c);
        var structured = Structured(c);
        var published = structured?.Value;
        var url = FromUrl(c.Url, c.Fetch);
        if (url is not null && (published is null || published[..10] != url))
        {
            published = url;
        }

        var shown = Shown(c);
        if (published is null)
        {
            published = shown?.Date.Iso ?? FromBlocks(c);
        }
        else if (shown is { } seen && seen.Date.Day != published[..10])
        {
            // A date line under the headline outranks a structured date the page never states, and one
            // read from a mere date class (an event box, a sidebar) that no URL confirms.
            var weak = structured is { Strong: false } && url != published[..10];
            published = seen.Line && (weak || !ShownAnywhere(c, published[..10])) && Swapped(seen.Date.Day) != published[..10]
                ? seen.Date.Iso
                : Reconcile(published, modified, seen.Date, seen.Near, c.Language);
        }

        if (published is not null && modified is not null && string.CompareOrdinal(modified[..10], published[..10]) < 0)
        {
            modified = null;
        }

        return (published, modified);
    }

    private static (string Value, bool Strong)? Structured(DateContext c)
    {
        var head = c.Doc.Head;
        if (Norm(c.JsonLd?.DatePublished, c) is { } ld)
        {
            return (ld, true);
        }

        if (Meta(head, StrongPublishedKeys, c) is { } strongMeta)
        {
            return (strongMeta, true);
        }

        if (Hit(c, strong: true) is { } marked)
        {
            return (marked, true);
        }

        if (Hit(c, strong: false) is { } classed)
        {
            return (classed, false);
        }

        if (Meta(head, PublishedKeys, c) is { } meta)
        {
            return (meta, false);
        }

        if (Norm(c.JsonLd?.PageDatePublished, c) is { } page)
        {
            return (page, false);
        }

        // Page scripts (data layers, app state) often state the date in JSON that is not JSON-LD.
        if (c.Html is not null)
        {
            foreach (Match m in ScriptDate().Matches(c.Html))
            {
                if (Norm(m.Groups["v"].Value, c) is { } scripted)
                {
                    return (scripted, false);
                }
            }
        }

        foreach (var (value, _, pub) in head.Times)
        {
            if (pub && Norm(value, c) is { } t)
            {
                return (t, false);
            }
        }

        return null;
    }

    private static string? Meta(PageHead head, string[] keys, DateContext c)
    {
        foreach (var key in keys)
        {
            foreach (var (k, v) in head.Meta)
            {
                if (k == key && Norm(v, c) is { } meta)
                {
                    return meta;
                }
            }
        }

        return null;
    }

    private static string? Hit(DateContext c, bool strong)
    {
        foreach (var hit in c.Markup)
        {
            if (hit.Kind == MarkupKind.Published && hit.Strong == strong && FromHit(hit, c) is { } d)
            {
                return d;
            }
        }

        return null;
    }

    private static string? Modified(DateContext c)
    {
        if (Norm(c.JsonLd?.DateModified, c) is { } ld)
        {
            return ld;
        }

        foreach (var key in ModifiedKeys)
        {
            if (c.Doc.Head.MetaContent(key) is { } v && Norm(v, c) is { } meta)
            {
                return meta;
            }
        }

        if (Norm(c.JsonLd?.PageDateModified, c) is { } page)
        {
            return page;
        }

        foreach (var hit in c.Markup)
        {
            if (hit.Kind == MarkupKind.Modified && FromHit(hit, c) is { } d)
            {
                return d;
            }
        }

        foreach (var b in c.Doc.Blocks)
        {
            if (b.Label == Label.Date && DateLineKind.UpdateAt(b.Text) is { } at
                && TextDate.All(b.Text, c.Fetch, true, c.MonthFirst).Where(d => d.Index > at).Select(d => (FoundDate?)d).MinBy(d => d!.Value.Index) is { } after)
            {
                return after.Iso;
            }
        }

        return null;
    }

    private static string? FromHit(MarkupHit hit, DateContext c)
    {
        if (Norm(hit.Value, c) is { } v)
        {
            return v;
        }

        return hit.Text.Length is > 0 and < 200 ? TextDate.First(hit.Text, c.Fetch, true, c.MonthFirst)?.Iso : null;
    }

    /// <summary>A full date in the URL path ("/2023/07/23/", "/20230723/", "2023-07-23-title", "/29-10-2021").</summary>
    public static string? FromUrl(string? url, DateTimeOffset? fetch = null)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var u))
        {
            return null;
        }

        var m = UrlDate().Match(u.AbsolutePath);
        if (!m.Success)
        {
            m = UrlDateDayFirst().Match(u.AbsolutePath);
        }

        if (!m.Success && UrlDateMonthName().Match(u.AbsolutePath) is { Success: true } named
            && DateWords.Months.TryGetValue(named.Groups["mon"].Value.ToLowerInvariant(), out var month))
        {
            return DateValue.Normalise($"{named.Groups["y"].Value}-{month:D2}-{named.Groups["d"].Value.PadLeft(2, '0')}", fetch);
        }

        return m.Success ? DateValue.Normalise($"{m.Groups["y"].Value}-{m.Groups["m"].Value.PadLeft(2, '0')}-{m.Groups["d"].Value.PadLeft(2, '0')}", fetch) : null;
    }

    /// <summary>
    /// The structured date against the date the page shows its readers. Readers (and people who date pages)
    /// go by the shown date: when it is the structured modification day, the page presents the revision as
    /// its date; when it is the day next to a structured time written in UTC or without an offset, the
    /// shown one is the local day the structured time crosses midnight into.
    /// </summary>
    private static string Reconcile(string published, string? modified, FoundDate shown, bool near, string? language)
    {
        if (near && modified is not null && modified[..10] == shown.Day)
        {
            return modified;
        }

        return CrossesMidnight(published, shown.Day, language) ? shown.Iso : published;
    }

    /// <summary>
    /// A UTC time whose local day is the shown day: in the page language's one time zone when it has one,
    /// else only near midnight (before 06:00 UTC the Americas are still on the day before, after 22:00 UTC
    /// Europe and Africa are on the next).
    /// </summary>
    private static bool CrossesMidnight(string published, string shownDay, string? language)
    {
        if (!published.EndsWith("+00:00", StringComparison.Ordinal)
            || !DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.None, out var utc)
            || !DateOnly.TryParseExact(shownDay, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return false;
        }

        if (LocalTime.Zone(language) is { } zone)
        {
            return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(utc, zone).DateTime) == day;
        }

        var gap = day.DayNumber - DateOnly.FromDateTime(utc.UtcDateTime).DayNumber;
        return (gap == -1 && utc.Hour < 6) || (gap == 1 && utc.Hour >= 22);
    }

    /// <summary>
    /// The date the page shows its readers: a date line near the headline, another short line near it
    /// (a byline with the date), the opening words of the article ("Karlsruhe, (12.11.2021). …"), a date
    /// line elsewhere, then short lines through the article's end.
    /// </summary>
    private static (FoundDate Date, bool Near, bool Line)? Shown(DateContext c)
    {
        var blocks = c.Doc.Blocks;
        var anchor = Anchor(blocks);
        if (anchor < 0)
        {
            return DateLine(c, 0, blocks.Count - 1) is { } any ? (any, false, false) : null;
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
            return (line, true, true);
        }

        if (first <= to && opening is { } start && Dateline(blocks[first].Text.AsSpan(0, start.Index)))
        {
            return (start, true, true);
        }

        // A standfirst may come before the dateline paragraph.
        if (body > first && body <= to && TextDate.First(blocks[body].Text[..Math.Min(blocks[body].Text.Length, 60)], c.Fetch, false, c.MonthFirst) is { } after
            && Dateline(blocks[body].Text.AsSpan(0, after.Index)))
        {
            return (after, true, true);
        }

        if ((DateLine(c, to + 1, last) ?? ShortLine(c, from, Math.Max(to, body)) ?? (first <= to ? opening : null)) is { } near)
        {
            return (near, true, false);
        }

        return (DateLine(c, 0, blocks.Count - 1) ?? opening ?? ShortLine(c, to + 1, last)) is { } far ? (far, false, false) : null;
    }

    /// <summary>The day with month and day read the other way round ("04/12/2020"), when both readings exist.</summary>
    private static string Swapped(string day) =>
        int.Parse(day[8..], CultureInfo.InvariantCulture) <= 12 ? $"{day[..5]}{day[8..]}-{day[5..7]}" : day;

    /// <summary>Whether the page (but its comments and teasers) or its URL states this day.</summary>
    private static bool ShownAnywhere(DateContext c, string day)
    {
        if (FromUrl(c.Url, c.Fetch) == day)
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

    private static int Anchor(List<Block> blocks)
    {
        var anchor = blocks.FindIndex(b => b.Label == Label.Title);
        return anchor >= 0 ? anchor : blocks.FindIndex(b => b.Label is Label.Lead or Label.Body);
    }

    /// <summary>When nothing is shown near the headline or in the article: any short line of the page but captions, comments and copyright lines.</summary>
    private static string? FromBlocks(DateContext c)
    {
        var blocks = c.Doc.Blocks;
        if (Anchor(blocks) < 0)
        {
            return null;
        }

        foreach (var b in blocks)
        {
            if (b.Text.Length <= 200 && b.Label != Label.Comment && !PhotoCaption(b) && !Copyright(b.Text)
                && TextDate.First(b.Text, c.Fetch, false, c.MonthFirst) is { } d)
            {
                return d.Iso;
            }
        }

        return null;
    }

    /// <summary>A caption's date is the photo's; a short "caption" holding a date is a date line labelled so.</summary>
    private static bool PhotoCaption(Block b) => b.Label == Label.Caption && b.Text.Length > 60;

    private static bool Copyright(string text) =>
        text.Contains('©', StringComparison.Ordinal) || text.Contains("copyright", StringComparison.OrdinalIgnoreCase);

    private static string? Norm(string? value, DateContext c) => DateValue.Normalise(value, c.Fetch);
}

/// <summary>What the date finder reads: the page's blocks and head, its JSON-LD, marked elements, URL and fetch time.</summary>
public sealed record DateContext(BlockDocument Doc, JsonLdArticle? JsonLd, IReadOnlyList<MarkupHit> Markup, string? Url, DateTimeOffset? Fetch, bool MonthFirst, string? Html = null, string? Language = null);
