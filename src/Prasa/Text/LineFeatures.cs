using Prasa.Blocks;

namespace Prasa.Text;

/// <summary>
/// The numbers the line model weighs. Stage one sees a line and its two neighbours on each side; stage
/// two sees the stage-one scores of the lines around it, which is how the model smooths a sequence
/// (a short line between two paragraphs is likelier text than the same line among menu items).
/// </summary>
public static class LineFeatures
{
    private const int Own = 27;
    private const int Neighbour = 6;
    private static readonly int[] Offsets = [-2, -1, 1, 2];

    public static int Stage1Count => Own + (Offsets.Length * Neighbour) + 11;

    public const int Stage2Window = 6;

    public static int Stage2Count => 2 + (2 * Stage2Window) + 9;

    public static void Stage1(TextPage page, int i, Span<double> f)
    {
        // Every feature is written below (a missing neighbour's too): no need to clear the span first.
        ref readonly var s = ref page.Stats[i];
        var n = page.Count;
        var words = Math.Max(s.Words, 1);
        var letters = Math.Max(s.Letters, 1);
        var k = 0;
        var logChars = page.LogChars;
        var stopShare = page.StopShare;
        f[k++] = 1;
        f[k++] = logChars[i];
        f[k++] = Math.Log(1 + s.Words) / 5;
        f[k++] = Math.Min(s.SentenceEnds, 6) / 6.0;
        f[k++] = s.EndsSentence ? 1 : 0;
        f[k++] = s.EndsColon ? 1 : 0;
        f[k++] = s.StartsUpper ? 1 : 0;
        f[k++] = (double)s.Upper / letters;
        f[k++] = s.Chars == 0 ? 0 : (double)s.Digits / s.Chars;
        f[k++] = s.Chars == 0 ? 0 : (double)s.Punct / s.Chars;
        f[k++] = stopShare[i];
        f[k++] = (double)s.CapWords / words;
        f[k++] = Math.Min(1.0, (double)s.Commas / words * 5);
        f[k++] = s.Separators > 0 ? 1 : 0;
        f[k++] = s.HasUrl ? 1 : 0;
        f[k++] = page.Phrase[i] is { } p && !p.Label.IsContent() ? 1 : 0;
        f[k++] = page.IsDate[i] ? 1 : 0;
        f[k++] = page.IsByline[i] ? 1 : 0;
        // Short lines that recur are menus and labels; a paragraph that recurs is text the first time.
        f[k++] = page.Occurrences[i] > 1 && !page.IsProse[i] ? 1 : 0;
        f[k++] = page.FirstSeen[i] != i ? 1 : 0;
        f[k++] = n <= 1 ? 0 : (double)i / (n - 1);
        f[k++] = page.IsProse[i] ? 1 : 0;
        f[k++] = page.InRun[i] ? 1 : 0;
        f[k++] = page.FirstProse >= 0 && i < page.FirstProse ? 1 : 0;
        f[k++] = page.LastProse >= 0 && i > page.LastProse ? 1 : 0;
        f[k++] = s.Words == 0 ? 0 : Math.Min(1.0, (double)s.WordChars / s.Words / 10);
        f[k++] = s.StartsQuote ? 1 : 0;
        foreach (var o in Offsets)
        {
            var j = i + o;
            if (j < 0 || j >= n)
            {
                f.Slice(k, Neighbour - 1).Clear();
                f[k + 5] = 1;
                k += Neighbour;
                continue;
            }

            f[k++] = logChars[j];
            f[k++] = stopShare[j];
            f[k++] = page.Stats[j].EndsSentence ? 1 : 0;
            f[k++] = page.IsProse[j] ? 1 : 0;
            f[k++] = page.Phrase[j] is { } q && !q.Label.IsContent() ? 1 : 0;
            f[k++] = 0;
        }

        // The prose around a line: the share of prose lines within five lines on either side.
        f[k++] = ProseShare(page, i - 5, i - 1);
        f[k++] = ProseShare(page, i + 1, i + 5);

        // Lists of headlines: neighbours of headline shape (a few words, no full stop) all around.
        var headlines = 0;
        for (var j = Math.Max(0, i - 3); j <= Math.Min(n - 1, i + 3); j++)
        {
            ref readonly var t = ref page.Stats[j];
            headlines += j != i && t.Words is >= 3 and <= 16 && !t.EndsSentence ? 1 : 0;
        }

        f[k++] = headlines / 6.0;
        f[k++] = s.Chars / Math.Max(40.0, page.MedianProseChars);
        f[k++] = Math.Log(1 + page.DistanceToRun(i)) / 4;
        f[k++] = s.EndsSentence ? 0 : s.Chars > 0 && page.Blocks[i].Text[^1] == ')' ? 1 : 0;
        f[k++] = s.Words is >= 3 and <= 16 && !s.EndsSentence ? 1 : 0;
        f[k++] = Math.Min(1.0, 4.0 * s.Boiler / words);
        f[k++] = s.Boiler >= 2 ? 1 : 0;
        f[k++] = Math.Min(s.Glued, 2) / 2.0;

        // Well past the end of the main run, text is usually what follows an article (related stories, bios, comments).
        f[k++] = i > page.RunEnd && page.DistanceToRun(i) > 3 ? 1 : 0;
    }

