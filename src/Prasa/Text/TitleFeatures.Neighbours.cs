using System.Runtime.InteropServices;

namespace Prasa.Text;

public static partial class TitleFeatures
{
    /// <summary>The most topic words of a line compared with its neighbour's.</summary>
    private const int MaxTopicWords = 48;

    /// <summary>
    /// Whether the nearest line of three words or more above line j (within two lines) is shorter and line j holds
    /// at least 40 % of its topic words (see <see cref="AddWords"/>): a standfirst restates the headline right above
    /// it ("Strong tornadoes possible in central states" over "Strong tornadoes are possible across the central
    /// states both Friday and Saturday"), and both lack a full stop, so their shapes alone do not tell them apart.
    /// Where a shorter line over a longer one shares its words, the upper one is the headline on most pages.
    /// </summary>
    private static bool RestatesLineAbove(TextPage page, int j)
    {
        var above = -1;
        for (var i = j - 1; i >= 0 && i >= j - 2; i--)
        {
            if (page.Stats[i].Words >= 3)
            {
                above = i;
                break;
            }
        }

        if (above < 0 || page.Stats[above].Words >= page.Stats[j].Words)
        {
            return false;
        }

        Span<int> mine = stackalloc int[MaxTopicWords];
        Span<int> theirs = stackalloc int[MaxTopicWords];
        var b = theirs[..TopicHashes(page.Blocks[above].Text, theirs)];
        if (b.Length == 0)
        {
            return false;
        }

        var shared = Shared(mine[..TopicHashes(page.Blocks[j].Text, mine)], b);
        return shared * 5 >= b.Length * 2;
    }

    /// <summary>How many hashes two sorted sets of distinct hashes share.</summary>
    public static int Shared(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        var shared = 0;
        for (int x = 0, y = 0; x < a.Length && y < b.Length;)
        {
            if (a[x] == b[y])
            {
                shared++;
                x++;
                y++;
            }
            else if (a[x] < b[y])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return shared;
    }

    /// <summary>Whether two lines' sorted topic-word hashes (see <see cref="WordHashes"/>) share at least half of each list.</summary>
    public static bool ShareHalf(List<int> a, List<int> b)
    {
        var shared = Shared(a, b);
        return shared * 2 >= a.Count && shared * 2 >= b.Count;
    }

    /// <summary>How many hashes two sorted lists of distinct hashes share.</summary>
    public static int Shared(List<int> a, List<int> b) => Shared(CollectionsMarshal.AsSpan(a), CollectionsMarshal.AsSpan(b));

    /// <summary>The distinct case-blind hashes of a line's first topic words, sorted, in <paramref name="into"/>; their count.</summary>
    private static int TopicHashes(string text, Span<int> into)
    {
        var n = 0;
        for (var w = new LongWords(text); n < into.Length && w.MoveNext();)
        {
            into[n++] = WordHash(text.AsSpan(w.Current));
        }

        return SortDistinct(into[..n]);
    }
}
