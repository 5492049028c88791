namespace Prasa.Text;

/// <summary>
/// A kicker that a dump glued to the front of the headline, with nothing but a space between them ("US-Dream-Team
/// wird immer besser Deutscher Aggressor beeindruckt, Frankreich hadert"): the page's markup set the two apart, the
/// flattened line does not. Where the headline starts shows in another line of the same page that words the story
/// as "Topic: headline" (the breadcrumb, the page title, a comment count: "Olympische Spiele: Deutscher
/// Basketball-Aggressor beeindruckt, Frankreich zerfetzt sich"): the headline begins at the word that begins the
/// part after that line's colon, and from there the two share most of their words, while the kicker shares none.
/// </summary>
public static class GluedKicker
{
    private const int MaxKickerWords = 8;
    private const int MaxLineWords = 40;

    /// <summary>The title line j without a kicker glued before it, or the line itself when none shows.</summary>
    public static string Headline(TextPage page, int j)
    {
        var line = page.Blocks[j].Text;
        // The kicker ends in no separator: "Topic: headline" and "Topic | headline" are the headline as the page
        // gives it, wherever the separator stands ("Topic – headline" is left whole by Split's punctuation test).
        if (line.AsSpan().IndexOfAny(':', '|') >= 0)
        {
            return line;
        }

        List<int>? mine = null, theirs = null;
        for (var i = 0; i < page.Count; i++)
        {
            if (i == j || page.Stats[i].Words is < 3 or > MaxLineWords)
            {
                continue;
            }

            var other = page.Blocks[i].Text;
            var colon = other.IndexOf(':');
            if (colon < 0 || colon + 1 >= other.Length || other[colon + 1] != ' ' || other == line)
            {
                continue;
            }

            var tail = other.AsSpan(colon + 2);
            var end = tail.IndexOf(' ');
            var first = end < 0 ? tail : tail[..end];
            if (first.Length < 2 || !(char.IsUpper(first[0]) || char.IsDigit(first[0])))
            {
                continue;
            }

            if (Split(line, first) is not { } start)
            {
                continue;
            }

            mine ??= [];
            theirs ??= [];
            TitleFeatures.WordHashes(line[start..], mine);
            TitleFeatures.WordHashes(other[(colon + 2)..], theirs);
            if (mine.Count >= 2 && TitleFeatures.ShareHalf(mine, theirs))
            {
                TitleFeatures.WordHashes(line[..start], mine);
                if (TitleFeatures.Shared(mine, theirs) == 0)
                {
                    return line[start..];
                }
            }
        }

        return line;
    }

    /// <summary>
    /// Where word <paramref name="first"/> stands in the line after one to eight words of kicker that end in no
    /// punctuation, with at least three words after it; null when it does not.
    /// </summary>
    private static int? Split(string line, ReadOnlySpan<char> first)
    {
        var words = 0;
        for (var at = line.IndexOf(' '); at > 0 && words < MaxKickerWords; at = line.IndexOf(' ', at + 1))
        {
            words++;
            var start = at + 1;
            var rest = line.AsSpan(start);
            if (!rest.StartsWith(first, StringComparison.Ordinal) || (rest.Length > first.Length && rest[first.Length] != ' '))
            {
                continue;
            }

            if (char.IsPunctuation(line[at - 1]) || char.IsSymbol(line[at - 1]) || rest.Count(' ') < 2)
            {
                return null;
            }

            return start;
        }

        return null;
    }
}
