using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Prasa.Language;

/// <summary>
/// The language-identification model read from the embedded langid.txt (built by
/// tools/langid/build_model.py): script ranges, scripts written by one language, ranked trigrams and
/// stopwords per language. Read once; immutable after.
/// </summary>
internal sealed class LanguageModel
{
    /// <summary>Share of a text's trigram tokens that a language's 300 listed trigrams cover, roughly.</summary>
    private const double ListedTrigramMass = 0.4;

    /// <summary>Distinct trigrams assumed for the unlisted rest.</summary>
    private const double UnlistedTrigrams = 20000;

    /// <summary>Share of running words that are stopwords, roughly.</summary>
    private const double StopwordMass = 0.35;

    /// <summary>Distinct words assumed for the non-stopword rest.</summary>
    private const double OtherWords = 200000;

    /// <summary>Zipf offset: rank r gets weight 1/(r + RankOffset).</summary>
    private const double RankOffset = 10;

    public static LanguageModel Instance { get; } = Load();

    /// <summary>Script names, indexed by script id.</summary>
    public List<string> Scripts { get; } = [];

    /// <summary>Sorted code point ranges with their script id.</summary>
    public List<(int From, int To, int Script)> Ranges { get; } = [];

    /// <summary>For scripts only one modelled language writes: script id → language code.</summary>
    public Dictionary<int, string> Single { get; } = [];

    /// <summary>Language codes of trigram models, indexed by model id.</summary>
    public List<string> Languages { get; } = [];

    /// <summary>Script id of each trigram model.</summary>
    public List<int> ModelScript { get; } = [];

    /// <summary>Length of the score vectors: the model count rounded up to whole SIMD vectors.</summary>
    public int Width { get; private set; }

    // Packed trigram → the models that list it, with their log-odds against an unlisted trigram. A
    // trigram is listed by two models on average, so the entries are kept sparse (model, weight) and the
    // keys in a flat open-addressing table: one probe or two per character of the sample. The few
    // trigrams that many models list (the commonest in text) are dense rows instead (see AddRow).
    private Trigram[] _trigrams = [];
    private int _trigramMask;

    private struct Trigram
    {
        public long Key;
        public int From;
        public int Count;
    }

    // The (model, weight) entries of trigrams and stopwords, side by side in one array.
    private Entry[] _entries = [];

    private struct Entry
    {
        public int Model;
        public float Weight;
    }

    /// <summary>Adds a packed trigram's log-odds to the scores of the models that list it.</summary>
    public void AddTrigram(long key, Span<float> scores)
    {
        ref var table = ref MemoryMarshal.GetArrayDataReference(_trigrams);
        for (var i = Slot(key); ; i = (i + 1) & _trigramMask)
        {
            // The slot is masked into the table: no bounds check needed.
            ref readonly var t = ref Unsafe.Add(ref table, i);
            if (t.Key == key)
            {
                if (t.Count < 0)
                {
                    AddRow(t.From, scores);
                }
                else
                {
                    AddEntries(t.From, t.Count, scores);
                }

                return;
            }

            if (t.Key == 0)
            {
                return;
            }
        }
    }

    /// <summary>Adds a stopword's log-odds (its number in <see cref="Stopwords"/>) to the scores of the models that list it.</summary>
    public void AddStopword(int stopword, Span<float> scores) => AddEntries(_stopwordFrom[stopword], _stopwordCount[stopword], scores);

    private void AddEntries(int from, int count, Span<float> scores)
    {
        // Entries name models below Width (checked when the model is built), so one length check covers them all.
        ArgumentOutOfRangeException.ThrowIfLessThan(scores.Length, Width);
        ref var score = ref MemoryMarshal.GetReference(scores);
        foreach (ref readonly var e in _entries.AsSpan(from, count))
        {
            Unsafe.Add(ref score, e.Model) += e.Weight;
        }
    }

