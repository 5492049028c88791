using Prasa.Blocks;
using Prasa.Extraction;

namespace Prasa.Metadata;

/// <summary>
/// The article's headline: the page's h1 (the headline as readers see it), choosing among several the one
/// that agrees with the headline the metadata declares; then the declared headline (JSON-LD, og:title);
/// then &lt;title&gt; without the site name glued on. An h1 that is the site's logo (a link, or the site
/// name) is not a headline.
/// </summary>
public static class TitleFinder
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " / ", " : ", " • ", " ~ "];

    public static string? Find(BlockDocument doc, JsonLdArticle? ld)
    {
        var head = doc.Head;
        var meta = head.MetaContent("og:title") ?? head.MetaContent("twitter:title");
        var declared = ld?.Headline ?? meta;
        var site = head.MetaContent("og:site_name") ?? ld?.Publisher;
        var h1s = doc.Blocks
            .Where(b => b.Kind == BlockKind.Heading && b.HeadingLevel == 1 && b.Text.Length is >= 2 and <= 300
                && b.LinkDensity < 0.5 && !Same(b.Text, site))
            .Select(b => Clean(b.Text)).Distinct().ToList();
        if (h1s.Count > 0)
        {
            var references = new[] { declared, meta, head.TitleTag }.OfType<string>().Select(TextNormal.Fold).ToList();
            var best = h1s.Count == 1 || references.Count == 0
                ? h1s[0]
                : h1s.MaxBy(h => references.Max(r => Overlap(TextNormal.Fold(h), r)))!;

            // News sites state their headline in JSON-LD (og:title and <title> are often written for
            // search); an h1 that shares little with it is a section name or a teaser's headline.
            if (ld?.Headline is not { } headline || Overlap(TextNormal.Fold(best), TextNormal.Fold(headline)) > 0.5)
            {
                return best;
            }
        }

        if (!string.IsNullOrWhiteSpace(declared))
        {
            return Clean(StripSite(declared, head));
        }

        return string.IsNullOrWhiteSpace(head.TitleTag) ? null : Clean(StripSite(head.TitleTag, head));
    }

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

    /// <summary>Removes a site name glued to a title ("Headline | Site"): keeps the longest part.</summary>
    public static string StripSite(string title, PageHead head)
    {
        var site = head.MetaContent("og:site_name");
        foreach (var sep in Separators)
        {
            var parts = title.Split(sep);
            if (parts.Length < 2)
            {
                continue;
            }

            if (site is not null)
            {
                var kept = parts.Where(p => !string.Equals(p.Trim(), site.Trim(), StringComparison.OrdinalIgnoreCase)).ToArray();
                if (kept.Length < parts.Length && kept.Length > 0)
                {
                    return string.Join(sep, kept);
                }
            }

            // Only the edges are site names; a long middle part is the headline itself.
            var longest = parts.MaxBy(p => p.Length)!;
            if (longest.Length >= 0.5 * title.Length || parts.Length == 2)
            {
                var first = parts[0].Trim();
                var last = parts[^1].Trim();
                return last.Length <= first.Length ? string.Join(sep, parts[..^1]) : string.Join(sep, parts[1..]);
            }
        }

        return title;
    }

    private static string Clean(string title) => string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
