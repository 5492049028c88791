using Prasa.Blocks;
using Prasa.Extraction;

namespace Prasa.Metadata;

/// <summary>
/// The article's headline: the page's h1 (the headline as readers see it), choosing among several the one
/// that agrees with the headline the metadata declares; then the declared headline (JSON-LD, og:title);
/// then &lt;title&gt; without the site name glued on. An h1 that is the site's logo (a link, or the site
/// name) is not a headline.
/// </summary>
public static partial class TitleFinder
{
    /// <param name="html">The page's markup, to tell a kicker set inside the h1 (<see cref="HeadlineKicker"/>).</param>
    public static string? Find(BlockDocument doc, JsonLdArticle? ld, string? html = null)
    {
        var head = doc.Head;
        var meta = head.MetaContent("og:title") ?? head.MetaContent("twitter:title");
        var declared = ld?.Headline ?? meta;
        var site = head.MetaContent("og:site_name") ?? ld?.Publisher;
        var logos = Logos(doc);

        // A linked h1 is mostly the site's logo; a blog links its post's headline to the post too, and then
        // og:title or <title> states it word for word.
        var metaForm = meta is null ? null : TitleSiteName.Strip(meta, head, false, logos);
        var titleTagForm = head.TitleTag is null ? null : TitleSiteName.Strip(head.TitleTag, head, false, logos);
        var titleForms = new[] { metaForm, titleTagForm }.OfType<string>().ToList();
        var h1Blocks = doc.Blocks
            .Where(b => b.Kind == BlockKind.Heading && b.HeadingLevel == 1 && b.Text.Length is >= 2 and <= 300
                && (b.LinkDensity < 0.5 || (Prose.Words(b.Text) >= MinShownWords && titleForms.Any(t => Same(b.Text, t) || Opens(b.Text, t, titleForms))))
                && !Same(b.Text, site)).ToList();

        // An h1 in the breadcrumb trail or a nav bar repeats a headline for search engines, often in another
        // wording than the one shown: when the article header shows a declared headline after its kicker,
        // that one is the headline. Without such a header the trail's h1 is still the best evidence.
        if (h1Blocks.Count > 0 && h1Blocks.All(b => InBreadcrumb(doc, b)) && ShownDeclared(doc, [meta, ld?.Headline]) is { } header)
        {
            return Clean(header);
        }

        var h1s = h1Blocks.Select(b => Clean(b.Text)).Distinct().ToList();
        var references = new[] { declared, meta, head.TitleTag }.OfType<string>().Select(TextNormal.Fold).Where(r => r.Length > 0).ToList();
        if (h1s.Count > 0)
        {
            var best = h1s.Count == 1 || references.Count == 0
                ? h1s[0]
                : h1s.MaxBy(h => references.Max(r => Overlap(TextNormal.Fold(h), r) + (0.5 * Overlap(r, TextNormal.Fold(h)))))!;

            // A kicker the markup sets apart inside the h1 is not the headline, whatever the titles glue to it;
            // nor is an element opening the h1 that a title sets off from the rest with a separator.
            best = Clean(HeadlineKicker.Strip(best, html)!);

            // "<span>Headline</span> <span class=entry-subtitle>Subtitle</span>": the h1 sets a subtitle after
            // the headline that the metadata declares alone. (The h1's markup is looked up once for both.)
            if (HeadlineKicker.Leading(best, html) is { } lead)
            {
                if (SetOff(lead.Kicker, lead.Headline, [meta, head.TitleTag]))
                {
                    best = Clean(lead.Headline);
                }
                else if (Prose.Words(lead.Headline) >= 2 && new[] { ld?.Headline, metaForm, titleTagForm }.Any(t => Same(lead.Kicker, t)))
                {
                    best = Clean(lead.Kicker);
                }
            }

            // An h1 the page's titles hardly mention is a section or site name ("News", "Detailansicht");
            // a blog's headline then sits in an h2 that the titles do state.
            if (references.Count > 0 && ld?.Headline is null
                && references.Max(r => Overlap(TextNormal.Fold(best), r)) <= 0.5 && SubHeading(doc, references, site) is { } sub)
            {
                return sub;
            }

            // "Tunesien Große Aufgaben für die neue Regierung": the h1 glues a kicker to the headline the
            // page's titles state alone; the titles' form wins.
            if (Glued(best, new[] { ld?.Headline, meta, head.TitleTag, metaForm, titleTagForm }) is { } stated)
            {
                return Clean(stated);
            }

            // News sites state their headline in JSON-LD (og:title and <title> are often written for
            // search); an h1 that shares little with it is a section name or a teaser's headline, and
            // when og:title states the same headline again, the site has said it twice: that wins.
            if (ld?.Headline is not { } headline
                || (Overlap(TextNormal.Fold(best), TextNormal.Fold(headline)) > 0.5 && !Same(headline, meta))
                || VisibleAgrees(doc, h1Blocks, best, headline, metaForm, titleTagForm))
            {
                // An h1 may carry the site's name as a title does ("Headline | FASSETTE.NET"), or the
                // date it was posted on ("27.01.2022 Headline", "Headline 02.02.2022 • Category").
                return Undated(Clean(TitleSiteName.Strip(best, head, false, logos)));
            }
        }
        else if (ShownDeclared(doc, [meta, ld?.Headline]) is { } shown)
        {
            return Clean(shown);
        }
        else if (ld?.Headline is null && references.Count > 0 && SubHeading(doc, references, site) is { } sub)
        {
            return sub;
        }

        // A JSON-LD headline rarely carries the site's name: only a part that is the site name goes. An
        // og:title that differs from <title> is the headline written apart from the site's name, too.
        if (!string.IsNullOrWhiteSpace(declared))
        {
            var guess = ld?.Headline is null && (head.TitleTag is null || Same(declared, head.TitleTag));
            return Clean(TitleSiteName.Strip(declared, head, guess, logos));
        }

        // Only a <title> that no heading states: a page without an h1 opens its text with an h2.
        if (h1s.Count == 0 && OpeningHeading(doc) is { } opening)
        {
            return opening;
        }

        return string.IsNullOrWhiteSpace(head.TitleTag) ? null : Clean(TitleSiteName.Strip(head.TitleTag, head, logos: logos));
    }

