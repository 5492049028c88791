using Prasa.Blocks;
using Prasa.Extraction;
using Prasa.Metadata;

namespace Prasa.Text;

/// <summary>
/// What the text classifier knows about each line of a dump before it decides: counts, the wording
/// signals (phrase lexicons, date and byline shapes), repetition inside the page and the main run of
/// prose. Computed once; the model's features and the rules both read it.
/// </summary>
public sealed class TextPage
{
    public TextPage(List<Block> blocks, TextLexicons lexicons)
    {
        Blocks = blocks;
        var n = blocks.Count;
        Stats = new LineStats[n];
        Phrase = new (Label Label, string Phrase)?[n];
        IsDate = new bool[n];
        IsByline = new bool[n];
        IsProse = new bool[n];
        PhotoLine = new bool[n];
        FirstSeen = new int[n];
        Occurrences = new int[n];
        InRun = new bool[n];

        var stop = lexicons.Stopwords;
        Span<int> votes = stackalloc int[stop.Languages.Count];
        votes.Clear();
        // The language shows in the first few thousand characters of lines with some words; no need to read more.
        // Those lines are counted in full now, with the language of each stopword kept, so that only
        // their stopword counts need telling again once the language is known.
        var read = 0;
        var counted = 0;
        var stopLanguages = new List<int>();
        var stopsFrom = new int[n + 1];
        for (var i = 0; i < n && read < 6000; i++)
        {
            var text = blocks[i].Text;
            stopsFrom[i] = stopLanguages.Count;
            if (text.Length >= 30)
            {
                Stats[i] = LineStats.Of(text, stop, votes, -1, lexicons.BoilerplateWords, stopLanguages);
                read += text.Length;
            }

            counted = i + 1;
        }

        stopsFrom[counted] = stopLanguages.Count;

        var best = -1;
        for (var l = 0; l < votes.Length; l++)
        {
            if (votes[l] > 0 && (best < 0 || votes[l] > votes[best]))
            {
                best = l;
            }
        }

        Language = best >= 0 ? stop.Languages[best] : null;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var seenKeys = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < n; i++)
        {
            var text = blocks[i].Text;
            // Lines are told apart by their first 200 characters; a longer line is looked up by its prefix, not copied.
            // One hash a line: the slot is found, or made for this line, in one lookup.
            ref var first = ref text.Length <= 200
                ? ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(seen, text, out var found)
                : ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(seenKeys, text.AsSpan(0, 200), out found);
            if (found)
            {
                FirstSeen[i] = first;
                Occurrences[first]++;
            }
            else
            {
                first = i;
                FirstSeen[i] = i;
            }

            Occurrences[i] = 1;

            // A repeated line (a quarter of a dump's lines: menus, teasers, captions twice) has its first
            // copy's counts and wording signals, which depend on the text alone: copied, not worked out again.
            var copy = FirstSeen[i];
            if (copy != i && string.Equals(blocks[copy].Text, text, StringComparison.Ordinal))
            {
                Stats[i] = Stats[copy];
                Phrase[i] = Phrase[copy];
                IsDate[i] = IsDate[copy];
                IsByline[i] = IsByline[copy];
                IsProse[i] = IsProse[copy];
                continue;
            }

            if (i < counted && text.Length >= 30)
            {
                Stats[i].Stop = LineStats.StopsOf(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(stopLanguages)[stopsFrom[i]..stopsFrom[i + 1]], best);
            }
            else
            {
                Stats[i] = LineStats.Of(text, stop, [], best, lexicons.BoilerplateWords);
            }

            Phrase[i] = lexicons.Match(text);
            var st = Stats[i];
            // "Anna says:" heads a comment; '"We took it to heart," he said.' closes a quotation in the story.
            if (Phrase[i] is { Label: Label.Comment } && st.EndsSentence)
            {
                Phrase[i] = null;
            }

            // Date lines state a number and bylines are short: skip the regexes otherwise.
            IsDate[i] = text.Length <= 90 && st.Digits > 0 && DateLine.IsDateLine(text);
            IsByline[i] = text.Length <= 100 && BylineLine.IsByline(text) && !IsColonHeadline(text);
            IsProse[i] = st.Words >= 25 || (st.Words >= 6 && st.SentenceEnds > 0);
        }

        for (var i = 0; i < n; i++)
        {
            Occurrences[i] = Occurrences[FirstSeen[i]];
        }

        MarkMainRun();
        var proseLengths = new List<int>();
        for (var i = 0; i < n; i++)
        {
            if (IsProse[i])
            {
                proseLengths.Add(Stats[i].Chars);
            }
        }

