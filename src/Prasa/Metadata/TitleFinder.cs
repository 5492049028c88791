using Prasa.Blocks;
using Prasa.Extraction;

namespace Prasa.Metadata;

/// <summary>
/// The article's headline: the page's h1 when it agrees with the headline the metadata gives,
/// otherwise the metadata's headline, otherwise &lt;title&gt; without the site name glued on.
/// </summary>
public static class TitleFinder
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " / ", " : "];

    public static string? Find(BlockDocument doc, JsonLdArticle? ld)
    {
        var head = doc.Head;
        var meta = head.MetaContent("og:title") ?? head.MetaContent("twitter:title");
        var declared = ld?.Headline ?? meta;
        var h1s = doc.Blocks.Where(b => b.Kind == BlockKind.Heading && b.HeadingLevel == 1).Select(b => b.Text).ToList();
        foreach (var reference in new[] { declared, meta, head.TitleTag })
        {
            if (string.IsNullOrWhiteSpace(reference))
            {
                continue;
            }

            var folded = TextNormal.Fold(reference);
            foreach (var h in h1s)
            {
                var fh = TextNormal.Fold(h);
                if (fh.Length > 3 && (fh == folded || (folded.Contains(fh, StringComparison.Ordinal) && fh.Length * 2 > folded.Length)))
                {
                    return Clean(h);
                }
            }
        }

        if (!string.IsNullOrWhiteSpace(declared))
        {
            return Clean(StripSite(declared, head));
        }

        if (!string.IsNullOrWhiteSpace(head.TitleTag))
        {
            return Clean(StripSite(head.TitleTag, head));
        }

        return h1s.Count > 0 ? Clean(h1s[0]) : null;
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
