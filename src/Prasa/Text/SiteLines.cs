namespace Prasa.Text;

/// <summary>
/// Corpus context for text dumps: how many pages of a site carry a given line. A batch run shows every
/// dump to <see cref="Observe"/> first; lines found on a good share of a site's pages are its menus,
/// footers and promos. Counts live in a count-min sketch of fixed size, so memory stays flat however
/// large the corpus, and the result does not depend on the order of the pages. Thread-safe.
/// </summary>
public sealed class SiteLines
{
    private const int Depth = 3;
    private readonly int[] _counts;
    private readonly int _mask;

    /// <param name="widthBits">Cells per row as a power of two: 2^20 cells × 3 rows is 12 MB.</param>
    public SiteLines(int widthBits = 20)
    {
        _mask = (1 << widthBits) - 1;
        _counts = new int[Depth << widthBits];
    }

    /// <summary>Lines longer than this are paragraphs: text, even when a site repeats it.</summary>
    public const int MaxLineChars = 300;

    /// <summary>Pages a site needs before its recurring lines mean anything.</summary>
    public const int MinPages = 4;

    /// <summary>Counts the distinct short lines of one dump of a site.</summary>
    public void Observe(string site, IEnumerable<string> lines)
    {
        var siteHash = SiteHash(site);
        Add(siteHash);
        var seen = new HashSet<ulong>();
        var fresh = new List<ulong>();
        foreach (var line in lines)
        {
            Collect(line.AsSpan().Trim(), siteHash, seen, fresh);
        }

        AddAll(fresh);
    }

    /// <summary>
    /// <see cref="Observe"/> straight from a dump's text: the lines <see cref="TextBlockBuilder"/> would
    /// make blocks of, without making them.
    /// </summary>
    public void ObserveText(string site, ReadOnlySpan<char> text)
    {
        var siteHash = SiteHash(site);
        Add(siteHash);

        // The thread's own set and list, cleared: made for each page, the set grew and rehashed five times or so.
        var seen = t_seen ??= [];
        var fresh = t_fresh ??= [];
        seen.Clear();
        fresh.Clear();
        for (var start = 0; TextBlockBuilder.NextLine(text, ref start, out var line);)
        {
            Collect(line, siteHash, seen, fresh);
        }

        AddAll(fresh);
    }

    [ThreadStatic]
    private static HashSet<ulong>? t_seen;

    [ThreadStatic]
    private static List<ulong>? t_fresh;

    /// <summary>The hash of a trimmed line into <paramref name="fresh"/>, when it is counted and not seen on this page before.</summary>
    private static void Collect(ReadOnlySpan<char> trimmed, ulong siteHash, HashSet<ulong> seen, List<ulong> fresh)
    {
        if (IsCounted(trimmed) && Hash(trimmed, siteHash) is var h && seen.Add(h))
        {
            fresh.Add(h);
        }
    }

    /// <summary>
    /// Raises the counters of a page's lines apart from the hashing: in a loop of nothing but table updates
    /// the processor overlaps the cache misses of many lines.
    /// </summary>
    private void AddAll(List<ulong> fresh)
    {
        foreach (var h in fresh)
        {
            Add(h);
        }
    }

    /// <summary>How many pages of the site were observed.</summary>
    public int Pages(string site) => Estimate(SiteHash(site));

    /// <summary>On how many pages of the site the line stands (an estimate that is never too low).</summary>
    public int Count(string site, ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        return IsCounted(text) ? Estimate(Hash(text, SiteHash(site))) : 0;
    }

    /// <summary>
    /// <see cref="Count"/> for every block of a page at once: the lookups miss the caches (the table is far
    /// larger), and in one tight loop the processor overlaps the misses of many lines.
    /// </summary>
    public int[] Counts(string site, IReadOnlyList<Blocks.Block> blocks)
    {
        var siteHash = SiteHash(site);
        var hashes = new ulong[blocks.Count];
        var counted = new bool[blocks.Count];
        for (var i = 0; i < hashes.Length; i++)
        {
            var text = blocks[i].Text.AsSpan().Trim();
            counted[i] = IsCounted(text);
            hashes[i] = counted[i] ? Hash(text, siteHash) : 0;
        }

        // The lookups apart from the hashing, so that many are in flight at once.
        var counts = new int[blocks.Count];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = counted[i] ? Estimate(hashes[i]) : 0;
        }

        return counts;
    }

    /// <summary>The site of a page: the URL's host when known, else the folder of its source path.</summary>
    public static string SiteOf(string source, string? url)
    {
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Host.Length > 0)
        {
            var host = u.Host.ToLowerInvariant();
            return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        }

        var dir = Path.GetDirectoryName(source);
        return string.IsNullOrEmpty(dir) ? "." : dir;
    }

    /// <summary>
    /// Whether several threads observe at once (the default). With one, the counters are raised by plain
    /// increments, which let the processor overlap their cache misses; atomic ones wait for each other.
    /// </summary>
    public bool Concurrent { get; init; } = true;

    private void Add(ulong h)
    {
        for (var d = 0; d < Depth; d++)
        {
            if (Concurrent)
            {
                Interlocked.Increment(ref _counts[Cell(h, d)]);
            }
            else
            {
                _counts[Cell(h, d)]++;
            }
        }
    }

    private int Estimate(ulong h)
    {
        var min = int.MaxValue;
        for (var d = 0; d < Depth; d++)
        {
            min = Math.Min(min, Volatile.Read(ref _counts[Cell(h, d)]));
        }

        return min;
    }

    private int Cell(ulong h, int d) => (d * (_mask + 1)) + (int)((h >> (d * 21)) & (ulong)_mask);

    /// <summary>Whether a trimmed line is counted: not empty, and short enough not to be a paragraph.</summary>
    private static bool IsCounted(ReadOnlySpan<char> trimmed) => !trimmed.IsEmpty && trimmed.Length <= MaxLineChars;

    /// <summary>A site's own hash: its page count's key, and the seed of its lines' hashes.</summary>
    private static ulong SiteHash(string site) => Hash(site, 0x5173);

    // FNV-style multiplications over the characters, seeded, then mixed: fixed across runs and machines.
    private static ulong Hash(ReadOnlySpan<char> text, ulong seed)
    {
        // Four characters a step: a chain of one multiplication a character held the loop to its latency.
        var h = 14695981039346656037UL ^ seed;
        var words = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ulong>(text);
        foreach (var w in words)
        {
            h = System.Numerics.BitOperations.RotateLeft((h ^ w) * 1099511628211UL, 29);
        }

        foreach (var c in text[(words.Length * 4)..])
        {
            h = (h ^ c) * 1099511628211UL;
        }

        h ^= (ulong)text.Length << 48;
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        return h;
    }
}
