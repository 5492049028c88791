using Prasa.Lexicons;

namespace Prasa.Text;

/// <summary>
/// A page may give its headline twice: over the article as the reader sees it ("Voigt, Höcke und der Vorwurf einer
/// Lüge vor laufender Kamera", under a kicker), and higher up, at the end of the breadcrumb or as the page's title,
/// in the "Topic: headline" form ("Landtagswahl in Thüringen: Voigt, Höcke und der Vorwurf …"). Where the chooser
/// took the plain line and such a rewording of it stands above, the rewording is the title: it names the topic the
/// visible headline leaves to its kicker, and both benchmarks' truths that hold such pairs take the "Topic:
/// headline" line more often than the plain one. A rewording shares at least half of the topic words of each line,
/// and is at most half as long again and three words more; its topic is two to six words with a word that is no
/// function word ("Video: …" is a medium); a line with the site's name after a bar ("… | Hummeln") is the browser's
/// title, not the page's, and one with the separators of a breadcrumb or that ends in the very headline after other
/// words ("Sie sind hier: Aktuelles Presseinformationen Land zahlte …") is the breadcrumb's trail.
/// </summary>
public static class TopicTwin
{
    private const int MaxWords = 40;

    /// <summary>The bar before a site's name in the browser's title, the separators of a breadcrumb trail.</summary>
    private static readonly System.Buffers.SearchValues<char> TrailMarks = System.Buffers.SearchValues.Create("|/>»›");
    private const int MaxTopicWords = 6;

    /// <summary>The line to give as the title in place of line j: a "Topic: headline" rewording of it above, or j.</summary>
    public static int Of(TextPage page, int j)
    {
        var line = page.Blocks[j].Text;
        if (TopicEnd(line) >= 0)
        {
            return j;
        }

        List<int>? mine = null, theirs = null;
        var words = page.Stats[j].Words;
        for (var i = 0; i < j; i++)
        {
            var other = page.Stats[i].Words;
            if (other < 3 || other > MaxWords || other * 2 > (words * 3) + 6 || page.Phrase[i] is not null)
            {
                continue;
            }

            var text = page.Blocks[i].Text;
            var colon = TopicEnd(text);
            if (colon < 0 || text.AsSpan().IndexOfAny(TrailMarks) >= 0 || !IsTopic(text.AsSpan(0, colon)) || IsTrailTo(text.AsSpan(colon + 2), line))
            {
                continue;
            }

            mine ??= [];
            theirs ??= [];
            if (mine.Count == 0)
            {
                TitleFeatures.WordHashes(line, mine);
            }

            TitleFeatures.WordHashes(text, theirs);
            if (mine.Count >= 3 && TitleFeatures.ShareHalf(mine, theirs))
            {
                return i;
            }
        }

        return j;
    }

    /// <summary>
    /// A breadcrumb trail that ends in the headline ("Sie sind hier: Aktuelles Presseinformationen Land zahlte …"):
    /// more words before the very headline, where a rewording words it anew or gives it whole.
    /// </summary>
    private static bool IsTrailTo(ReadOnlySpan<char> rest, string headline) =>
        rest.Length > headline.Length && rest.EndsWith(headline, StringComparison.Ordinal);

    /// <summary>Where "Topic: " ends the topic (the colon's place), with a headline of some length after it; -1 when the line has no such form.</summary>
    public static int TopicEnd(string line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && colon < line.Length - 12 ? colon : -1;
    }

    /// <summary>Two to six words, one of them of four letters or more that is no function word in any language.</summary>
    private static bool IsTopic(ReadOnlySpan<char> topic)
    {
        Span<char> lower = stackalloc char[64];
        int count = 0;
        var content = false;
        foreach (var range in topic.Split(' '))
        {
            var word = topic[range].Trim("\"'„“”«»");
            if (word.IsEmpty)
            {
                continue;
            }

            if (++count > MaxTopicWords)
            {
                return false;
            }

            if (!content && word.Length is >= 4 and <= 64)
            {
                var low = lower[..InvariantLower.Into(word, lower)];
                content = Stopwords.Default.Find(low) == -2;
            }
        }

        return count >= 2 && content;
    }
}