    /// <summary>
    /// Whether the h1 (not one in a breadcrumb trail) holds against a JSON-LD headline it shares little with:
    /// og:title or &lt;title&gt; (without the site's name) states the h1 word for word (the visible headline,
    /// said twice); or og:title and JSON-LD agree
    /// on a shorter headline the h1 does not hold ("Brexit: Nervenkrieg geht in nächste Runde" under an h1
    /// "Der Nervenkrieg um den Brexit geht in die nächste Runde"), the short form written for search.
    /// </summary>
    private static bool VisibleAgrees(BlockDocument doc, List<Block> h1Blocks, string best, string headline, string? og, string? titleTag)
    {
        if (h1Blocks.Any(b => Same(b.Text, best) && InBreadcrumb(doc, b)))
        {
            return false;
        }

        if ((og is not null && Same(best, og)) || (titleTag is not null && Same(best, titleTag)))
        {
            return !Same(best, headline);
        }

        if (og is null)
        {
            return false;
        }

        var h = TextNormal.Fold(best);

        // og:title and JSON-LD agreeing on the h1 with a kicker glued before it ("Chronik: Lotte Tobisch ist
        // tot" over an h1 "Lotte Tobisch ist tot"): the kicker is the site's section, set apart on the page.
        var declared = TextNormal.Fold(headline);
        return Same(headline, og) && ((best.Length > headline.Length && !h.Contains(declared, StringComparison.Ordinal))
            || (h.Split(' ').Length >= MinShownWords && declared.EndsWith(" " + h, StringComparison.Ordinal)));
    }

