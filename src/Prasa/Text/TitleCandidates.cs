using Prasa.Lexicons;

namespace Prasa.Text;

/// <summary>
/// Lines whose own wording or neighbours say they are something else than a headline, whatever the title
/// model would rate them: a caption that ends in its photo credit, the authors' names that the byline
/// beside them repeats, a link to the previous or next post.
/// </summary>
public static class TitleCandidates
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Credit = Read("credit");
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> By = Read("by");

    /// <summary>The longest tail after the dash that is read as a credit.</summary>
    private const int MaxTail = 60;

    /// <summary>
    /// A caption closed by its photo credit after a dash: "… in Shah Alam on November 19. — Picture by Yusof Mat
    /// Isa", "… on Friday. — Reuters pic", "… at the box office. –– Picture from Instagram/star". A dump gives
    /// such a line twice (alt text and caption) near the headline, in the headline's shape but for the credit.
    /// "Cannes — The week in pictures" and "… - Photo" (a gallery's title) are no credits: the credit word must
    /// open the tail and be followed by whom the picture is by, or close a tail of at most three words that
    /// name the source ("Reuters pic", "Reuters file pic").
    /// </summary>
    public static bool EndsInCredit(string line)
    {
        var dash = SeparatorDash(line);
        if (dash < 15)
        {
            return false;
        }

        var tail = line.AsSpan(dash + 1).TrimStart(" -–—―").TrimEnd(" .");
        if (tail.Length is < 4 or > MaxTail)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[MaxTail];
        ReadOnlySpan<char> lower = buffer[..InvariantLower.Into(tail, buffer)];
        // One slot more than the longest credit: SplitAny leaves the rest of a longer tail in the last slot.
        Span<Range> words = stackalloc Range[8];
        var count = lower.SplitAny(words, " \u00a0", StringSplitOptions.RemoveEmptyEntries);
        if (count is < 2 or > 7)
        {
            return false;
        }

        var first = lower[words[0]];
        if (first[^1] == ':')
        {
            return Credit.Contains(first[..^1]);
        }

        // "Picture by Yusof Mat Isa", "Foto von der Polizei": whom the picture is by, a name or a source, not a
        // phrase of small words ("— Photos from the vote", a gallery's link).
        if (Credit.Contains(first) && By.Contains(lower[words[1]]))
        {
            if (count == 2 || Stopwords.Default.Find(lower[words[2]]) == -2)
            {
                return true;
            }

            for (var w = 2; w < count; w++)
            {
                if (char.IsUpper(tail[words[w]][0]) || char.IsDigit(tail[words[w]][0]))
                {
                    return true;
                }
            }

            return false;
        }

        // "Reuters pic": a source in capitals, or a file picture, before the credit word.
        return count <= 3 && Credit.Contains(lower[words[count - 1]]) && char.IsUpper(tail[words[0]][0])
            && (char.IsUpper(tail[words[count - 2]][0]) || lower[words[count - 2]].SequenceEqual("file"));
    }

    /// <summary>The last dash that stands between words (spaced, or doubled: "––"), within the line's last characters; -1 when none.</summary>
    private static int SeparatorDash(string line)
    {
        for (var p = line.Length - 2; p > 0 && p >= line.Length - MaxTail - 4; p--)
        {
            if (line[p] is '—' or '–' or '―' or '-' && IsGap(line[p - 1]) && IsGap(line[p + 1]))
            {
                return p;
            }
        }

        return -1;

        static bool IsGap(char c) => c is ' ' or '\u00a0' or '—' or '–' or '―' or '-';
    }

    /// <summary>
    /// The authors' names on a line of their own beside the byline that repeats them ("Anna Berg and Jan Nowak"
    /// over "By Anna Berg and Jan Nowak"): a line of names, not the headline.
    /// </summary>
    public static bool NamedInByline(TextPage page, int j)
    {
        var line = page.Blocks[j].Text;
        for (var i = Math.Max(0, j - 2); i <= j + 2 && i < page.Count; i++)
        {
            if (i != j && page.IsByline[i] && page.Blocks[i].Text.Length > line.Length && page.Blocks[i].Text.Contains(line, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Five or more single words between commas ("amiga, dogs, floppy, Hunde, Hundeleben"): a post's tags or
    /// categories, never a headline.
    /// </summary>
    public static bool IsWordList(string line)
    {
        var items = 0;
        foreach (var range in line.AsSpan().Split(','))
        {
            var item = line.AsSpan(range).Trim();
            if (item.IsEmpty || item.Contains(' '))
            {
                return false;
            }

            items++;
        }

        return items >= 5;
    }

    /// <summary>
    /// The article's facts set apart by slashes and closed by the photo's credit ("Gunter Frank / 22.04.2020 / 06:15 /
    /// Foto: Achgut.com"). A headline may speak of a photo ("Neuer Blick auf das „Blue Marble“-Foto: …"), but does
    /// not list its parts between slashes.
    /// </summary>
    public static bool IsMetaLine(string line) =>
        line.AsSpan().Count(" / ") >= 2 && Metadata.CreditLine.HasGluedCredit(line);

    /// <summary>
    /// A date line opened by its label and a colon ("Published: 10:00am, 20 Jan, 2020", "Aktualizacja: 05.05.2021,
    /// 05:53"): a headline may name a day, but none opens so.
    /// </summary>
    public static bool IsLabelledDate(string line)
    {
        var text = line.AsSpan().TrimStart();
        var colon = text.IndexOf(':');
        if (colon is < 2 or > 20)
        {
            return false;
        }

        var word = text[..colon].TrimEnd().ToString().ToLowerInvariant();
        return Metadata.DateWords.Markers.Contains(word) || Metadata.DateWords.Updated.Contains(word);
    }

    /// <summary>
    /// A link to the blog's previous or next post: "« Older post title", "Newer post title »", "← Previous", "Next →".
    /// A headline in guillemets closes the quotation it opens ("«Die Zurückhaltung hat viel mit den USA zu tun»").
    /// </summary>
    public static bool IsPostLink(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length < 2)
        {
            return false;
        }

        // Swiss and French headlines quote with guillemets ("‹Tagesschau›-Moderator tritt zurück"): a
        // guillemet is a link's arrow only when the line does not close or open the quote it would start.
        return text[0] == '←' || text[^1] == '→'
            || (text[0] == '‹' && !text.Contains('›')) || (text[^1] == '›' && !text.Contains('‹'))
            || (text[0] == '«' && !text.Contains('»')) || (text[^1] == '»' && !text.Contains('«'));
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Read(string kind) =>
        new HashSet<string>(LexiconFile.Read("text-title.txt").Where(r => r.Key == kind).Select(r => r.Value), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
}