    /// <summary>Stage two: the line's own stage-one score, those of its neighbours and a few own signals.</summary>
    public static void Stage2(TextPage page, ReadOnlySpan<double> score1, int i, Span<double> f)
    {
        // Every feature is written below: no need to clear the span first.
        var k = 0;
        f[k++] = 1;
        f[k++] = score1[i];
        for (var o = 1; o <= Stage2Window; o++)
        {
            f[k++] = i - o >= 0 ? score1[i - o] : -1;
            f[k++] = i + o < score1.Length ? score1[i + o] : -1;
        }

        ref readonly var s = ref page.Stats[i];
        f[k++] = Math.Log(1 + s.Chars) / 6;
        f[k++] = page.IsProse[i] ? 1 : 0;
        f[k++] = page.InRun[i] ? 1 : 0;
        f[k++] = page.FirstSeen[i] != i ? 1 : 0;
        f[k++] = page.Phrase[i] is { } p && !p.Label.IsContent() ? 1 : 0;
        f[k++] = MaxAround(score1, i);
        f[k++] = s.EndsSentence ? 1 : 0;
        f[k++] = MeanAround(score1, i, 10);
        f[k++] = page.Phrase[i] is { Label: Label.Comment } || (i > 0 && page.Phrase[i - 1] is { Label: Label.Comment }) ? 1 : 0;
    }

    private static double MeanAround(ReadOnlySpan<double> score, int i, int reach)
    {
        var from = Math.Max(0, i - reach);
        var to = Math.Min(score.Length - 1, i + reach);
        var sum = 0.0;
        for (var j = from; j <= to; j++)
        {
            sum += j == i ? 0 : score[j];
        }

        return to > from ? sum / (to - from) : 0;
    }

    private static double ProseShare(TextPage page, int from, int to)
    {
        from = Math.Max(from, 0);
        to = Math.Min(to, page.Count - 1);
        if (to < from)
        {
            return 0;
        }

        var prose = 0;
        for (var j = from; j <= to; j++)
        {
            prose += page.IsProse[j] ? 1 : 0;
        }

        return (double)prose / (to - from + 1);
    }

    /// <summary>The smaller of the best scores before and after the line: is it enclosed by text?</summary>
    private static double MaxAround(ReadOnlySpan<double> score, int i)
    {
        double before = -1, after = -1;
        for (var j = Math.Max(0, i - 6); j < i; j++)
        {
            before = Math.Max(before, score[j]);
        }

        for (var j = i + 1; j < Math.Min(score.Length, i + 7); j++)
        {
            after = Math.Max(after, score[j]);
        }

        return Math.Min(before, after);
    }
}