    private static readonly string[] KickerSeparators = [" - ", " – ", " — ", " | ", " / ", ": ", " : "];

    /// <summary>
    /// Whether a title writes the kicker and the headline after it as two parts ("Olympische Spiele in Paris
    /// - Getränke per Schiff …" for an h1 that glues them), the headline the longer of the two.
    /// </summary>
    private static bool SetOff(string kicker, string headline, string?[] titles)
    {
        var words = Prose.Words(headline);
        if (words < MinShownWords || words <= Prose.Words(kicker))
        {
            return false;
        }

        var first = headline.Split(' ', 2)[0];
        var k = kicker.Trim().TrimEnd(':').TrimEnd();
        return titles.OfType<string>().Any(t => KickerSeparators.Any(sep => t.Contains(k + sep + first, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// Whether the title opens with the heading and a colon ("Headline: An Observational Study: Annals of
    /// …"): a journal's linked h1 that the title states first, with its subtitle. A blog's logo opens its
    /// titles so too ("Chinese Pinyin Lyrics: Song …"), but then another title states the rest alone.
    /// </summary>
    private static bool Opens(string heading, string title, List<string> titles)
    {
        var h = heading.Trim();
        var t = title.TrimStart();
        return t.Length > h.Length + 2 && t.StartsWith(h, StringComparison.OrdinalIgnoreCase) && t.AsSpan(h.Length).StartsWith(": ", StringComparison.Ordinal)
            && !titles.Any(other => Same(t[(h.Length + 2)..], other));
    }

    /// <summary>An h1 shorter than this many words is too little to stand for the headline a title glues a kicker to.</summary>
    private const int MinShownWords = 3;

    /// <summary>Whether the h1 sits in a breadcrumb trail or a nav bar.</summary>
    private static bool InBreadcrumb(BlockDocument doc, Block b) =>
        Near(doc, b.Element).TakeWhile(e => doc.Elements[e].Tag is not ("body" or "html"))
            .Any(e => doc.Elements[e].Tag == "nav" || doc.Elements[e].ClassId.Contains("breadcrumb", StringComparison.Ordinal));

    /// <summary>The element and its ancestors up to <see cref="MaxCrumbDepth"/> levels.</summary>
    private static IEnumerable<int> Near(BlockDocument doc, int element)
    {
        for (int e = element, depth = 0; e >= 0 && depth < MaxCrumbDepth; e = doc.Elements[e].Parent, depth++)
        {
            yield return e;
        }
    }

    /// <summary>How far up from a heading its breadcrumb or nav container, or the heading holding it, is looked for.</summary>
    private const int MaxCrumbDepth = 6;

    /// <summary>
    /// A declared headline (og:title, JSON-LD) that a heading shows after a kicker ("Meinung Warum Kritik …"
    /// where og:title is "Warum Kritik …"): the article header's headline when no h1 gives one. When that
    /// heading is itself another declared title whole ("Abrechnung: Musik-Stars fordern …" over a JSON-LD
    /// "Musik-Stars fordern …"), the whole one. A heading that merely equals one declared title says nothing
    /// about which of them is shown. Null when no heading shows one after a kicker.
    /// </summary>
    private static string? ShownDeclared(BlockDocument doc, string?[] declared)
    {
        var titles = declared.OfType<string>().Select(t => (Text: t.Trim(), Folded: TextNormal.Fold(t)))
            .Where(t => t.Folded.Split(' ').Length >= 3).ToList();
        if (titles.Count == 0)
        {
            return null;
        }

        string? found = null;
        var blocks = doc.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Kind != BlockKind.Heading || b.HeadingLevel is < 2 or > 3 || b.LinkDensity >= 0.5 || b.Text.Length > 400)
            {
                continue;
            }

            // A kicker in its own element inside the heading comes as a block of its own just before.
            var text = i > 0 && blocks[i - 1] is { Kind: BlockKind.Heading } kicker && kicker.HeadingLevel == b.HeadingLevel
                && Inside(doc, kicker.Element, b.Element) ? kicker.Text + " " + b.Text : b.Text;
            var h = TextNormal.Fold(text);
            var hWords = h.Split(' ').Length;
            if (!titles.Any(t => h.EndsWith(" " + t.Folded, StringComparison.Ordinal) && hWords - t.Folded.Split(' ').Length <= MaxGlued))
            {
                continue;
            }

            foreach (var (title, folded) in titles)
            {
                if ((h == folded || h.EndsWith(" " + folded, StringComparison.Ordinal)) && (found is null || title.Length > found.Length))
                {
                    found = title;
                }
            }
        }

        return found;
    }

    /// <summary>Whether the element sits inside the other (within a few levels).</summary>
    private static bool Inside(BlockDocument doc, int element, int outer) => Near(doc, element).Contains(outer);

    /// <summary>The first h2 (not a link) that a long paragraph follows within a few blocks; null when none does.</summary>
    private static string? OpeningHeading(BlockDocument doc)
    {
        var blocks = doc.Blocks;
        for (var i = 0; i < blocks.Count - 1; i++)
        {
            var b = blocks[i];
            // A blog's date headers ("Monday, November 01, 2004") are h2s too.
            if (b.Kind != BlockKind.Heading || b.HeadingLevel != 2 || b.LinkDensity >= 0.5 || Prose.Words(b.Text) is < 2 or > 20
                || DateLine.IsDateLine(b.Text))
            {
                continue;
            }

            if (blocks.Skip(i + 1).Take(3).Any(n => n.Kind != BlockKind.Heading && n.Text.Length >= 150 && n.LinkDensity < 0.2))
            {
                return Clean(b.Text);
            }
        }

        return null;
    }

    /// <summary>
    /// An h2 or h3 that the page's titles state nearly word for word and that covers a good part of one of
    /// them ("Blog » Archiv » Headline" and an h2 "Headline"); null when none does.
    /// </summary>
    private static string? SubHeading(BlockDocument doc, List<string> references, string? site)
    {
        string? found = null;
        var cover = 0.0;
        foreach (var b in doc.Blocks)
        {
            if (b.Kind != BlockKind.Heading || b.HeadingLevel is < 2 or > 3 || b.Text.Length is < 2 or > 300 || Same(b.Text, site))
            {
                continue;
            }

            var folded = TextNormal.Fold(b.Text);
            foreach (var r in references)
            {
                var share = Overlap(r, folded);
                if (share >= MinCover && share > cover && Overlap(folded, r) >= 0.9)
                {
                    (found, cover) = (Clean(b.Text), share);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The title that the h1 holds whole at its end with a few more words glued before it (a kicker);
    /// null when no title is such a part of it.
    /// </summary>
    private static string? Glued(string h1, string?[] titles)
    {
        var h = TextNormal.Fold(h1);
        var hWords = h.Split(' ').Length;
        string? found = null;
        foreach (var t in titles)
        {
            // A title cut short for search results ("… Carrie Lam...") is not the headline.
            if (t is null || t.TrimEnd().EndsWith("...", StringComparison.Ordinal) || t.TrimEnd().EndsWith('…'))
            {
                continue;
            }

            var f = TextNormal.Fold(t);
            var words = f.Length == 0 ? 0 : f.Split(' ').Length;
            // Only a kicker set before the headline; one joined by a colon ("Kicker: Headline") is written
            // as part of the headline, and words after it are as often the headline's own end.
            if (words < 2 || f.Length >= h.Length || hWords - words > MaxGlued || hWords - words >= words
                || !h.EndsWith(" " + f, StringComparison.Ordinal) || h1[..Math.Max(0, h1.Length - t.Trim().Length)].Contains(':', StringComparison.Ordinal))
            {
                continue;
            }

            if (found is null || t.Length > found.Length)
            {
                found = t.Trim();
            }
        }

        return found;
    }

    /// <summary>At most this many words glued before a headline in an h1 count as its kicker.</summary>
    private const int MaxGlued = 8;

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,2}\.\d{1,2}\.\d{4}\s*[-–|•·:]?\s*(?=\p{L})")]
    private static partial System.Text.RegularExpressions.Regex LeadingDate();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+\d{1,2}\.\d{1,2}\.\d{4}\s*[-–|•·].*$")]
    private static partial System.Text.RegularExpressions.Regex TrailingDate();

    /// <summary>
    /// The headline without a numeric date glued before it, or after it with more (categories) behind; a
    /// date ending a headline ("Ergebnisse, 19.5.2007") is its own. Unchanged when little would be left.
    /// </summary>
    private static string Undated(string title)
    {
        var s = TrailingDate().Replace(LeadingDate().Replace(title, ""), "");
        return Prose.Words(s) >= 2 ? s : title;
    }

    /// <summary>A heading must hold this share of a title's words to be taken for the headline it states.</summary>
    private const double MinCover = 0.4;

    /// <summary>Texts of linked h1s: a site's logo, whose words in a title are the site's name.</summary>
    private static List<string> Logos(BlockDocument doc) =>
        doc.Blocks.Where(b => b.Kind == BlockKind.Heading && b.HeadingLevel == 1 && b.LinkDensity >= 0.5 && b.Text.Length is >= 2 and <= 80)
            .Select(b => b.Text.Trim()).Take(3).ToList();

    /// <summary>
    /// Without a byline or date line to anchor it, a headline is looked for only among a dump's first
    /// lines: deeper down, the first short line before a paragraph is as often a section or page name of
    /// a page that is not an article (cleaneval's pages keep such names as text).
    /// </summary>
    private const int FallbackReach = 25;

    /// <summary>
    /// The headline of a text dump: the line just above the byline and date lines (past a lead paragraph),
    /// or else the first short line that a long paragraph follows.
    /// </summary>
    public static string? FromText(BlockDocument doc)
    {
        var blocks = doc.Blocks;
        var stamp = blocks.FindIndex(b => DateLine.IsDateLine(b.Text) || BylineLine.IsByline(b.Text));
        if (stamp > 0)
        {
            for (var i = stamp - 1; i >= Math.Max(0, stamp - 4); i--)
            {
                var text = blocks[i].Text;
                if (Headline(text))
                {
                    return Clean(text);
                }

                if (!Paragraph(text))
                {
                    break;
                }
            }
        }

        for (var i = 0; i < Math.Min(blocks.Count - 1, FallbackReach); i++)
        {
            if (Headline(blocks[i].Text) && blocks.Skip(i + 1).Take(3).Any(b => Paragraph(b.Text)))
            {
                return Clean(blocks[i].Text);
            }
        }

        return null;
    }

    /// <summary>A line shaped like a headline: a few to twenty-odd words, at most one full stop inside, none at the end.</summary>
    private static bool Headline(string text) =>
        text.Length is >= 15 and <= 160 && Prose.Words(text) is >= 3 and <= 24 && !text.TrimEnd().EndsWith('.')
        && !text.TrimEnd().EndsWith(']') && !text.TrimEnd().EndsWith(':') && text.Split(". ").Length <= 2
        && !Paragraph(text) && !DateLine.IsDateLine(text) && !BylineLine.IsByline(text);

    private static bool Paragraph(string text) => text.Length >= 120 && text.TrimEnd().EndsWith('.');

    private static bool Same(string a, string? b) =>
        b is not null && string.Equals(TextNormal.Fold(a), TextNormal.Fold(b), StringComparison.Ordinal);

    /// <summary>Share of the candidate's words that the reference holds.</summary>
    private static double Overlap(string candidate, string reference)
    {
        var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return 0;
        }

        var refWords = new HashSet<string>(reference.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        return (double)words.Count(refWords.Contains) / words.Length;
    }

    /// <summary>Single spaces; soft hyphens ("Mes\u00ADsen\u00ADger") stay as the page writes them.</summary>
    private static string Clean(string title) =>
        string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
