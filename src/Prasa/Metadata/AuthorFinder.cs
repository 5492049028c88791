using System.Text.RegularExpressions;
using Prasa.Blocks;

namespace Prasa.Metadata;

/// <summary>
/// The article's authors, from the strongest source that names a person: JSON-LD, meta tags, elements
/// marked as the author (itemprop, rel=author, then author and byline classes), byline lines. A source
/// that names only the site or an agency gives way to the next one.
/// </summary>
public static partial class AuthorFinder
{
    [GeneratedRegex(@"[""'](?:author|authors|authorName|author_name|contentAuthors|byline)[""']\s*:\s*(?:[""'](?<one>[^""'\\{}\[\]]{2,80})[""']|\[(?<many>(?:\s*[""'][^""'\\{}\[\]]{2,80}[""']\s*,?){1,8})\])", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptAuthor();

    [GeneratedRegex(@"[""'](?<name>[^""']+)[""']")]
    private static partial Regex Quoted();

    private const int MaxAuthors = 8;

    /// <summary>Marked elements this close to the first one belong to the same byline.</summary>
    private const int BylineSpan = 400;

    private static readonly string[] MetaKeys =
        ["author", "byl", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "article:author",
         "shareaholic:article_author_name", "citation_author", "cxenseparse:author", "article.author", "bt:author"];

    public static List<string> Find(BlockDocument doc, JsonLdArticle? ld, IReadOnlyList<MarkupHit> markup, IReadOnlyCollection<string> organisations, string? html = null)
    {
        using var sources = Sources(doc, ld, markup, html, organisations).GetEnumerator();
        while (sources.MoveNext())
        {
            var names = Names(sources.Current, organisations);
            if (names.Count == 0)
            {
                continue;
            }

            // A user name or a first name alone ("nils", "anna.kowalska") stands for a full name that a
            // weaker source may still write out ("Nils Pickert"): that one is taken in its place.
            if (names.Count == 1 && !names[0].Contains(' ', StringComparison.Ordinal))
            {
                while (sources.MoveNext())
                {
                    if (Names(sources.Current, organisations).FirstOrDefault(n => AuthorName.Extends(n, names[0]) && AuthorName.LooksLikeFullName(n)) is { } full)
                    {
                        return [full];
                    }
                }
            }

            return names;
        }

        return [];
    }

    private static List<string> Names((IEnumerable<string> Values, bool Byline) source, IReadOnlyCollection<string> organisations)
    {
        var names = new List<string>();
        foreach (var value in source.Values)
        {
            // A written byline naming the site's own name is a personal site's owner; elsewhere the
            // site's name is the publisher restated.
            foreach (var name in AuthorName.People(value, source.Byline ? null : organisations))
            {
                if (!names.Contains(name, StringComparer.OrdinalIgnoreCase) && names.Count < MaxAuthors)
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    private static IEnumerable<(IEnumerable<string> Values, bool Byline)> Sources(
        BlockDocument doc, JsonLdArticle? ld, IReadOnlyList<MarkupHit> markup, string? html, IReadOnlyCollection<string> organisations)
    {
        if (ld is not null)
        {
            yield return (ld.Authors, false);
        }

        yield return (Marked(markup, strong: true), false);
        yield return (doc.Blocks.Where(b => b.Label == Label.Author).Select(b => b.Text), true);
        foreach (var key in MetaKeys)
        {
            yield return (doc.Head.Meta.Where(m => m.Key == key).Select(m => m.Value), false);
        }

        yield return (Marked(markup, strong: false), false);
        yield return (InlineBylines(doc), true);
        yield return (doc.Head.AuthorLinks, false);
        if (html is not null)
        {
            yield return (Scripted(html), false);
        }

        yield return (LabelledLines(doc), true);
        yield return (Signature(doc), true);
        yield return (CopyrightHolder(doc, organisations), false);
    }

    /// <summary>
    /// A line that says who wrote the page wherever it stands ("Author: Jacopo Cascioli" in a footer,
    /// "Autoren Jelko Djuren und Jutta Klaukien" under the text); lines of teasers and comments excluded.
    /// </summary>
    private static IEnumerable<string> LabelledLines(BlockDocument doc)
    {
        var blocks = doc.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Label is Label.Teaser or Label.Recommendation or Label.Comment)
            {
                continue;
            }

            // "Autor" as a heading of its own, the name in the next element.
            if (BylineLine.IsLabel(b.Text) && i + 1 < blocks.Count && blocks[i + 1].Text.Length <= 60 && blocks[i + 1].Kind != BlockKind.Heading
                && AuthorName.People(blocks[i + 1].Text).FirstOrDefault() is { } named && AuthorName.LooksLikeFullName(named))
            {
                yield return named;
                yield break;
            }

            // "Datum: 19.11.2021 / Autor: Fritz Imhof / Quelle: Livenet" at the article's end.
            if (b.Label is not Label.Navigation && b.Text.Length <= 160 && BylineLine.Inline(b.Text) is { } inline
                && AuthorName.People(inline).ToList() is { Count: > 0 } inlined && inlined.All(AuthorName.LooksLikeFullName))
            {
                foreach (var n in inlined)
                {
                    yield return n;
                }

                yield break;
            }

            if (BylineLine.CjkNames(b.Text) is { Count: > 0 } cjk)
            {
                foreach (var n in cjk)
                {
                    yield return n;
                }

                yield break;
            }

            if (!BylineLine.IsByline(b.Text))
            {
                continue;
            }

            // A line opening with "Von" or "Text" is as often a phrase ("von insgesamt 19"): full names only.
            if (BylineLine.Names(b.Text) is { Count: > 0 } names && names.All(AuthorName.LooksLikeFullName))
            {
                foreach (var n in names)
                {
                    yield return n;
                }

                yield break;
            }
        }
    }

    /// <summary>
    /// A name signed under the text: the article's last paragraph is a name and nothing else ("Marina
    /// Mucha"). Only there; a bare name line elsewhere is as often a section or a caption.
    /// </summary>
    private static IEnumerable<string> Signature(BlockDocument doc)
    {
        var last = doc.Blocks.FindLastIndex(b => b.Label is Label.Body or Label.Lead);
        if (last > 0 && doc.Blocks[last].Text.Trim() is { Length: <= 40 } text && AuthorName.LooksLikeFullName(text)
            && doc.Blocks.Take(last).Count(b => b.Label is Label.Body or Label.Lead) >= 2)
        {
            yield return text;
        }
    }

    /// <summary>
    /// The person a personal site's copyright line names ("© 2019 Sven Schreivogel", "Copyright (c)
    /// 2012- Gregory Szorc. All rights reserved."): the last resort, and only a name of two to four words.
    /// </summary>
    private static IEnumerable<string> CopyrightHolder(BlockDocument doc, IReadOnlyCollection<string> organisations)
    {
        var first = doc.Blocks.FindIndex(b => b.Label is Label.Body or Label.Lead);
        var last = doc.Blocks.FindLastIndex(b => b.Label is Label.Body or Label.Lead);
        for (var i = doc.Blocks.Count - 1; i >= 0; i--)
        {
            var text = doc.Blocks[i].Text;
            if (text.Length > 120 || (!text.Contains('©') && text.AsSpan().IndexOfAny(CopyrightWords) < 0) || !Copyright().IsMatch(text))
            {
                continue;
            }

            // A copyright line of the company behind the site names it, not a person ("© Eishockeynews
            // Straubing" on eishockeynews.de): a word shared with the site's name or host gives it away.
            // Within the article or just after it, or the name the site is titled with (a personal site):
            // elsewhere a footer's copyright holder is as often a company.
            var m = CopyrightName().Match(text);
            if (m.Success && m.Groups["name"].Value.Trim() is var name && AuthorName.LooksLikeFullName(name)
                && !organisations.Any(o => AuthorName.SharesWord(name, o))
                && ((i >= first && i <= last + 3) || Titled(doc, name)))
            {
                yield return name;
            }

            yield break;
        }
    }

    private static bool Titled(BlockDocument doc, string name)
    {
        var folded = Extraction.TextNormal.Fold(name);
        return new[] { doc.Head.TitleTag, doc.Head.MetaContent("og:site_name"), doc.Head.MetaContent("og:title") }
            .Concat(doc.Blocks.Where(b => b.Kind == BlockKind.Heading && b.HeadingLevel == 1).Select(b => b.Text))
            .Any(t => t is not null && (" " + Extraction.TextNormal.Fold(t) + " ").Contains(" " + folded + " ", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"©|\(c\)|\b(?i:copyright)\b")]
    private static partial Regex Copyright();

    /// <summary>
    /// What <see cref="Copyright"/> needs in a line besides '©': a vectorised search rules out most lines
    /// before the regex (ASCII needles only, which it searches fastest).
    /// </summary>
    private static readonly System.Buffers.SearchValues<string> CopyrightWords = System.Buffers.SearchValues.Create(["(c)", "copyright"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?:©|\(c\)|\b(?i:copyright)\b)(?:\s*(?:©|\(c\)|(?i:copyright|since|seit|by|von)|\d{4}(?:\s*[-–]\s*(?:\d{4})?)?|,))*\s+(?<name>\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{Lu}[\p{L}\p{M}.'’-]*){1,3})\s*(?:$|[.|•·,]|\s[-–]\s|\s(?i:all|alle|tous|todos|wszelkie|weitere)\b)")]
    private static partial Regex CopyrightName();

    /// <summary>Authors that page scripts state in JSON that is not JSON-LD (data layers, app state): the first such key.</summary>
    private static IEnumerable<string> Scripted(string html)
    {
        var m = ScriptAuthor().Match(html);
        if (!m.Success)
        {
            yield break;
        }

        if (m.Groups["one"].Success)
        {
            yield return m.Groups["one"].Value;
            yield break;
        }

        foreach (Match q in Quoted().Matches(m.Groups["many"].Value))
        {
            yield return q.Groups["name"].Value;
        }
    }

    /// <summary>
    /// Bylines inside short lines near the headline or labelled as dates: "Posted by Anna on May 3",
    /// "par Didier Roy, 21 juin 2018", "Gespeichert von rasos am 24. Juli 2017".
    /// </summary>
    private static IEnumerable<string> InlineBylines(BlockDocument doc)
    {
        var blocks = doc.Blocks;
        var title = blocks.FindIndex(b => b.Label == Label.Title);
        var body = blocks.FindIndex(b => b.Label is Label.Lead or Label.Body);
        var from = Math.Max(0, (title >= 0 ? title : body) - 5);
        var to = body < 0 ? from + 15 : body + 15;
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Text.Length > 160 || b.Label is Label.Title or Label.Heading or Label.Caption or Label.Credit
                || (b.Label != Label.Date && (i < from || i > to)))
            {
                continue;
            }

            if ((BylineLine.Inline(b.Text) ?? (b.Label == Label.Date ? BylineLine.NamePart(b.Text) : null)) is { } names)
            {
                yield return names;
                yield break;
            }
        }
    }

    /// <summary>The first marked author element with text, and those right after it (co-authors of one byline).</summary>
    private static IEnumerable<string> Marked(IReadOnlyList<MarkupHit> markup, bool strong)
    {
        var first = -1;
        foreach (var hit in markup)
        {
            if (hit.Kind != MarkupKind.Author || hit.Strong != strong)
            {
                continue;
            }

            var text = hit.Text.Length > 0 ? hit.Text : hit.Value ?? "";
            if (text.Length is 0 or > 150 || (!strong && AuthorName.HasPhrase(text)) || AuthorName.People(text).FirstOrDefault() is null)
            {
                continue;
            }

            if (first >= 0 && hit.Position - first > BylineSpan)
            {
                yield break;
            }

            if (first < 0)
            {
                first = hit.Position;
            }

            yield return text;
        }
    }
}