    /// <summary>
    /// Adds a dense row of <see cref="Width"/> weights, whole vectors at a time. A model not listing the
    /// trigram has weight 0 there, and adding 0 leaves its score exactly as the sparse entries would.
    /// </summary>
    private void AddRow(int from, Span<float> scores)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scores.Length, Width);
        var row = _rows.AsSpan(from, Width);
        if (Vector512.IsHardwareAccelerated)
        {
            // Width is a whole number of 512-bit vectors (see Load): the same lane-wise sums in fewer steps.
            ref var s = ref MemoryMarshal.GetReference(scores);
            ref var r = ref MemoryMarshal.GetReference(row);
            for (var v = 0; v < Width; v += Vector512<float>.Count)
            {
                (Vector512.LoadUnsafe(ref s, (nuint)v) + Vector512.LoadUnsafe(ref r, (nuint)v))
                    .StoreUnsafe(ref s, (nuint)v);
            }

            return;
        }

        var lanes = System.Numerics.Vector<float>.Count;
        for (var v = 0; v < Width; v += lanes)
        {
            (new System.Numerics.Vector<float>(scores[v..]) + new System.Numerics.Vector<float>(row[v..])).CopyTo(scores[v..]);
        }
    }

    /// <summary>Trigrams that this many models list or more are kept as dense rows: common ones, where vector adds beat the entries one by one.</summary>
    private const int DenseFrom = 8;

    // The dense rows, Width floats each.
    private float[] _rows = [];

    private int Slot(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15UL)) >> 40) & _trigramMask;

    /// <summary>Word → its number for <see cref="AddStopword"/>: log-odds against a non-stopword.</summary>
    public Lexicons.WordTable Stopwords { get; private set; } = new([]);

    private int[] _stopwordFrom = [];
    private int[] _stopwordCount = [];

    public static long Pack(char a, char b, char c) => ((long)a << 32) | ((long)b << 16) | c;

    /// <summary>Script id + 1 of every UTF-16 code unit that is a letter (0: none, or no letter), for one array read per character.</summary>
    private readonly byte[] _scriptTable = new byte[65536];

    /// <summary>The script id of a letter; -1 for a character that is no letter or in no modelled script.</summary>
    public int LetterScript(char c) => _scriptTable[c] - 1;

    /// <summary>
    /// Every UTF-16 code unit as the scorer reads it: a letter lower-cased, anything else a space. Filled
    /// as characters are met (0: not yet), since lower-casing outside ASCII is a call into ICU per character.
    /// Threads racing on an entry write the same value.
    /// </summary>
    private readonly char[] _lowerLetter = new char[65536];

    public char LowerLetter(char c)
    {
        var l = _lowerLetter[c];
        if (l == 0)
        {
            l = char.IsLetter(c) ? char.ToLowerInvariant(c) : ' ';
            _lowerLetter[c] = l;
        }

        return l;
    }

    private int SearchScript(char c)
    {
        int lo = 0, hi = Ranges.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var r = Ranges[mid];
            if (c < r.From)
            {
                hi = mid - 1;
            }
            else if (c > r.To)
            {
                lo = mid + 1;
            }
            else
            {
                return r.Script;
            }
        }

        return -1;
    }

    private static LanguageModel Load()
    {
        var model = new LanguageModel();
        var trigramLists = new Dictionary<long, List<(int, float)>>();
        var stopLists = new Dictionary<string, List<(string, float)>>(StringComparer.Ordinal);
        using var stream = typeof(LanguageModel).Assembly.GetManifestResourceStream("Prasa.Language.langid.txt")
            ?? throw new InvalidOperationException("language model langid.txt is not embedded");
        using var reader = new StreamReader(stream);
        var unlisted = Math.Log((1 - ListedTrigramMass) / UnlistedTrigrams);
        var harmonic = 0.0;
        for (var r = 0; r < 300; r++)
        {
            harmonic += 1 / (r + RankOffset);
        }

        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            switch (f[0])
            {
                case "range":
                    var script = model.ScriptId(f[1]);
                    foreach (var range in f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        var dash = range.IndexOf('-', StringComparison.Ordinal);
                        model.Ranges.Add((int.Parse(range[..dash], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                            int.Parse(range[(dash + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture), script));
                    }

                    break;
                case "single":
                    model.Single[model.ScriptId(f[1])] = f[2];
                    break;
                case "tri":
                    var id = model.Languages.Count;
                    model.Languages.Add(f[1]);
                    model.ModelScript.Add(model.ScriptId(f[2]));
                    var grams = f[3].Split('|');
                    for (var rank = 0; rank < grams.Length; rank++)
                    {
                        var g = grams[rank].Replace('_', ' ');
                        if (g.Length != 3)
                        {
                            continue;
                        }

                        var p = ListedTrigramMass / ((rank + RankOffset) * harmonic);
                        var key = Pack(g[0], g[1], g[2]);
                        if (!trigramLists.TryGetValue(key, out var list))
                        {
                            trigramLists[key] = list = [];
                        }

                        list.Add((id, (float)(Math.Log(p) - unlisted)));
                    }

                    break;
                case "stop":
                    var words = f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    var weight = (float)(Math.Log(StopwordMass / words.Length) - Math.Log((1 - StopwordMass) / OtherWords));
                    foreach (var w in words)
                    {
                        if (!stopLists.TryGetValue(w, out var list))
                        {
                            stopLists[w] = list = [];
                        }

                        list.Add((f[1], weight));
                    }

                    break;
            }
        }

        model.Ranges.Sort((a, b) => a.From.CompareTo(b.From));
        for (var c = 0; c < 65536; c++)
        {
            model._scriptTable[c] = char.IsLetter((char)c) ? (byte)(model.SearchScript((char)c) + 1) : (byte)0;
        }

        // Whole 512-bit vectors, which are whole Vector<float>s too.
        var lanes = Math.Max(System.Numerics.Vector<float>.Count, Vector512<float>.Count);
        model.Width = (model.Languages.Count + lanes - 1) / lanes * lanes;
        var models = new List<int>();
        var weights = new List<float>();
        model.BuildTrigrams(trigramLists, models, weights);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var from = new List<int>();
        var count = new List<int>();
        var row = new float[model.Languages.Count];
        foreach (var (k, v) in stopLists)
        {
            Array.Clear(row);
            foreach (var (lang, w) in v)
            {
                for (var m = 0; m < model.Languages.Count; m++)
                {
                    if (model.Languages[m] == lang)
                    {
                        row[m] = w;
                    }
                }
            }

            index[k] = from.Count;
            from.Add(models.Count);
            AddEntries(row, models, weights);
            count.Add(models.Count - from[^1]);
        }

        model.Stopwords = new Lexicons.WordTable(index);
        model._stopwordFrom = [.. from];
        model._stopwordCount = [.. count];
        model._entries = models.Select((m, e) => new Entry { Model = m, Weight = weights[e] }).ToArray();
        if (models.Exists(m => m < 0 || m >= model.Width))
        {
            throw new InvalidOperationException("language model entry outside the score vector");
        }
        return model;
    }

    private void BuildTrigrams(Dictionary<long, List<(int Model, float Weight)>> lists, List<int> models, List<float> weights)
    {
        var size = 1024;
        while (size < lists.Count * 2)
        {
            size *= 2;
        }

        _trigrams = new Trigram[size];
        _trigramMask = size - 1;
        var row = new float[Languages.Count];
        var rows = new List<float>();
        foreach (var (key, list) in lists)
        {
            // A model listing a trigram twice keeps its last weight, as a dense row would.
            Array.Clear(row);
            foreach (var (m, w) in list)
            {
                row[m] = w;
            }

            var i = Slot(key);
            while (_trigrams[i].Key != 0)
            {
                i = (i + 1) & _trigramMask;
            }

            var from = models.Count;
            AddEntries(row, models, weights);
            if (models.Count - from >= DenseFrom)
            {
                // Count -1 marks a dense row at From.
                models.RemoveRange(from, models.Count - from);
                weights.RemoveRange(from, weights.Count - from);
                _trigrams[i] = new Trigram { Key = key, From = rows.Count, Count = -1 };
                rows.AddRange(row);
                rows.AddRange(new float[Width - row.Length]);
                continue;
            }

            _trigrams[i] = new Trigram { Key = key, From = from, Count = models.Count - from };
        }

        _rows = [.. rows];
    }

    /// <summary>The non-zero weights of a row as (model, weight) entries: adding a zero changes no score.</summary>
    private static void AddEntries(float[] row, List<int> models, List<float> weights)
    {
        for (var m = 0; m < row.Length; m++)
        {
            if (row[m] != 0)
            {
                models.Add(m);
                weights.Add(row[m]);
            }
        }
    }

    private int ScriptId(string name)
    {
        var i = Scripts.IndexOf(name);
        if (i < 0)
        {
            Scripts.Add(name);
            i = Scripts.Count - 1;
        }

        return i;
    }
}
