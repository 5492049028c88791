using System.Text.RegularExpressions;
using Prasa.Blocks;

namespace Prasa.Metadata;

/// <summary>
/// The full name that a short author name stands for, where the page ties the two together: initials or
/// a first name a byline shows ("DT", "Henry", "Stefanus") and the full name the page writes out in a
/// place that is the author's. A first name alone is as often how the writer signs, so a full name merely
/// written somewhere in the text is not enough; each rule asks for a second tie, and for one such name.
/// </summary>
public static partial class AuthorShortName
{
    /// <summary>What follows a name that opens an author's biography ("Stefanus Stahl - Maschinenbauer, …").</summary>
    [GeneratedRegex(@"^\s*(?:[-–—,(|:]|\s(?:ist|is|est|es|jest|è)\s)")]
    private static partial Regex BioOpening();

    /// <summary>
    /// The full name <paramref name="shortName"/> stands for, or null: for initials, a name written on the
    /// page whose initials they are and that the author's page address spells out ("DT",
    /// /author/donaldtownsend/, "Donald Townsend"); for a first name, its full form opening an author's
    /// biography ("Stefanus Stahl - Maschinenbauer …"), or the first name with the personal site's
    /// one-word name after it ("Henry" on the site "steinhau": "Henry Steinhau").
    /// </summary>
    public static string? FullName(BlockDocument doc, string? html, string shortName, IReadOnlyCollection<string> organisations)
    {
        var written = Written(doc, shortName).ToList();
        if (written.Count == 0)
        {
            return null;
        }

        // Initials stand for a name only where the author's page address spells it out. A first name is
        // how the writer chose to sign where the address merely holds the account ("Andrea",
        // /author/andreabottlinger/): it gives way only to a biography or the site's own surname.
        if (!AuthorName.Extends(written[0].Name, shortName))
        {
            var slugs = html is null ? [] : AuthorPageLinks.Accounts(html);
            return One(written.Where(w => slugs.Contains(AuthorName.Squeezed(w.Name))));
        }

        if (One(written.Where(w => w.Opens)) is { } bio)
        {
            return bio;
        }

        var surnames = organisations.Select(SiteWord).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return One(written.Where(w => w.Name.Split(' ') is { Length: 2 } words && surnames.Contains(AuthorName.Squeezed(words[1]))));
    }

    /// <summary>
    /// The account of first and last name ("robert.stitz") written out as a name anywhere in the page's
    /// markup ("display_name":"Robert Stitz" in a page script's data), in capitals; null where it is not.
    /// </summary>
    public static string? InMarkup(string? html, string account)
    {
        var parts = account.Split('.', '_', '-');
        if (html is null || parts.Length != 2)
        {
            return null;
        }

        for (var at = html.IndexOf(parts[0], StringComparison.OrdinalIgnoreCase); at >= 0; at = html.IndexOf(parts[0], at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var gap = at + parts[0].Length;
            var next = gap;
            while (next < html.Length && html[next] is ' ' or '\u00a0')
            {
                next++;
            }

            var end = next + parts[1].Length;
            if ((at > 0 && char.IsLetterOrDigit(html[at - 1])) || next == gap || end > html.Length
                || !html.AsSpan(next, parts[1].Length).Equals(parts[1], StringComparison.OrdinalIgnoreCase)
                || (end < html.Length && char.IsLetterOrDigit(html[end])))
            {
                continue;
            }

            var name = html[at..gap] + " " + html[next..end];
            if (AuthorName.LooksLikeFullName(name))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>True when the full name writes out the first name or user name, or its initials are the short name ("DT").</summary>
    private static bool Stands(string full, string shortName)
    {
        if (AuthorName.Extends(full, shortName))
        {
            return true;
        }

        var words = full.Split(' ');
        return shortName.Length is >= 2 and <= 4 && shortName.All(char.IsUpper) && words.Length == shortName.Length
            && words.Zip(shortName).All(p => char.ToUpperInvariant(p.First[0]) == p.Second);
    }

    /// <summary>The one name among the matches, in the form written first; null for none or for two different names.</summary>
    private static string? One(IEnumerable<(string Name, bool Opens)> matches)
    {
        string? one = null;
        foreach (var (name, _) in matches)
        {
            if (one is null)
            {
                one = name;
            }
            else if (!string.Equals(one, name, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        return one;
    }

    /// <summary>
    /// A site name or host of one word ("steinhau", steinhau.com) that may be its owner's surname; null
    /// for names of several words.
    /// </summary>
    private static string? SiteWord(string organisation)
    {
        var word = organisation.Trim();
        if (word.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            word = word[4..];
        }

        var dot = word.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            word = word[..dot];
        }

        return word.Length >= 4 && word.All(char.IsLetter) ? AuthorName.Squeezed(word) : null;
    }

    /// <summary>
    /// The full names the page's blocks write out (two to four capitalised words that pass as a name) that
    /// the short name stands for, and whether each opens its block.
    /// </summary>
    private static IEnumerable<(string Name, bool Opens)> Written(BlockDocument doc, string shortName)
    {
        // A first name is written in the block; initials open the name's words.
        var initials = shortName.All(char.IsUpper);
        var opening = char.ToUpperInvariant(shortName[0]);
        foreach (var b in doc.Blocks)
        {
            if (!initials && !b.Text.Contains(shortName, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var words = b.Text.Split(AuthorName.WordBreaks, StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + 1 < words.Length; i++)
            {
                if (words[i].TrimStart('(', '"', '„', '“') is not { Length: > 0 } word || word[0] != opening)
                {
                    continue;
                }

                for (var k = 2; k <= 4 && i + k <= words.Length; k++)
                {
                    // "Blackswan Thursday, May 30": a weekday or a month after a name is the date line's.
                    var last = words[i + k - 1].TrimEnd(',', '.', ':', ';', ')', '!', '?');
                    if (last.Length == 0 || !char.IsUpper(last[0]) || (last.ToLowerInvariant() is var folded && (DateWords.Weekdays.Contains(folded) || DateWords.Months.ContainsKey(folded))))
                    {
                        break;
                    }

                    var candidate = string.Join(' ', words[i..(i + k - 1)].Append(last)).TrimStart('(', '"', '„', '“');
                    if (Stands(candidate, shortName) && AuthorName.LooksLikeFullName(candidate))
                    {
                        var opens = i == 0 && BioOpening().IsMatch(b.Text.AsSpan(b.Text.IndexOf(last, StringComparison.Ordinal) + last.Length));
                        yield return (candidate, opens);
                    }
                }
            }
        }
    }
}
