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

    /// <summary>
    /// WordPress's class of a comment the post's own author wrote: "comment byuser comment-author-jancak
    /// bypostauthor …" (the login after "comment-author-"), either order within one class attribute.
    /// </summary>
    [GeneratedRegex(@"class\s*=\s*[""'](?:[^""'<>]*\s)?(?:comment-author-(?<login>[\w.-]{2,60})\s(?:[^""'<>]*\s)?bypostauthor|bypostauthor\s(?:[^""'<>]*\s)?comment-author-(?<login>[\w.-]{2,60}))(?=[\s""'])")]
    private static partial Regex PostAuthorComment();

    private const int MaxAuthors = 8;

    private static readonly string[] PublisherKeys = ["dc.publisher", "dcterms.publisher", "publisher"];

    /// <summary>Marked elements this close to the first one belong to the same byline.</summary>
    private const int BylineSpan = 400;

    private static readonly string[] MetaKeys =
        ["author", "byl", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "article:author",
         "shareaholic:article_author_name", "citation_author", "cxenseparse:author", "article.author", "bt:author"];

    /// <summary>
    /// The article's authors, and the organisations the page credits where a person's name could stand
    /// (an agency beside the writer, "Associated Press" or "Redaktion" in place of one).
    /// </summary>
    public static (List<string> Authors, List<string> Credit) Find(BlockDocument doc, JsonLdArticle? ld, IReadOnlyList<MarkupHit> markup, IReadOnlyCollection<string> organisations, string? html = null)
    {
        // An organisation JSON-LD declares the author ("OÖ Volksblatt") names no writer where another source
        // restates it (twitter:data1).
        if (ld is { AuthorOrganisations.Count: > 0 })
        {
            organisations = [.. organisations.Concat(ld.AuthorOrganisations).Distinct(StringComparer.OrdinalIgnoreCase)];
        }

        var read = new List<List<string>>();
        var (authors, from) = People(doc, ld, markup, organisations, html, read);
        List<string> credit = [];
        if (from is not null)
        {
            // Beside people: what the same byline names ("Jan Kowalski, PAP").
            credit.AddRange(from.SelectMany(v => AuthorName.Organisations(v, organisations)));
        }
        else if (ld is { AuthorOrganisations.Count: > 0 })
        {
            // In place of people: an organisation declared the author, or those the strongest source names.
            credit.AddRange(ld.AuthorOrganisations);
        }
        else
        {
            // People read every source without finding anyone: their values, as read, in the same order.
            foreach (var source in read)
            {
                credit.AddRange(source.SelectMany(v => AuthorName.Organisations(v, organisations)));
                if (credit.Count > 0)
                {
                    break;
                }
            }
        }

        return (authors, [.. credit.Where(c => !authors.Contains(c, StringComparer.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxAuthors)]);
    }

    /// <summary>The people of the strongest source that names one, and that source's values.</summary>
    /// <param name="read">Gets the values of every source read, in order: a source's values are worked out once.</param>
    private static (List<string> Names, IEnumerable<string>? From) People(
        BlockDocument doc, JsonLdArticle? ld, IReadOnlyList<MarkupHit> markup, IReadOnlyCollection<string> organisations, string? html, List<List<string>> read)
    {
        // A personal site is named for its owner ("Wolfgang Michal" on wolfgangmichal.de): that name, where
        // an author source states it, is the writer's, not a publisher's to leave out.
        var owner = AuthorName.SiteOwner(organisations);
        var ownerNamed = false;
        (List<string> Names, IEnumerable<string>? From)? siteNamed = null;
        using var sources = Sources(doc, ld, markup, html, organisations).Select(s =>
        {
            var values = s.Values.ToList();
            read.Add(values);
            return s with { Values = values };
        }).GetEnumerator();
        while (sources.MoveNext())
        {
            var names = Names(sources.Current, organisations, owner);
            if (names.Count == 0)
            {
                continue;
            }

            // The owner's name may still be the site's brand ("Ostbelgien Direkt"): a person a weaker
            // source names comes first.
            if (names.Count == 1 && string.Equals(names[0], owner, StringComparison.OrdinalIgnoreCase))
            {
                ownerNamed = true;
                continue;
            }

            // A written byline that names only the site ("El Colombiano" in a byline box on elcolombiano.com)
            // stands for the desk: a person a weaker source names comes first, and the site's name only where
            // none does. A one-word account named like the blog ("nesselsetzer") is the blogger's.
            // So does a meta author that restates the publisher a meta tag names ("Auto Illustrierte" as both
            // author and DC.publisher): a company, or a personal site's owner, who stays where no one else is named.
            if (siteNamed is null && ((sources.Current.Byline && names.All(n => n.Contains(' ', StringComparison.Ordinal) && AuthorName.Clean(n, organisations) is null))
                || (sources.Current.Meta && names.Count == 1 && PublisherKeys.Any(k => string.Equals(doc.Head.MetaContent(k)?.Trim(), names[0], StringComparison.OrdinalIgnoreCase)))))
            {
                siteNamed = (names, sources.Current.Values);
                continue;
            }

            // A user name or a first name alone ("nils", "anna.kowalska") stands for a full name that a
            // weaker source may still write out ("Nils Pickert"): that one is taken in its place. A user
            // name that is no name at all ("link78", "sarah-indra", all lower case) is the account that
            // uploaded the page: the full name a visible byline shows is the writer.
            var from = sources.Current.Values;
            if (names.Count == 1 && !names[0].Contains(' ', StringComparison.Ordinal))
            {
                var handle = names[0].All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-' or '_');
                while (sources.MoveNext())
                {
                    if (!sources.Current.Alone && Names(sources.Current, organisations, owner).FirstOrDefault(n => (AuthorName.Extends(n, names[0]) || (handle && (sources.Current.Shown || sources.Current.Labelled)))
                        && AuthorName.LooksLikeFullName(n)) is { } full)
                    {
                        return ([full], sources.Current.Values);
                    }
                }

                // A user name of first and last name ("christian.stadtfeld") may be written out in the text
                // only; a first name alone is as often how the writer signs ("Konstantin", "Jessie").
                if (handle && names[0].Split('.', '_', '-').Count(p => p.Length >= 2 && p.All(char.IsAsciiLetter)) == 2 && (WrittenOut(doc, names[0]) ?? AuthorShortName.InMarkup(html, names[0])) is { } written)
                {
                    return ([written], from);
                }

                // Initials or a first name ("DT", "Henry") that the page ties to one full name: the author's
                // page address spells it, a biography opens with it, or the personal site bears the surname.
                if (!handle && AuthorShortName.FullName(doc, html, names[0], organisations) is { } expanded)
                {
                    return ([expanded], from);
                }
            }

            // A JSON-LD or meta author is often the post's one account where the shown byline lists every
            // writer ("von Rudolf Fischer, Simon Kohler"): a shown list that holds the name comes instead.
            if (names.Count == 1 && !sources.Current.Shown)
            {
                while (sources.MoveNext())
                {
                    if (sources.Current.Shown && Names(sources.Current, organisations, owner) is { Count: > 1 } listed
                        && listed.Contains(names[0], StringComparer.OrdinalIgnoreCase)
                        && listed.All(n => AuthorName.LooksLikeFullName(n) && !organisations.Any(o => AuthorName.SharesWord(n, o)))
                        && listed.Count(n => n.Contains(names[0], StringComparison.OrdinalIgnoreCase) || names[0].Contains(n, StringComparison.OrdinalIgnoreCase)) == 1)
                    {
                        return (listed, sources.Current.Values);
                    }

                    if (sources.Current.LastShown)
                    {
                        break;
                    }
                }
            }

            return (names, from);
        }

        if (ownerNamed)
        {
            return ([owner!], [owner!]);
        }

        if (siteNamed is not null)
        {
            return siteNamed.Value;
        }

        // No source names anyone: a personal site's owner, where the site is named for a person ("Dr.
        // Alexander Klier" on alexander-klier.net) or its header line is the name its host spells
        // ("Alexander Lasch" under the blog's title on alexanderlasch.wordpress.com).
        return OwnerName(owner ?? HeaderOwner(doc, organisations)) is { } person ? ([person], [person]) : ([], null);
    }

    /// <summary>
    /// A personal site's owner as a writer: the person, without the academic title the site's name gives
    /// ("Dr. Alexander Klier"), and only where the name opens with a common given name, since a site named
    /// like a person ("Zoo Berlin", "Royal Road") is as often a brand.
    /// </summary>
    private static string? OwnerName(string? named)
    {
        if (named is null)
        {
            return null;
        }

        var words = named.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => AuthorName.AcademicTitles.Contains(w.ToLowerInvariant())).ToArray();
        return words.Length is >= 2 and <= 3 && GivenNames.Contains(words[0].ToLowerInvariant()) && string.Join(' ', words) is var person
            && AuthorName.LooksLikeFullName(person) ? person : null;
    }

    private static readonly HashSet<string> GivenNames = [.. Lexicons.LexiconFile.Read("given-names.txt").Where(r => r.Key == "given").SelectMany(r => r.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    /// <summary>
    /// The site's header line naming its owner: a line above the headline that is a full name, alone or
    /// after the site's name ("Sprachpunkt Alexander Lasch"), whose letters are the host's first part
    /// (alexanderlasch.wordpress.com).
    /// </summary>
    private static string? HeaderOwner(BlockDocument doc, IReadOnlyCollection<string> organisations)
    {
        var title = doc.Blocks.FindIndex(b => b.Label == Label.Title);
        if (title < 0)
        {
            return null;
        }

        var labels = organisations.Where(o => o.Contains('.', StringComparison.Ordinal) && !o.Contains(' ', StringComparison.Ordinal))
            .Select(o => o.Split('.')[0].Replace("-", "", StringComparison.Ordinal).ToLowerInvariant()).Where(l => l.Length >= 6).ToList();
        if (labels.Count == 0)
        {
            return null;
        }

        for (var i = 0; i < title; i++)
        {
            var words = doc.Blocks[i].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is < 2 or > 6)
            {
                continue;
            }

            for (var k = 2; k <= 3 && k <= words.Length; k++)
            {
                // The host's spelling rules out nearly every line: test it before joining the words.
                if (!labels.Contains(string.Concat(words[^k..]).ToLowerInvariant()))
                {
                    continue;
                }

                var tail = string.Join(' ', words[^k..]);
                var rest = string.Join(' ', words[..^k]);
                if ((rest.Length == 0 || organisations.Any(o => string.Equals(o, rest, StringComparison.OrdinalIgnoreCase)))
                    && AuthorName.LooksLikeFullName(tail))
                {
                    return tail;
                }
            }
        }

        return null;
    }

    private static List<string> Names(Source source, IReadOnlyCollection<string> organisations, string? owner = null)
    {
        var names = new List<string>();
        foreach (var value in source.Values)
        {
            // A written byline naming the site's own name is a personal site's owner; elsewhere the
            // site's name is the publisher restated.
            foreach (var name in AuthorName.People(value, source.Byline ? null : organisations, source.Declared, owner))
            {
                if (!names.Contains(name, StringComparer.OrdinalIgnoreCase) && names.Count < MaxAuthors)
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    /// <summary>
    /// The values one source gives. Byline: written in the page's text (a byline naming the site's own
    /// name is a personal site's owner). Declared: JSON-LD says it is a person. Shown: a byline element
    /// or line near the text, whose full name replaces an uploader's account name. Labelled: a line near
    /// the headline that a byline word opens, whose full name replaces an uploader's account name too.
    /// Alone: read only where no other source names anyone, never as the full form of a short name. Meta: a
    /// meta tag's author, which gives way where it restates the meta publisher.
    /// </summary>
    private readonly record struct Source(IEnumerable<string> Values, bool Byline = false, bool Declared = false, bool Shown = false, bool LastShown = false, bool Labelled = false, bool Alone = false, bool Meta = false);

    private static IEnumerable<Source> Sources(
        BlockDocument doc, JsonLdArticle? ld, IReadOnlyList<MarkupHit> markup, string? html, IReadOnlyCollection<string> organisations)
    {
        var inline = new InlineBylineMemo(doc.Blocks);
        if (ld is not null)
        {
            yield return new Source(ld.Authors, Declared: true);
            if (ld.Authors.Count == 0)
            {
                yield return new Source(ld.WorkAuthors, Declared: true);
            }
        }

        yield return new Source(Marked(markup, strong: true), Shown: true);
        yield return new Source(AuthorBlocks(doc), Byline: true, Shown: true);

        // Marked elements a class hides ("vcard rich-snippet-hidden") hold the post's account for machines:
        // the byline the reader sees comes first.
        yield return new Source(Marked(markup, strong: true, hidden: true));

        // Where a byline stands near the headline, worked out once for the sources below that look there.
        var near = NearHeadline(doc);

        // A byline standing as an element of its own beside the headline ("Geschrieben von Cooper am
        // 25.08.2015") is what the reader is shown: the meta author is as often the site or an uploader.
        yield return new Source(InlineBylines(doc, inline, near, standing: true), Byline: true, Shown: true);
        // A text dump has no meta tags: no empty source a key.
        foreach (var key in doc.Head.Meta.Count > 0 ? MetaKeys : [])
        {
            yield return new Source(doc.Head.Meta.Where(m => m.Key == key).Select(m => m.Value), Meta: true);
        }

        yield return new Source(LabelledMeta(doc.Head));
        if (ld is { Authors.Count: 0, WorkAuthors.Count: 0 })
        {
            yield return new Source(ld.PageAuthors, Declared: true);
        }

        // A blog's own account, where it answers a comment: the site's name is often the account's too
        // ("nesselsetzer" on nesselsetzer.wordpress.com), so it is read like a written byline. It comes
        // before the author classes, which a comment list gives each commenter ("<span class=author>").
        if (html is not null)
        {
            yield return new Source(PostAuthorLogin(html), Byline: true);
        }

        yield return new Source(Marked(markup, strong: false), Shown: true);
        yield return new Source(InlineBylines(doc, inline, near), Byline: true, Shown: true, LastShown: true);
        yield return new Source(doc.Head.AuthorLinks);
        if (html is not null)
        {
            yield return new Source(Scripted(html));
        }

        var labelled = LabelledLines(doc, inline).ToList();
        yield return new Source(labelled, Byline: true);

        // The same near the headline: the full name an uploader's account gives way to ("Gespeichert von
        // human am …" over "Blog Beitrag von Margarita Koreneva"). Elsewhere such a line may be another
        // post's, on a page that lists several. Near lines are among all lines: without any, none near.
        if (labelled.Count > 0)
        {
            yield return new Source(LabelledLines(doc, inline, near), Byline: true, Labelled: true);
        }
        yield return new Source(Signature(doc), Byline: true);

        // An author box: a name the page writes out that a link to the author's page spells ("Alle Artikel").
        yield return new Source(AuthorPageLinks.AuthorBox(html, organisations), Byline: true);
        var copyright = CopyrightLine(doc, organisations);
        yield return new Source(CopyrightHolder(doc, copyright));

        // A footer's copyright line on a site that names its writer nowhere else ("(c) Johannes Wolf •
        // Weitere Rechte siehe Impressum"): only where no other source names anyone, not the full form of a
        // first name a byline shows.
        yield return new Source(CopyrightHolder(doc, copyright, anywhere: true), Alone: true);
    }

    /// <summary>
    /// The blocks labelled as author lines. Lines that each open with a byline word ("Autor: A, Datum: …",
    /// "Autor: B, Datum: …") are the bylines of a list of articles: the first one is this page's.
    /// </summary>
    private static IEnumerable<string> AuthorBlocks(BlockDocument doc)
    {
        var firstLabelled = false;
        var any = false;
        foreach (var b in doc.Blocks)
        {
            if (b.Label != Label.Author)
            {
                continue;
            }

            var labelled = AuthorName.IsLabelled(b.Text);
            if (any && labelled && firstLabelled)
            {
                yield break;
            }

            firstLabelled |= !any && labelled;
            any = true;
            yield return b.Text;
        }
    }

    /// <summary>
    /// A meta value that a meta label names as the writer: WordPress SEO plugins' card pairs
    /// (twitter:label1 "Verfasst von" / "Written by", twitter:data1 "Karoline Herr").
    /// </summary>
    private static IEnumerable<string> LabelledMeta(PageHead head)
    {
        foreach (var (key, label) in head.Meta)
        {
            if (key.StartsWith("twitter:label", StringComparison.Ordinal) && AuthorName.IsBylineLabel(label)
                && head.MetaContent("twitter:data" + key["twitter:label".Length..]) is { } name)
            {
                yield return name;
                yield break;
            }
        }
    }

    /// <summary>
    /// A line that says who wrote the page wherever it stands ("Author: Jacopo Cascioli" in a footer,
    /// "Autoren Jelko Djuren und Jutta Klaukien" under the text); lines of teasers and comments excluded.
    /// </summary>
    /// <param name="near">Only lines in this range of blocks (<see cref="NearHeadline"/>); all lines without it.</param>
    private static IEnumerable<string> LabelledLines(BlockDocument doc, InlineBylineMemo inline, (int From, int To)? near = null)
    {
        var blocks = doc.Blocks;
        var (from, to) = near ?? (0, blocks.Count - 1);
        for (var i = from; i <= to && i < blocks.Count; i++)
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
            if (b.Label is not Label.Navigation && b.Text.Length <= 160 && inline.Of(i) is { } byline
                && AuthorName.People(byline).ToList() is { Count: > 0 } inlined && inlined.All(AuthorName.LooksLikeFullName))
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

            // A paragraph of lines parted by line breaks may end with its byline ("…\nAutor: Rechtsanwalt
            // Sebastian Einbock"): its lines count one by one.
            var line = b.Text;
            if (line.Length > 160 && line.LastIndexOf('\n') is > 0 and var lastBreak)
            {
                line = line[(lastBreak + 1)..];
            }

            if (!BylineLine.IsByline(line))
            {
                continue;
            }

            // A line opening with "Von" or "Text" is as often a phrase ("von insgesamt 19"): full names only.
            if (BylineLine.Names(line) is { Count: > 0 } names && names.All(AuthorName.LooksLikeFullName))
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
    /// A name signed under the text: a paragraph that is a name and nothing else ("Marina Mucha") after
    /// at least two paragraphs of text, closing them: the article's last paragraph, or one that the
    /// footnotes ("(1) …") follow. Elsewhere a bare name line is as often a section (a bold paragraph
    /// over a heading: "Hochwertige Nahrung") or a caption.
    /// </summary>
    private static IEnumerable<string> Signature(BlockDocument doc)
    {
        var blocks = doc.Blocks;
        var paragraphs = 0;
        var last = blocks.FindLastIndex(b => b.Label is Label.Body or Label.Lead);
        for (var i = 0; i <= last; i++)
        {
            if (blocks[i].Label is not (Label.Body or Label.Lead))
            {
                continue;
            }

            if (paragraphs >= 2 && blocks[i].Text.Trim() is { Length: <= 40 } text && AuthorName.LooksLikeFullName(text)
                && !text.Any(char.IsDigit) && text.Any(char.IsLower)
                && (i == last || blocks[i + 1].Text.StartsWith('(') || (blocks[i + 1].Kind == BlockKind.Heading && blocks[i - 1].Text.Length >= 80 && ClosesContainer(doc, blocks[i], blocks[i + 1]))))
            {
                yield return text;
                yield break;
            }

            paragraphs++;
        }

        // A letter's close: the name over the date, right under the text ("Benni" / "10. September 2017"),
        // where the writer signs with the first name as often as with the full one.
        if (paragraphs >= 2 && last + 1 < blocks.Count && blocks[last + 1].Label == Label.Date
            && blocks[last + 1].Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is [var signed, var dated]
            && dated.Any(char.IsDigit) && !signed.Any(char.IsDigit) && signed.Length <= 40 && char.IsUpper(signed[0]) && signed.Any(char.IsLower)
            && AuthorName.People(signed).ToList() is [var name] && name == signed
            && (!signed.Contains(' ', StringComparison.Ordinal) || AuthorName.LooksLikeFullName(signed)))
        {
            yield return name;
        }
    }

    /// <summary>
    /// True when <paramref name="next"/> stands outside the element that holds <paramref name="block"/>'s
    /// element: the block ends its container (the article's text), as a signature does.
    /// </summary>
    private static bool ClosesContainer(BlockDocument doc, Block block, Block next)
    {
        if (block.Element < 0 || next.Element < 0 || doc.Elements[block.Element].Tag == "li")
        {
            return false;
        }

        var container = doc.Elements[block.Element].Parent;
        return container >= 0 && !doc.IsWithin(next.Element, container);
    }

    /// <summary>
    /// The page's last short copyright line and the full name it gives, or null: both copyright sources
    /// read the same line, so it is looked for once.
    /// </summary>
    private static (int Index, string Name, bool SaysMore)? CopyrightLine(BlockDocument doc, IReadOnlyCollection<string> organisations)
    {
        for (var i = doc.Blocks.Count - 1; i >= 0; i--)
        {
            var text = doc.Blocks[i].Text;
            if (text.Length > 120 || text.AsSpan().IndexOfAny(CopyrightSigns) < 0 || (!text.Contains('©') && text.AsSpan().IndexOfAny(CopyrightWords) < 0)
                || !Copyright().IsMatch(text))
            {
                continue;
            }

            // A copyright line of the company behind the site names it, not a person ("© Eishockeynews
            // Straubing" on eishockeynews.de): a word shared with the site's name or host gives it away,
            // unless the site is named as the person's ("Gregory Szorc's Digital Home").
            var m = CopyrightName().Match(text);
            return m.Success && m.Groups["name"].Value.Trim().TrimEnd('.') is var name && AuthorName.LooksLikeFullName(name)
                && !organisations.Any(o => AuthorName.SharesWord(name, o) && !Possessed(name, o))
                ? (i, name, text.Trim().Length > m.Groups["name"].Index + name.Length + 3)
                : null;
        }

        return null;
    }

    /// <summary>
    /// The person a personal site's copyright line names ("© 2019 Sven Schreivogel", "Copyright (c)
    /// 2012- Gregory Szorc. All rights reserved."): the last resort, and only a name of two to four words.
    /// </summary>
    private static IEnumerable<string> CopyrightHolder(BlockDocument doc, (int Index, string Name, bool SaysMore)? line, bool anywhere = false)
    {
        if (line is not var (i, name, saysMore))
        {
            yield break;
        }

        // Within the article or just after it, or the name the site is titled with (a personal site):
        // elsewhere a footer's copyright holder is as often a company.
        // Anywhere: the site's own line among the page's last blocks, which says more than "© Name" (a
        // year, "Weitere Rechte siehe Impressum"), as a photo's credit does not.
        var first = doc.Blocks.FindIndex(b => b.Label is Label.Body or Label.Lead);
        var last = doc.Blocks.FindLastIndex(b => b.Label is Label.Body or Label.Lead);
        if ((i >= first && i <= last + 3) || Titled(doc, name)
            || (anywhere && i >= doc.Blocks.Count - FooterBlocks && doc.Blocks[i].Label is not (Label.Caption or Label.Credit) && saysMore))
        {
            yield return name;
        }
    }

    /// <summary>How many of the page's last blocks a footer's copyright line may stand among.</summary>
    private const int FooterBlocks = 12;

    private static bool Possessed(string name, string organisation) =>
        organisation.StartsWith(name, StringComparison.OrdinalIgnoreCase) && organisation.Length > name.Length + 1
        && organisation[name.Length] is '\'' or '’';

    private static bool Titled(BlockDocument doc, string name)
    {
        var folded = Extraction.TextNormal.Fold(name);
        return new[] { doc.Head.TitleTag, doc.Head.MetaContent("og:site_name"), doc.Head.MetaContent("og:title") }
            .Concat(doc.Blocks.Where(b => b.Kind == BlockKind.Heading && b.HeadingLevel == 1).Select(b => b.Text))
            .Any(t => t is not null && (" " + Extraction.TextNormal.Fold(Possessive().Replace(t, "")) + " ").Contains(" " + folded + " ", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"©|\(c\)|\b(?i:copyright)\b")]
    private static partial Regex Copyright();

    /// <summary>
    /// What <see cref="Copyright"/> needs in a line besides '©': a vectorised search rules out most lines
    /// before the regex (ASCII needles only, which it searches fastest).
    /// </summary>
    private static readonly System.Buffers.SearchValues<string> CopyrightWords = System.Buffers.SearchValues.Create(["(c)", "copyright"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A character every copyright mark holds ('©', the "(" of "(c)", the "y" of "copyright"): a cheaper first test.</summary>
    private static readonly System.Buffers.SearchValues<char> CopyrightSigns = System.Buffers.SearchValues.Create("©(yY");

    /// <summary>"Gregory Szorc's Digital Home" names Gregory Szorc.</summary>
    [GeneratedRegex(@"['’]s?(?=\s|$)")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"(?:©|\(c\)|\b(?i:copyright)\b)(?:\s*(?:©|\(c\)|(?i:copyright|since|seit|by|von)|\d{4}(?:\s*[-–]\s*(?:\d{4})?)?|,))*\s+(?<name>\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{Lu}[\p{L}\p{M}.'’-]*){1,3})\s*(?:$|[.|•·,]|\s[-–]\s|\s(?i:all|alle|tous|todos|wszelkie|weitere)\b)")]
    private static partial Regex CopyrightName();

    /// <summary>
    /// The post's author as the account name WordPress gives the comments that author writes under the
    /// post (class "bypostauthor comment-author-LOGIN"): on a blog that shows no byline, the one name
    /// the page gives its writer.
    /// </summary>
    private static IEnumerable<string> PostAuthorLogin(string html)
    {
        if (html.Contains("bypostauthor", StringComparison.Ordinal) && PostAuthorComment().Match(html) is { Success: true } m)
        {
            yield return m.Groups["login"].Value;
        }
    }

    /// <summary>Authors that page scripts state in JSON that is not JSON-LD (data layers, app state): the first such key.</summary>
    private static IEnumerable<string> Scripted(string html)
    {
        // JSON-LD is read as such, where an "author" may be an image's (the photographer): not again here.
        var m = ScriptAuthor().Match(html);
        while (m.Success && (InJsonLd(html, m.Index) || InExclusions(html, m.Index)))
        {
            m = m.NextMatch();
        }

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
    /// True when the key at <paramref name="at"/> sits in a list of what to leave out
    /// (<c>"blacklist":{"byline":["AP Photo","Getty"]}</c>): the names a script filters, not the page's writers.
    /// </summary>
    private static bool InExclusions(string html, int at)
    {
        var before = html.AsSpan(Math.Max(0, at - ExclusionReach), Math.Min(at, ExclusionReach));
        foreach (var word in ExclusionWords)
        {
            if (before.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ExclusionWords = ["blacklist", "blocklist", "denylist", "exclude", "ignore"];

    /// <summary>How far before a script's author key a list of exclusions is looked for.</summary>
    private const int ExclusionReach = 40;

    /// <summary>True when <paramref name="at"/> lies in a JSON-LD script: the last script opened before it is one.</summary>
    private static bool InJsonLd(string html, int at)
    {
        var open = html.LastIndexOf("<script", at, StringComparison.OrdinalIgnoreCase);
        if (open < 0)
        {
            return false;
        }

        var tagEnd = html.IndexOf('>', open);
        return tagEnd > 0 && tagEnd < at && html.AsSpan(open, tagEnd - open).Contains("ld+json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Bylines inside short lines near the headline or labelled as dates: "Posted by Anna on May 3",
    /// "par Didier Roy, 21 juin 2018", "Gespeichert von rasos am 24. Juli 2017".
    /// </summary>
    /// <param name="standing">
    /// Only lines near the headline that are no paragraph or menu: a paragraph opening with
    /// "Vom" or "By" is as often the text's first sentence ("Vom S-Bahnhof Potsdam fährt die Tram …").
    /// </param>
    /// <param name="near">The blocks near the headline (<see cref="NearHeadline"/>).</param>
    private static IEnumerable<string> InlineBylines(BlockDocument doc, InlineBylineMemo inline, (int From, int To) near, bool standing = false)
    {
        var blocks = doc.Blocks;
        var (from, to) = near;

        // Standing bylines are looked for near the headline only; date lines anywhere otherwise.
        var last = standing ? Math.Min(to, blocks.Count - 1) : blocks.Count - 1;
        for (var i = standing ? from : 0; i <= last; i++)
        {
            // A heading right under the headline that holds a date is the article's meta line set as a
            // heading ("Stars 06.11.2023 13:30 von Olga").
            var b = blocks[i];
            var metaHeading = b.Label == Label.Heading && i > 0 && blocks[i - 1].Label == Label.Title && b.Text.Any(char.IsDigit);
            if (b.Text.Length > 160 || b.Label is Label.Title or Label.Caption or Label.Credit || (b.Label == Label.Heading && !metaHeading)
                || (b.Label != Label.Date && (i < from || i > to))
                || (standing && b.Label is Label.Navigation))
            {
                continue;
            }

            // A paragraph opening with "Vom" or "By" is as often the text's first sentence: a paragraph stands
            // as a byline when it is a date line too, or when an explicit phrase opens the byline ("Ein
            // Interview von Eugen Zentner mit …").
            var paragraph = standing && InParagraph(doc, b) && b.Label != Label.Date;
            if ((inline.Of(i, phraseOnly: paragraph) ?? (b.Label == Label.Date && i >= from && i <= to ? BylineLine.NamePart(b.Text) : null)) is { } names)
            {
                yield return names;
                yield break;
            }
        }
    }

    /// <summary>
    /// The full name the page's text writes out for a user name ("Christian P. Stadtfeld" in a caption for
    /// the account "christian.stadtfeld"): the form written most often, in mixed case where the page has one.
    /// </summary>
    private static string? WrittenOut(BlockDocument doc, string shortName)
    {
        Dictionary<string, int> seen = new(StringComparer.OrdinalIgnoreCase);
        string? best = null;
        foreach (var b in doc.Blocks)
        {
            var words = b.Text.Split(AuthorName.WordBreaks, StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + 1 < words.Length; i++)
            {
                for (var k = 2; k <= 4 && i + k <= words.Length; k++)
                {
                    var last = words[i + k - 1].TrimEnd(',', '.', ':', ';', ')', '!', '?');
                    var before = words[i + k - 2].TrimStart('(', '"', '„', '“');
                    if (last.Length == 0 || !char.IsUpper(last[0]) || before.Length == 0 || !char.IsUpper(before[0]))
                    {
                        break;
                    }

                    var candidate = string.Join(' ', words[i..(i + k - 1)].Append(last)).TrimStart('(', '"', '„', '“');
                    if (!AuthorName.Extends(candidate, shortName) || !AuthorName.LooksLikeFullName(candidate))
                    {
                        continue;
                    }

                    var n = seen[candidate] = seen.GetValueOrDefault(candidate) + 1;
                    if (best is null || n > seen[best] || (candidate.Any(char.IsLower) && !best.Any(char.IsLower) && string.Equals(candidate, best, StringComparison.OrdinalIgnoreCase)))
                    {
                        best = candidate;
                    }
                }
            }
        }

        return best;
    }

    /// <summary>The blocks near the headline, where a byline stands: from a little above it to a little into the text.</summary>
    private static (int From, int To) NearHeadline(BlockDocument doc)
    {
        var title = doc.Blocks.FindIndex(b => b.Label == Label.Title);
        var body = doc.Blocks.FindIndex(b => b.Label is Label.Lead or Label.Body);
        var from = Math.Max(0, (title >= 0 ? title : body) - 5);
        return (from, body < 0 ? from + 15 : body + 15);
    }

    /// <summary>True for a block of a &lt;p&gt; element, or of a text dump, which knows no elements.</summary>
    private static bool InParagraph(BlockDocument doc, Block b) => b.Element < 0 || doc.Elements[b.Element].Tag == "p";

    /// <summary>The first marked author element with text, and those right after it (co-authors of one byline).</summary>
    /// <param name="hidden">Elements within one a class hides, which are otherwise left out.</param>
    private static IEnumerable<string> Marked(IReadOnlyList<MarkupHit> markup, bool strong, bool hidden = false)
    {
        var first = -1;
        var firstLabelled = false;
        foreach (var hit in markup)
        {
            if (hit.Kind != MarkupKind.Author || hit.Strong != strong || hit.Hidden != hidden)
            {
                continue;
            }

            var text = hit.Text.Length > 0 ? hit.Text : hit.Value ?? "";
            if (text.Length is 0 or > 150 || (!strong && AuthorName.HasPhrase(text)) || AuthorName.People(text).FirstOrDefault() is null)
            {
                continue;
            }

            // Elements that each open with a byline word ("Autor: A, Datum: …", "Autor: B, Datum: …") are
            // the bylines of a list of articles: the first one is this page's.
            var labelled = AuthorName.IsLabelled(text);
            if (first >= 0 && (hit.Position - first > BylineSpan || (labelled && firstLabelled)))
            {
                yield break;
            }

            if (first < 0)
            {
                first = hit.Position;
                firstLabelled = labelled;
            }

            yield return text;
        }
    }

    /// <summary>
    /// Each block's inline byline (<see cref="BylineLine.InlineMatch"/>), worked out once a page: three
    /// author sources read the lines near the headline, one of them every line.
    /// </summary>
    private sealed class InlineBylineMemo(List<Block> blocks)
    {
        private (string? Names, bool Phrase)?[]? _found;

        public string? Of(int i, bool phraseOnly = false)
        {
            _found ??= new (string?, bool)?[blocks.Count];
            var found = _found[i] ??= BylineLine.InlineMatch(blocks[i].Text);
            return phraseOnly && !found.Phrase ? null : found.Names;
        }
    }
}
