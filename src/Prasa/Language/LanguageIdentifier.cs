using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Prasa.Language;

/// <summary>
/// Tells the language of a text: the script decides when one language writes it (Hangul, Greek, Thai…);
/// otherwise a naive-Bayes score over character trigrams and stopwords of the languages that write
/// the script. A declared language (html lang, Content-Language) is a hint that wins only when the text
/// fits it nearly as well as the best language. Deterministic; no allocation per character.
/// </summary>
public static class LanguageIdentifier
{
    /// <summary>Text beyond this many characters adds little and costs time.</summary>
    public const int SampleLength = 2000;

    /// <summary>Fewer letters than this say too little; the hint, if any, is returned.</summary>
    private const int MinLetters = 12;

    /// <summary>How much worse, per trigram, the hinted language may fit and still win.</summary>
    private const double HintMargin = 0.35;

    /// <summary>The ISO 639-1 code of the text's language, or null when there is too little text.</summary>
    public static string? Identify(string? text, string? hint = null)
    {
        var model = LanguageModel.Instance;
        hint = Normalise(hint);
        if (string.IsNullOrEmpty(text))
        {
            return hint;
        }

        var sample = text.AsSpan(0, Math.Min(text.Length, SampleLength));
        Span<int> scriptCounts = stackalloc int[model.Scripts.Count];
        var letters = 0;
        foreach (var c in sample)
        {
            var s = model.LetterScript(c);
            if (s >= 0)
            {
                scriptCounts[s]++;
                letters++;
            }
        }

        if (letters < MinLetters)
        {
            return hint;
        }

        var script = 0;
        for (var i = 1; i < scriptCounts.Length; i++)
        {
            if (scriptCounts[i] > scriptCounts[script])
            {
                script = i;
            }
        }

        script = JapaneseOverChinese(model, scriptCounts, script);
        if (model.Single.TryGetValue(script, out var only))
        {
            return only;
        }

        return Score(model, sample, script, hint);
    }

    /// <summary>Japanese mixes kana into Han; Chinese has none.</summary>
    private static int JapaneseOverChinese(LanguageModel model, Span<int> counts, int script)
    {
        var han = model.Scripts.IndexOf("Han");
        var kana = model.Scripts.IndexOf("Kana");
        return script == han && kana >= 0 && counts[kana] * 20 >= counts[han] ? kana : script;
    }

    private static string? Score(LanguageModel model, ReadOnlySpan<char> sample, int script, string? hint)
    {
        Span<float> scores = stackalloc float[model.Width];
        var trigrams = 0;
        for (var first = 0; first < model.Width; first += LanguageModel.Block)
        {
            trigrams = ScoreBlock(model, sample, scores.Slice(first, LanguageModel.Block), first);
        }

        var best = -1;
        var hinted = -1;
        for (var m = 0; m < model.Languages.Count; m++)
        {
            if (model.ModelScript[m] != script)
            {
                continue;
            }

            if (best < 0 || scores[m] > scores[best])
            {
                best = m;
            }

            if (model.Languages[m] == hint)
            {
                hinted = m;
            }
        }

        if (best < 0)
        {
            return hint;
        }

        if (hinted >= 0 && (scores[best] - scores[hinted]) / Math.Max(1, trigrams) <= HintMargin)
        {
            return hint;
        }

        return model.Languages[best];
    }

