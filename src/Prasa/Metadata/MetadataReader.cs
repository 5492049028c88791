using Prasa.Blocks;
using Prasa.Inputs;
using Prasa.Language;

namespace Prasa.Metadata;

/// <summary>Fills an article's metadata fields from the page's head, JSON-LD and labelled blocks.</summary>
public static class MetadataReader
{
    /// <summary>Fills the metadata of an article whose title, lead and text are already set.</summary>
    /// <param name="html">The page's HTML source, for elements marked as dates and authors; null for text dumps.</param>
    public static void Fill(Article article, BlockDocument doc, JsonLdArticle? ld, PageInput page, string? html)
    {
        var head = doc.Head;
        article.Url = page.Url ?? Absolute(head.Canonical) ?? Absolute(head.MetaContent("og:url")) ?? Absolute(ld?.Url);
        var hint = ld?.Language ?? head.Language ?? head.MetaContent("content-language") ?? head.MetaContent("og:locale");
        article.Language = LanguageIdentifier.Identify(LanguageSample(article, doc), hint);
        var markup = html is null ? [] : MarkupScanner.Scan(html);
        (article.Published, article.Modified) = DateFinder.Find(
            new DateContext(doc, ld, markup, article.Url, page.FetchTime, MonthFirst: article.Language == "en", html, article.Language));
        article.Published = LocalTime.WithOffset(article.Published, article.Language);
        article.Modified = LocalTime.WithOffset(article.Modified, article.Language);
        article.Site = head.MetaContent("og:site_name") ?? ld?.Publisher ?? Host(article.Url);
        var organisations = new[] { article.Site, head.MetaContent("og:site_name"), ld?.Publisher, Host(article.Url) }
            .Concat(TitleSiteName.Parts(head)).OfType<string>().Distinct().ToList();
        var (authors, credit) = AuthorFinder.Find(doc, ld, markup, organisations, html);
        article.Author.AddRange(authors);
        article.Credit.AddRange(credit);
        var tags = ld?.Keywords.Count > 0 ? ld.Keywords : head.Meta.Where(m => m.Key == "article:tag").Select(m => m.Value).ToList();
        if (tags.Count == 0 && head.MetaContent("keywords") is { } kw)
        {
            tags = kw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        }

        if (tags.Count == 0)
        {
            tags = TagLines(doc);
        }

        article.Tags.AddRange(tags.Where(t => t.Length is > 0 and < 80).Distinct(StringComparer.OrdinalIgnoreCase).Take(50));
        FillImages(article, doc, head);
    }

    /// <summary>Tags from visible tag lines ("Tematy: Kraków, budżet", "Tags: Bridges | City Council").</summary>
    private static List<string> TagLines(BlockDocument doc)
    {
        var tags = new List<string>();
        foreach (var b in doc.Blocks)
        {
            if (b.Label != Label.Tags)
            {
                continue;
            }

            var text = b.Text;
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon is > 0 and < 20)
            {
                text = text[(colon + 1)..];
            }
            else if (text.Length < 25 && Extraction.LineLexicon.Default.Match(text) is { Label: Label.Tags })
            {
                // The box's own label standing alone ("Tagi", "Schlagworte"), no tag.
                continue;
            }

            tags.AddRange(text.Split([',', '|', '•', '·', '#', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return tags;
    }

    /// <summary>
    /// Images: each caption with the credit line that follows it, and the lead image's URL (og:image,
    /// twitter:image) on the first.
    /// </summary>
    private static void FillImages(Article article, BlockDocument doc, PageHead head)
    {
        article.Images.Clear();
        foreach (var b in doc.Blocks)
        {
            if (b.Label == Label.Caption)
            {
                article.Images.Add(new ArticleImage(null, b.Text, null));
            }
            else if (b.Label == Label.Credit)
            {
                if (article.Images.Count > 0 && article.Images[^1].Credit is null)
                {
                    article.Images[^1] = article.Images[^1] with { Credit = b.Text };
                }
                else
                {
                    article.Images.Add(new ArticleImage(null, null, b.Text));
                }
            }
        }

        var lead = Absolute(head.MetaContent("og:image")) ?? Absolute(head.MetaContent("twitter:image"));
        if (lead is null)
        {
            return;
        }

        if (article.Images.Count == 0)
        {
            article.Images.Add(new ArticleImage(lead, null, null));
        }
        else
        {
            article.Images[0] = article.Images[0] with { Url = lead };
        }
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
        // The sample is (title + "\n" + text).Trim(), of which language identification reads the first
        // SampleLength characters: its bounds are found in the parts, and only that much is copied.
        var title = article.Title ?? "";
        var text = article.Text;
        var titleContent = title.AsSpan().TrimStart().Length;
        var start = titleContent > 0 ? title.Length - titleContent : title.Length + 1 + (text.Length - text.AsSpan().TrimStart().Length);
        var textContent = text.AsSpan().TrimEnd().Length;
        var end = textContent > 0 ? title.Length + 1 + textContent : title.AsSpan().TrimEnd().Length;
        if (end - start >= 200)
        {
            var take = Math.Min(end - start, LanguageIdentifier.SampleLength);
            var head = string.Concat(title, "\n", text.AsSpan(0, Math.Clamp(start + take - title.Length - 1, 0, text.Length)));
            return head.Substring(start, take);
        }

        var sample = (title + "\n" + text).Trim();

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
