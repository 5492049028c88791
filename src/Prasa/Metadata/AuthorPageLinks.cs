namespace Prasa.Metadata;

/// <summary>
/// Links to this site's page of an author, whose address often spells the author's full name
/// ("/author/donaldtownsend/", "?searchword=johanna-kropfitsch&amp;searchphrase=author"): the name an
/// author box writes beside such a link is the page's writer, and the accounts tie initials to the full
/// name they stand for (AuthorShortName).
/// </summary>
public static class AuthorPageLinks
{
    /// <summary>
    /// What the address of an author's page holds ("/author/donaldtownsend/", "/autor/iris-lange-fricke",
    /// "?searchword=johanna-kropfitsch&amp;searchphrase=author"): its account often spells the full name.
    /// A vectorised search finds them; most pages have few.
    /// </summary>
    private static readonly string[] AuthorPaths =
        ["/author/", "/authors/", "/autor/", "/autoren/", "/autorin/", "/writer/", "/redakteur/", "/redakteurin/", "/experten/", "/expert/"];

    private const string SearchAuthor = "searchphrase=author";

    private static readonly System.Buffers.SearchValues<string> AuthorAddress =
        System.Buffers.SearchValues.Create([.. AuthorPaths, SearchAuthor], StringComparison.OrdinalIgnoreCase);

    /// <summary>How far an address may run around what marks it as an author page's.</summary>
    private const int AddressReach = 400;

    /// <summary>Signs around a name's words in running markup ("Kropfitsch,", "(Iris"); a full stop may be an initial's.</summary>
    private static readonly char[] NameEdges = [',', ';', ':', '(', ')', '"', '|', '«', '»', '„', '“', '”'];

    /// <summary>
    /// An author box: the one full name written beside a link to this site's page of that author, the
    /// page's address spelling the name ("Johanna Kropfitsch" over "Alle Artikel",
    /// /component/search/?searchword=johanna-kropfitsch&amp;searchphrase=author). Read where no stronger
    /// source names a person; nothing where such links name two people (a list of teasers, each with its
    /// writer), and links to another site's author pages are no box (a blogger's column elsewhere).
    /// </summary>
    public static IEnumerable<string> AuthorBox(string? html, IReadOnlyCollection<string> organisations)
    {
        if (html is null)
        {
            yield break;
        }

        string? one = null;
        foreach (var (account, url, at) in AuthorLinks(html))
        {
            if (!OnSite(url, organisations))
            {
                continue;
            }

            var from = Math.Max(0, at - BoxReach);
            var window = MarkupText.Of(html.Substring(from, Math.Min(html.Length, at + url.Length + BoxReach) - from));
            var words = window.Split(AuthorName.WordBreaks, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(NameEdges)).ToArray();
            var squeezed = words.Select(AuthorName.Squeezed).ToArray();
            for (var i = 0; i + 1 < words.Length; i++)
            {
                // The name's words spell the account in order: "iris" "lange-fricke" for "irislangefricke".
                var spelled = squeezed[i];
                for (var k = 2; k <= 4 && i + k <= words.Length && spelled.Length > 0 && account.StartsWith(spelled, StringComparison.Ordinal); k++)
                {
                    spelled += squeezed[i + k - 1];
                    if (spelled == account && string.Join(' ', words[i..(i + k)]) is var candidate && AuthorName.LooksLikeFullName(candidate))
                    {
                        if (one is not null && !string.Equals(one, candidate, StringComparison.OrdinalIgnoreCase))
                        {
                            yield break;
                        }

                        one = candidate;
                    }
                }
            }
        }

        if (one is not null)
        {
            yield return one;
        }
    }

    /// <summary>How far from a link to an author's page the author box's name may stand, in characters of markup.</summary>
    private const int BoxReach = 600;


    /// <summary>True when the address leads to a page of this site: a relative address, or one on the site's host.</summary>
    private static bool OnSite(string url, IReadOnlyCollection<string> organisations)
    {
        if (!url.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }

        if (!Uri.TryCreate(url.StartsWith("//", StringComparison.Ordinal) ? "https:" + url : url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        return organisations.Any(o => o.Contains('.', StringComparison.Ordinal) && !o.Contains(' ', StringComparison.Ordinal)
            && (host.Equals(o, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + o, StringComparison.OrdinalIgnoreCase) || o.EndsWith("." + host, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// The links to author pages: each one's account, squeezed ("iris-lange-fricke" → "irislangefricke";
    /// six letters at least), its address as written, and where that starts.
    /// </summary>
    private static IEnumerable<(string Account, string Url, int At)> AuthorLinks(string html)
    {
        var i = 0;
        while (i < html.Length && html.AsSpan(i).IndexOfAny(AuthorAddress) is >= 0 and var k)
        {
            var hit = i + k;
            i = hit + 1;

            // The attribute value around the hit: href="…", quotes on both sides, no tag between.
            var back = Math.Max(0, hit - AddressReach);
            var open = html.AsSpan(back, hit - back).LastIndexOfAny('"', '\'');
            if (open < 0)
            {
                continue;
            }

            open += back;
            var close = html.AsSpan(hit, Math.Min(AddressReach, html.Length - hit)).IndexOf(html[open]);
            if (close < 0 || !IsHref(html, open))
            {
                continue;
            }

            close += hit;
            var url = html[(open + 1)..close];
            i = close + 1;
            if (url.AsSpan().IndexOfAny('<', '>') >= 0)
            {
                continue;
            }

            var local = hit - open - 1;
            string slug;
            if (url.AsSpan(local).StartsWith(SearchAuthor, StringComparison.OrdinalIgnoreCase))
            {
                var word = url.IndexOf("searchword=", StringComparison.OrdinalIgnoreCase);
                if (word < 0)
                {
                    continue;
                }

                var end = url.IndexOf('&', word);
                slug = url[(word + "searchword=".Length)..(end < 0 ? url.Length : end)];
            }
            else
            {
                var start = url.IndexOf('/', local + 1) + 1;
                var end = url.AsSpan(start).IndexOfAny('/', '?', '#');
                slug = end < 0 ? url[start..] : url.Substring(start, end);
            }

            var account = AuthorName.Squeezed(Uri.UnescapeDataString(slug.Replace('+', ' ')));
            if (account.Length >= 6)
            {
                yield return (account, url, open + 1);
            }
        }
    }

    /// <summary>True when the quote at <paramref name="quote"/> opens an href attribute's value: href, spaces, '=', spaces.</summary>
    private static bool IsHref(string html, int quote)
    {
        var j = quote - 1;
        while (j >= 0 && char.IsWhiteSpace(html[j]))
        {
            j--;
        }

        if (j < 0 || html[j] != '=')
        {
            return false;
        }

        j--;
        while (j >= 0 && char.IsWhiteSpace(html[j]))
        {
            j--;
        }

        return j >= 3 && html.AsSpan(j - 3, 4).Equals("href", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The accounts that the page's links to author pages name, squeezed ("iris-lange-fricke" → "irislangefricke").</summary>
    internal static HashSet<string> Accounts(string html) => AuthorLinks(html).Select(l => l.Account).ToHashSet(StringComparer.Ordinal);
}
