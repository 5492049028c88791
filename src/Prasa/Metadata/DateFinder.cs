using System.Globalization;
using System.Text.RegularExpressions;
using Prasa.Blocks;

namespace Prasa.Metadata;

/// <summary>
/// Finds when an article was published and last modified. Structured sources, strongest first: JSON-LD,
/// meta tags, elements marked as dates (itemprop, &lt;time&gt;, date classes), page scripts; a date in the URL
/// outranks a structured date of another day (the URL is written once, at publication, and structured dates
/// drift with updates). The structured date is then reconciled with the date the page shows its readers
/// (<see cref="ShownDate"/>), which stands in when nothing structured is found.
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

        var shown = ShownDate.Find(c);
        if (published is null)
        {
            published = shown?.Date.Iso ?? FromBlocks(c);
        }
        else if (shown is { } seen && seen.Date.Day != published[..10])
        {
            // A date line under the headline outranks a structured date the page never states, and one
            // read from a mere date class (an event box, a sidebar) that no URL confirms.
            var weak = structured is { Strong: false } && url != published[..10];
            published = seen.Line && (weak || !ShownDate.Stated(c, published[..10])) && Swapped(seen.Date.Day) != published[..10]
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
    /// The structured date against a shown date of another day that is no date line. Readers (and people who
    /// date pages) go by the shown date: when it is the structured modification day shown near the headline,
    /// the page presents the revision as its date; when it is the local day a structured UTC time falls on,
    /// it is the same moment read where the page is written.
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

    /// <summary>The day with month and day read the other way round ("04/12/2020"), when both readings exist.</summary>
    private static string Swapped(string day) =>
        int.Parse(day[8..], CultureInfo.InvariantCulture) <= 12 ? $"{day[..5]}{day[8..]}-{day[5..7]}" : day;

    /// <summary>When nothing is shown near the headline or in the article: any short line of the page but captions, comments and copyright lines.</summary>
    private static string? FromBlocks(DateContext c)
    {
        var blocks = c.Doc.Blocks;
        if (ShownDate.Anchor(blocks) < 0)
        {
            return null;
        }

        foreach (var b in blocks)
        {
            if (b.Text.Length <= 200 && b.Label != Label.Comment && !ShownDate.PhotoCaption(b) && !ShownDate.Copyright(b.Text)
                && TextDate.First(b.Text, c.Fetch, false, c.MonthFirst) is { } d)
            {
                return d.Iso;
            }
        }

        return null;
    }

    private static string? Norm(string? value, DateContext c) => DateValue.Normalise(value, c.Fetch);
}

/// <summary>What the date finder reads: the page's blocks and head, its JSON-LD, marked elements, URL and fetch time.</summary>
public sealed record DateContext(BlockDocument Doc, JsonLdArticle? JsonLd, IReadOnlyList<MarkupHit> Markup, string? Url, DateTimeOffset? Fetch, bool MonthFirst, string? Html = null, string? Language = null);