    /// <summary>
    /// Adds the sample's trigram and stopword log-odds to one block of models' scores, in the sample's order.
    /// The block's scores stay in eight vector registers: a trigram's row adds in eight vector additions
    /// where adding to scores in memory waited, trigram after trigram, for the last one's stores. Returns
    /// the trigrams read.
    /// </summary>
    private static int ScoreBlock(LanguageModel model, ReadOnlySpan<char> sample, Span<float> block, int first)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(block.Length, LanguageModel.Block);
        var (s0, s1, s2, s3) = (Vector256<float>.Zero, Vector256<float>.Zero, Vector256<float>.Zero, Vector256<float>.Zero);
        var (s4, s5, s6, s7) = (Vector256<float>.Zero, Vector256<float>.Zero, Vector256<float>.Zero, Vector256<float>.Zero);
        ref var rows = ref MemoryMarshal.GetArrayDataReference(model.Rows);
        ref var held = ref MemoryMarshal.GetReference(block);
        Span<char> word = stackalloc char[32];
        var stopwords = model.Stopwords;
        var hash = Lexicons.WordTable.Seed;
        char a = ' ', b = ' ';
        var wordLength = 0;
        var trigrams = 0;
        for (var i = 0; i <= sample.Length; i++)
        {
            var c = i < sample.Length ? sample[i] : ' ';
            c = c < 128 ? (char.IsAsciiLetter(c) ? (char)(c | 0x20) : ' ') : model.LowerLetter(c);
            if (c == ' ' && b == ' ')
            {
                continue;
            }

            if (c == ' ')
            {
                if (wordLength is > 0 and <= 32 && stopwords.TryGetValue(word[..wordLength], hash, out var stop))
                {
                    // A stopword's few entries go through memory: out of the registers and back.
                    Store(ref held, s0, s1, s2, s3, s4, s5, s6, s7);
                    model.AddStopword(stop, block, first);
                    (s0, s1, s2, s3) = (Vector256.LoadUnsafe(ref held), Vector256.LoadUnsafe(ref held, 8), Vector256.LoadUnsafe(ref held, 16), Vector256.LoadUnsafe(ref held, 24));
                    (s4, s5, s6, s7) = (Vector256.LoadUnsafe(ref held, 32), Vector256.LoadUnsafe(ref held, 40), Vector256.LoadUnsafe(ref held, 48), Vector256.LoadUnsafe(ref held, 56));
                }

                wordLength = 0;
                hash = Lexicons.WordTable.Seed;
            }
            else if (wordLength < 32)
            {
                word[wordLength++] = c;
                hash = Lexicons.WordTable.Step(hash, c);
            }
            else
            {
                wordLength = 33;
            }

            var row = model.RowOf(LanguageModel.Pack(a, b, c));
            if (row >= 0)
            {
                // Rows are Width floats long and the block lies within them: the eight loads stay in the array.
                ref var r = ref Unsafe.Add(ref rows, row + first);
                s0 += Vector256.LoadUnsafe(ref r);
                s1 += Vector256.LoadUnsafe(ref r, 8);
                s2 += Vector256.LoadUnsafe(ref r, 16);
                s3 += Vector256.LoadUnsafe(ref r, 24);
                s4 += Vector256.LoadUnsafe(ref r, 32);
                s5 += Vector256.LoadUnsafe(ref r, 40);
                s6 += Vector256.LoadUnsafe(ref r, 48);
                s7 += Vector256.LoadUnsafe(ref r, 56);
            }

            trigrams++;
            a = b;
            b = c;
        }

        Store(ref held, s0, s1, s2, s3, s4, s5, s6, s7);
        return trigrams;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(ref float to, Vector256<float> s0, Vector256<float> s1, Vector256<float> s2, Vector256<float> s3,
        Vector256<float> s4, Vector256<float> s5, Vector256<float> s6, Vector256<float> s7)
    {
        s0.StoreUnsafe(ref to);
        s1.StoreUnsafe(ref to, 8);
        s2.StoreUnsafe(ref to, 16);
        s3.StoreUnsafe(ref to, 24);
        s4.StoreUnsafe(ref to, 32);
        s5.StoreUnsafe(ref to, 40);
        s6.StoreUnsafe(ref to, 48);
        s7.StoreUnsafe(ref to, 56);
    }

    /// <summary>"pl-PL", "en_US", "de, en" → "pl", "en", "de"; anything else → null.</summary>
    public static string? Normalise(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var code = value.Trim().Split('-', '_', ',', ';', ' ')[0].ToLowerInvariant();
        code = code switch
        {
            "nb" or "nn" => "no",
            "iw" => "he",
            "in" => "id",
            _ => code,
        };
        return code.Length is 2 or 3 && code.All(char.IsAsciiLetterLower) ? code : null;
    }
}
