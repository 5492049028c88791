using Prasa.Blocks;
using Prasa.Extraction;
using Prasa.Lexicons;

namespace Prasa.Metadata;

/// <summary>
/// The site's name glued to a title ("Headline | Site", "Site » Blog Archive » Headline"): stripping it,
/// and telling it for the author check ("Die Furche" is the site, not a writer).
/// </summary>
public static partial class TitleSiteName
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,6}$")]
    private static partial System.Text.RegularExpressions.Regex Domain();

    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " / ", " : ", " • ", " ~ "];

    /// <summary>Removes a site name glued to a title ("Headline | Site"): keeps the longest part.</summary>
    /// <param name="guess">Also drop an edge part that is merely short ("Headline | Courier"), not only the named site.</param>
    /// <param name="logos">Texts of the page's logo headings: edge parts equal to one are the site's name.</param>
    public static string Strip(string title, PageHead head, bool guess = true, IReadOnlyList<string>? logos = null)
    {
        var site = head.MetaContent("og:site_name");
        foreach (var sep in Separators)
        {
            var parts = title.Split(sep);
            if (parts.Length < 2)
            {
                continue;
            }

            // Parts that name the site (og:site_name, its logo, a domain) or an archive page go, wherever they stand.
            var kept = parts.Where(p => !SiteLike(p.Trim(), site, logos, title.Length)).ToArray();
            if (kept.Length < parts.Length && kept.Length > 0)
            {
                var rest = string.Join(sep, kept).Trim();
                return kept.Length > 1 ? Strip(rest, head, guess: false, logos) : rest;
            }

            if (!guess)
            {
                continue;
            }

            // "Site » Blog Archive » Headline": with three parts or more, a long edge part is the headline.
            if (parts.Length >= 3)
            {
                var edge = parts[0].Length >= parts[^1].Length ? parts[0] : parts[^1];
                if (edge.Trim().Length >= 0.5 * title.Length)
                {
                    return edge.Trim();
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

    /// <summary>
    /// The site's name as the &lt;title&gt; glues it on ("Achtsam durch die Krise | Die Furche" → "Die
    /// Furche"): the parts that stripping the site takes away; empty when it takes none.
    /// </summary>
    public static IEnumerable<string> Parts(PageHead head)
    {
        var title = head.TitleTag?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            yield break;
        }

        var kept = Strip(title, head).Trim();
        if (kept.Length == 0 || kept.Length == title.Length)
        {
            yield break;
        }

        foreach (var sep in Separators)
        {
            if (title.Contains(sep, StringComparison.Ordinal))
            {
                foreach (var part in title.Split(sep))
                {
                    if (part.Trim() is { Length: > 1 } p && !kept.Contains(p, StringComparison.Ordinal))
                    {
                        yield return p;
                    }
                }

                yield break;
            }
        }
    }

    private static readonly HashSet<string> ArchiveParts = new(
        LexiconFile.Read("metadata.txt").Where(r => r.Key == "title-part").Select(r => TextNormal.Fold(r.Value)), StringComparer.Ordinal);

    /// <summary>A title part that names the site rather than the article: og:site_name, a logo's text, a domain name, "Blog Archive".</summary>
    /// <remarks>A linked h1 is a logo only when shorter than the rest of the title: a linked headline is not.</remarks>
    private static bool SiteLike(string part, string? site, IReadOnlyList<string>? logos, int titleLength)
    {
        if (part.Length == 0)
        {
            return false;
        }

        var folded = TextNormal.Fold(part);
        return (site is not null && folded == TextNormal.Fold(site)) || Domain().IsMatch(part) || ArchiveParts.Contains(folded)
            || (logos is not null && part.Length < titleLength / 2 && logos.Any(l => TextNormal.Fold(l) == folded));
    }
}