        proseLengths.Sort();
        MedianProseChars = proseLengths.Count == 0 ? 0 : proseLengths[proseLengths.Count / 2];
    }

    /// <summary>The median length of the page's prose lines: what "long" means on this page.</summary>
    public double MedianProseChars { get; }

    /// <summary>Lines between a line and the main run (0 inside it).</summary>
    public int DistanceToRun(int i) => InRun[i] ? 0 : i < _runStart ? _runStart - i : i > _runEnd && _runEnd >= 0 ? i - _runEnd : 0;

    /// <summary>The last line of the main run (-1 when the page has none).</summary>
    public int RunEnd => _runEnd;

    private int _runStart;
    private int _runEnd = -1;

    public List<Block> Blocks { get; }

    public int Count => Blocks.Count;

    /// <summary>The language whose stopwords the dump holds most, or null.</summary>
    public string? Language { get; }

    public LineStats[] Stats { get; }

    public (Label Label, string Phrase)?[] Phrase { get; }

    public bool[] IsDate { get; }

    public bool[] IsByline { get; }

    public bool[] IsProse { get; }

    /// <summary>Lines that describe a photo by their own evidence: before a credit, or alt text glued to its caption.</summary>
    public bool[] PhotoLine { get; }

    /// <summary>Index of the first line with the same text (the line itself when it is the first).</summary>
    public int[] FirstSeen { get; }

    /// <summary>How many lines of the page hold the same text.</summary>
    public int[] Occurrences { get; }

    /// <summary>Inside the run of lines with the most prose, the one-dimensional form of the HTML finder.</summary>
    public bool[] InRun { get; }

    public int FirstProse { get; private set; } = -1;

    /// <summary>The line model's probability that each line is main text (set by the classifier).</summary>
    public double[] Score { get; set; } = [];

    /// <summary>The lines weighed as the headline, with their title features (set by the classifier when it gives reasons).</summary>
    public List<(int Line, double[] Features)> TitleCandidates { get; } = [];

    private int[]? _byLength;

    // The lengths of the lines in _byLength's order: the band of lengths is searched in them, not through the blocks.
    private int[]? _sortedLengths;
    private double[]? _logChars;
    private double[]? _stopShare;

    /// <summary>log(1 + chars) / 6 of each line, as the line model reads it for the line and its neighbours: computed once.</summary>
    public ReadOnlySpan<double> LogChars => _logChars ??= Array.ConvertAll(Stats, s => Math.Log(1 + s.Chars) / 6);

    /// <summary>The share of stopwords among each line's words, as the line model reads it: computed once.</summary>
    public ReadOnlySpan<double> StopShare => _stopShare ??= Array.ConvertAll(Stats, s => (double)s.Stop / Math.Max(s.Words, 1));

    /// <summary>
    /// "Von München bis Aachen: Im Netz der China-Agenten" opens with a byline word, but four words or more
    /// after a colon make it a headline ("From … : …"); a byline's colon comes after the byline word.
    /// </summary>
    private static bool IsColonHeadline(string text)
    {
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0 || colon < text.IndexOf(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var words = 0;
        for (var i = colon + 2; i < text.Length; i++)
        {
            words += text[i] != ' ' && (i == colon + 2 || text[i - 1] == ' ') ? 1 : 0;
        }

        return words >= 4;
    }

    /// <summary>The topic words (hashes) of the lines of 3 to <see cref="MaxEchoWords"/> words: line i's are wordsOf[wordsFrom[i]..wordsFrom[i + 1]].</summary>
    private int[]? _wordsFrom;
    private List<int>? _wordsOf;

    /// <summary>A hash table of those words: heads of chains by hash bucket, and each word's next in its chain.</summary>
    private int[]? _bucket;
    private int[]? _chain;

    /// <summary>The line of each word in <see cref="_wordsOf"/>.</summary>
    private int[]? _lineOf;
    private int[]? _shared;
    private readonly List<int> _touched = [];

    /// <summary>Echoes are short lines (breadcrumbs, share texts, lists); paragraphs are not read for them.</summary>
    private const int MaxEchoWords = 40;

    /// <summary>
    /// The largest share of line <paramref name="j"/>'s topic words (see <see cref="TitleFeatures.AddWords"/>)
    /// that another short line, worded differently and not beside it, also holds: a headline is echoed in
    /// other forms (the breadcrumb's "Kicker: Headline", a share text, a list of the site's articles), a
    /// standfirst or a caption seldom is. Words are compared by hash, in a table built once a page, so that
    /// each candidate reads only the lines sharing a word with it.
    /// </summary>
    public double EchoShare(int j) => Echo(j).Share;

    /// <summary>As <see cref="EchoShare"/>, with the line that echoes line j most (-1 when none).</summary>
    public (double Share, int Line) Echo(int j)
    {
        if (_wordsOf is null)
        {
            IndexTopicWords();
        }

        var (from, to) = (_wordsFrom![j], _wordsFrom[j + 1]);
        if (to - from < 3)
        {
            return (0, -1);
        }

        var words = _wordsOf!;
        var (bucket, chain, lineOf, shared) = (_bucket!, _chain!, _lineOf!, _shared!);
        var touched = _touched;
        touched.Clear();
        var best = 0;
        var bestLine = -1;
        for (var w = from; w < to; w++)
        {
            var word = words[w];
            for (var e = bucket[word & (bucket.Length - 1)]; e >= 0; e = chain[e])
            {
                var i = lineOf[e];
                if (words[e] != word || Math.Abs(i - j) <= 2 || _wordsFrom[i + 1] - _wordsFrom[i] < 2 || FirstSeen[i] == FirstSeen[j])
                {
                    continue;
                }

                if (shared[i]++ == 0)
                {
                    touched.Add(i);
                }

                if (shared[i] > best)
                {
                    (best, bestLine) = (shared[i], i);
                }
            }
        }

        foreach (var i in touched)
        {
            shared[i] = 0;
        }

        return ((double)best / (to - from), bestLine);
    }

    private void IndexTopicWords()
    {
        _wordsFrom = new int[Count + 1];
        _wordsOf = [];
        var hashes = new List<int>();
        for (var i = 0; i < Count; i++)
        {
            _wordsFrom[i] = _wordsOf.Count;
            if (Stats[i].Words is >= 3 and <= MaxEchoWords)
            {
                // A repeated line (menus, share texts) has the words of its first copy: copied, not hashed again.
                // (Long lines are told apart by their first 200 characters only, hence the compare.)
                var first = FirstSeen[i];
                if (first != i && Blocks[first].Text == Blocks[i].Text)
                {
                    for (var e = _wordsFrom[first]; e < _wordsFrom[first + 1]; e++)
                    {
                        _wordsOf.Add(_wordsOf[e]);
                    }

                    continue;
                }

                TitleFeatures.WordHashes(Blocks[i].Text, hashes);
                _wordsOf.AddRange(hashes);
            }
        }

        _wordsFrom[Count] = _wordsOf.Count;
        var n = _wordsOf.Count;
        _bucket = new int[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(2 * n, 16))];
        Array.Fill(_bucket, -1);
        _chain = new int[n];
        _lineOf = new int[n];
        _shared = new int[Count];
        for (var i = 0; i < Count; i++)
        {
            for (var e = _wordsFrom[i]; e < _wordsFrom[i + 1]; e++)
            {
                var slot = _wordsOf[e] & (_bucket.Length - 1);
                _chain[e] = _bucket[slot];
                _bucket[slot] = e;
                _lineOf[e] = i;
            }
        }
    }

    /// <summary>
    /// Whether a line longer than <paramref name="line"/> and at most four times its length, other than line
    /// <paramref name="j"/>, contains it. Only that length band is searched, in the lines sorted by length
    /// once a page: asked of every headline candidate, a scan of the whole page each time would be quadratic.
    /// </summary>
    public bool RecursInLongerLine(int j, string line)
    {
        if (_byLength is null)
        {
            _byLength = new int[Count];
            _sortedLengths = new int[Count];
            for (var i = 0; i < _sortedLengths.Length; i++)
            {
                _byLength[i] = i;
                _sortedLengths[i] = Blocks[i].Text.Length;
            }

            Array.Sort(_sortedLengths, _byLength);
        }

        var lengths = _sortedLengths!;
        int lo = 0, hi = lengths.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (lengths[mid] > line.Length)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        for (var k = lo; k < lengths.Length && lengths[k] <= 4 * line.Length; k++)
        {
            var i = _byLength[k];
            if (i != j && Blocks[i].Text.Contains(line, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public int LastProse { get; private set; } = -1;

    private int _nextQuery = int.MaxValue;
    private int _nextAnswer = -1;

    /// <summary>
    /// The first line below j that is prose labelled as text (-1 when none). The headline's candidates ask in
    /// the order of the page, so the last answer serves every line above it: the page is read once, not once a
    /// candidate. Asked only once the labels are set.
    /// </summary>
    public int NextTextParagraph(int j)
    {
        if (j >= _nextQuery && (j < _nextAnswer || _nextAnswer < 0))
        {
            return _nextAnswer;
        }

        _nextQuery = j;
        _nextAnswer = -1;
        for (var i = j + 1; i < Count; i++)
        {
            if (IsProse[i] && Blocks[i].Label.IsContent())
            {
                _nextAnswer = i;
                break;
            }
        }

        return _nextAnswer;
    }

    private void MarkMainRun()
    {
        double best = double.MinValue, current = 0;
        int bestStart = 0, bestEnd = -1, start = 0;
        for (var i = 0; i < Count; i++)
        {
            if (IsProse[i] && FirstSeen[i] == i)
            {
                FirstProse = FirstProse < 0 ? i : FirstProse;
                LastProse = i;
            }

            var w = Weight(i);
            if (current <= 0)
            {
                current = 0;
                start = i;
            }

            current += w;
            if (current > best)
            {
                best = current;
                bestStart = start;
                bestEnd = i;
            }
        }

        for (var i = bestStart; i <= bestEnd; i++)
        {
            InRun[i] = true;
        }

        (_runStart, _runEnd) = (bestStart, bestEnd);
    }

    private double Weight(int i)
    {
        if (Phrase[i] is not null || FirstSeen[i] != i)
        {
            return -2;
        }

        var s = Stats[i];
        if (IsProse[i])
        {
            return Math.Min(s.Chars, 600) / 80.0;
        }

        return s.Words <= 3 ? -1 : -0.5;
    }
}
