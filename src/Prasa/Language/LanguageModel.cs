using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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

    /// <summary>Length of the score vectors and the trigram rows: the model count rounded up to whole blocks (<see cref="Block"/>).</summary>
    public int Width { get; private set; }

    // Packed trigram → where its row of weights starts in Rows, in a flat open-addressing table: one probe
    // or two per character of the sample.
    private Trigram[] _trigrams = [];
    private int _trigramMask;

    private struct Trigram
    {
        public long Key;
        public int Row;
    }

    // The (model, weight) entries of stopwords.
    private Entry[] _entries = [];

    private struct Entry
    {
        public int Model;
        public float Weight;
    }

    /// <summary>The number of scores a scorer holds at once (in registers): <see cref="Width"/> is a whole number of blocks.</summary>
    public const int Block = 64;

    /// <summary>
    /// Every listed trigram's log-odds against an unlisted one as a dense row of <see cref="Width"/> floats,
    /// 0 where a model does not list it: a scorer keeps a block of scores in registers and adds a row in a
    /// few vector additions, with no stores. Adding 0 leaves a score exactly as it was.
    /// </summary>
    public float[] Rows { get; private set; } = [];

    /// <summary>Where a packed trigram's row starts in <see cref="Rows"/>, or -1 for a trigram no model lists.</summary>
    public int RowOf(long key)
    {
        ref var table = ref MemoryMarshal.GetArrayDataReference(_trigrams);
        for (var i = Slot(key); ; i = (i + 1) & _trigramMask)
        {
            // The slot is masked into the table: no bounds check needed.
            ref readonly var t = ref Unsafe.Add(ref table, i);
            if (t.Key == key)
            {
                return t.Row;
            }

            if (t.Key == 0)
            {
                return -1;
            }
        }
    }

    /// <summary>
    /// Adds a stopword's log-odds (its number in <see cref="Stopwords"/>) to the scores of the models that list
    /// it, of the block of models from <paramref name="first"/> on whose scores <paramref name="block"/> holds.
    /// </summary>
    public void AddStopword(int stopword, Span<float> block, int first)
    {
        foreach (ref readonly var e in _entries.AsSpan(_stopwordFrom[stopword], _stopwordCount[stopword]))
        {
            if (e.Model >= first && e.Model < first + block.Length)
            {
                block[e.Model - first] += e.Weight;
            }
        }
    }

    private int Slot(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15UL)) >> 40) & _trigramMask;

    /// <summary>Word → its number for <see cref="AddStopword"/>: log-odds against a non-stopword.</summary>
    public Lexicons.WordTable Stopwords { get; private set; } = new([]);

    private int[] _stopwordFrom = [];
    private int[] _stopwordCount = [];

    public static long Pack(char a, char b, char c) => ((long)a << 32) | ((long)b << 16) | c;

    /// <summary>The model file writes a trigram's spaces as underscores.</summary>
    private static char Spaced(char c) => c == '_' ? ' ' : c;

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
                        var g = grams[rank];
                        if (g.Length != 3)
                        {
                            continue;
                        }

                        var p = ListedTrigramMass / ((rank + RankOffset) * harmonic);
                        var key = Pack(Spaced(g[0]), Spaced(g[1]), Spaced(g[2]));
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

        // A few dozen ranges, whose starts differ: sorted by insertion here, with no generic sorter to compile at start-up.
        for (var i = 1; i < model.Ranges.Count; i++)
        {
            var range = model.Ranges[i];
            var j = i - 1;
            for (; j >= 0 && model.Ranges[j].From > range.From; j--)
            {
                model.Ranges[j + 1] = model.Ranges[j];
            }

            model.Ranges[j + 1] = range;
        }

        for (var c = 0; c < 65536; c++)
        {
            model._scriptTable[c] = char.IsLetter((char)c) ? (byte)(model.SearchScript((char)c) + 1) : (byte)0;
        }

        // Whole blocks of scores, as the scorer holds them.
        model.Width = (model.Languages.Count + Block - 1) / Block * Block;
        var models = new List<int>();
        var weights = new List<float>();
        model.BuildTrigrams(trigramLists);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var from = new List<int>();
        var count = new List<int>();
        var row = new float[model.Languages.Count];

        // The models of each language code (two for a language written in two scripts), looked up once a code, not compared with every model's for each stopword.
        var modelsOf = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var m = 0; m < model.Languages.Count; m++)
        {
            if (!modelsOf.TryGetValue(model.Languages[m], out var ofLanguage))
            {
                modelsOf[model.Languages[m]] = ofLanguage = [];
            }

            ofLanguage.Add(m);
        }

        foreach (var (k, v) in stopLists)
        {
            Array.Clear(row);
            foreach (var (lang, w) in v)
            {
                if (modelsOf.TryGetValue(lang, out var ofLanguage))
                {
                    foreach (var m in ofLanguage)
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
        model._entries = new Entry[models.Count];
        for (var e = 0; e < models.Count; e++)
        {
            model._entries[e] = new Entry { Model = models[e], Weight = weights[e] };
        }

        if (models.Exists(m => m < 0 || m >= model.Width))
        {
            throw new InvalidOperationException("language model entry outside the score vector");
        }
        return model;
    }

    private void BuildTrigrams(Dictionary<long, List<(int Model, float Weight)>> lists)
    {
        var size = 1024;
        while (size < lists.Count * 2)
        {
            size *= 2;
        }

        _trigrams = new Trigram[size];
        _trigramMask = size - 1;
        var rows = new float[lists.Count * Width];
        var n = 0;
        foreach (var (key, list) in lists)
        {
            // A model listing a trigram twice keeps its last weight.
            foreach (var (m, w) in list)
            {
                rows[(n * Width) + m] = w;
            }

            var i = Slot(key);
            while (_trigrams[i].Key != 0)
            {
                i = (i + 1) & _trigramMask;
            }

            _trigrams[i] = new Trigram { Key = key, Row = n * Width };
            n++;
        }

        Rows = rows;
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
