using System.Globalization;
using System.Reflection;

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

    /// <summary>Packed trigram → (model id, log-odds against an unlisted trigram).</summary>
    public Dictionary<long, (int Model, float Weight)[]> Trigrams { get; } = [];

    /// <summary>Word → (language code, log-odds against a non-stopword).</summary>
    public Dictionary<string, (string Language, float Weight)[]> Stopwords { get; } = new(StringComparer.Ordinal);

    public static long Pack(char a, char b, char c) => ((long)a << 32) | ((long)b << 16) | c;

    public int ScriptOf(char c)
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
        foreach (var (k, v) in trigramLists)
        {
            model.Trigrams[k] = [.. v];
        }

        foreach (var (k, v) in stopLists)
        {
            model.Stopwords[k] = [.. v];
        }

        return model;
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
