using Prasa.Blocks;
using Prasa.Language;

namespace Prasa.Metadata;

/// <summary>Fills an article's metadata fields from the page's head, JSON-LD and labelled blocks.</summary>
public static class MetadataReader
{
    private static readonly string[] PublishedKeys =
        ["article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date",
         "dc.date.issued", "dcterms.created", "parsely-pub-date", "sailthru.date", "article.published", "published_time", "cxenseparse:recs:publishtime"];

    private static readonly string[] ModifiedKeys =
        ["article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified", "article.updated"];

    public static void Fill(Article article, BlockDocument doc, JsonLdArticle? ld, string? pageUrl)
    {
        var head = doc.Head;
        article.Url = pageUrl ?? Absolute(head.Canonical) ?? head.MetaContent("og:url") ?? ld?.Url;
        article.Published = DateValue.Normalise(ld?.DatePublished ?? FirstMeta(head, PublishedKeys)
            ?? head.Times.FirstOrDefault(t => t.PubDate).Value ?? head.Times.FirstOrDefault().Value);
        article.Modified = DateValue.Normalise(ld?.DateModified ?? FirstMeta(head, ModifiedKeys));
        if (article.Published is null)
        {
            foreach (var b in doc.Blocks)
            {
                if (b.Label == Label.Date && DateValue.FromText(b.Text) is { } d)
                {
                    article.Published = d;
                    break;
                }
            }
        }

        AddAuthors(article, doc, ld);
        article.Site = head.MetaContent("og:site_name") ?? ld?.Publisher ?? Host(article.Url);
        var hint = ld?.Language ?? head.Language ?? head.MetaContent("content-language") ?? head.MetaContent("og:locale");
        article.Language = LanguageIdentifier.Identify(LanguageSample(article, doc), hint);
        var tags = ld?.Keywords.Count > 0 ? ld.Keywords : head.Meta.Where(m => m.Key == "article:tag").Select(m => m.Value).ToList();
        if (tags.Count == 0 && head.MetaContent("keywords") is { } kw)
        {
            tags = kw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        }

        article.Tags.AddRange(tags.Where(t => t.Length is > 0 and < 80).Distinct(StringComparer.OrdinalIgnoreCase).Take(50));
    }

    private static void AddAuthors(Article article, BlockDocument doc, JsonLdArticle? ld)
    {
        IEnumerable<string> names = ld?.Authors ?? [];
        if (!names.Any() && doc.Head.MetaContent("author") is { } meta)
        {
            names = [meta];
        }

        if (!names.Any())
        {
            names = doc.Blocks.Where(b => b.Label == Label.Author).SelectMany(b => BylineLine.Names(b.Text)).Take(5);
        }

        if (!names.Any())
        {
            names = doc.Head.AuthorLinks;
        }

        foreach (var name in names)
        {
            var clean = AuthorName.Clean(name);
            if (clean is not null && !article.Author.Contains(clean, StringComparer.OrdinalIgnoreCase))
            {
                article.Author.Add(clean);
            }
        }
    }

    private static string? FirstMeta(PageHead head, string[] keys)
    {
        foreach (var key in keys)
        {
            if (head.MetaContent(key) is { } v)
            {
                return v;
            }
        }

        return null;
    }

    private static string? Absolute(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme.StartsWith("http", StringComparison.Ordinal) ? url : null;

    private static string? Host(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var u))
        {
            return null;
        }

        var host = u.Host;
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    /// <summary>The article's own words; the whole page's when the article came out too short to tell.</summary>
    private static string LanguageSample(Article article, BlockDocument doc)
    {
        var sample = (article.Title + "\n" + article.Text).Trim();
        if (sample.Length >= 200)
        {
            return sample;
        }

        var all = new System.Text.StringBuilder(sample);
        foreach (var b in doc.Blocks)
        {
            if (all.Length >= LanguageIdentifier.SampleLength)
            {
                break;
            }

            all.Append('\n').Append(b.Text);
        }

        return all.ToString();
    }
}
