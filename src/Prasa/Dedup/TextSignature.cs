using System.Buffers.Binary;

namespace Prasa.Dedup;

/// <summary>
/// What the duplicate index keeps of an article's main text: a sketch of <see cref="Size"/> one-byte
/// MinHash values over word 5-shingles (b-bit MinHash with b = 8: the lowest byte of each minimum).
/// Two texts of Jaccard similarity J agree on a byte with probability J + (1 − J)/256, so the sketch both
/// finds candidates (its <see cref="Bands"/> bands of <see cref="Rows"/> bytes are the LSH keys) and
/// verifies them (the share of agreeing bytes estimates J). Computed per page in bounded memory (the
/// minima are fixed-size, shingles stream through); words compare lower-cased, punctuation and spacing
/// do not count, so an exact copy has the same sketch.
/// </summary>
public sealed class TextSignature
{
    /// <summary>Words per shingle.</summary>
    public const int ShingleWords = 5;

    /// <summary>LSH bands. A pair of similarity J shares one of 6 bands of 4 bytes with probability
    /// 1 − (1 − J⁴)⁶: 0.96 at J = 0.8, 0.81 at 0.7, 0.32 at 0.5, 0.05 at 0.3.</summary>
    public const int Bands = 6;

    public const int Rows = 4;

    /// <summary>Bytes of the sketch: <see cref="Bands"/> × <see cref="Rows"/>.</summary>
    public const int Size = Bands * Rows;

    /// <summary>
    /// Agreeing bytes a candidate needs to be a near copy: 16 of 24 (two thirds; an estimated J of about
    /// 0.66). With the band it was found by, a pair is joined with probability about 0.94 at J = 0.8,
    /// 0.67 at 0.7 and 0.07 at 0.5 (simulated; docs/corpus-runs.md) — a threshold near 0.7, the 0.7–0.8
    /// band corpus pipelines use.
    /// </summary>
    public const int MinAgreeing = 16;

    private static readonly ulong[] Seeds = MakeSeeds();

    private readonly byte[] _sketch;

    private TextSignature(byte[] sketch, int words)
    {
        _sketch = sketch;
        Words = words;
    }

    public ReadOnlySpan<byte> Sketch => _sketch;

    public int Words { get; }

    /// <summary>The LSH key of a band: its four bytes.</summary>
    public uint BandKey(int band) => BinaryPrimitives.ReadUInt32LittleEndian(_sketch.AsSpan(band * Rows));

    /// <summary>The signature of a text, or null when it has no words to compare.</summary>
    public static TextSignature? Of(string text)
    {
        Span<ulong> mins = stackalloc ulong[Size];
        mins.Fill(ulong.MaxValue);
        Span<ulong> window = stackalloc ulong[ShingleWords];
        var words = 0;
        var exact = 0xcbf29ce484222325UL;
        var shingles = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            var word = 0xcbf29ce484222325UL;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                word = (word ^ Lexicons.InvariantLower.Of(text[i])) * 0x100000001b3UL;
                i++;
            }

            exact = Mix(exact ^ word) * 0x100000001b3UL;
            window[words % ShingleWords] = word;
            words++;
            if (words >= ShingleWords)
            {
                AddShingle(mins, Shingle(window, words));
                shingles++;
            }
        }

        if (words == 0)
        {
            return null;
        }

        if (shingles == 0)
        {
            // A text shorter than one shingle is its own single shingle.
            AddShingle(mins, exact);
        }

        var sketch = new byte[Size];
        for (var k = 0; k < Size; k++)
        {
            sketch[k] = (byte)mins[k];
        }

        return new TextSignature(sketch, words);
    }

    private static ulong Shingle(ReadOnlySpan<ulong> window, int words)
    {
        // The window is circular; combine from its oldest word so the hash depends on word order.
        var h = 0x84222325cbf29ce4UL;
        for (var k = 0; k < ShingleWords; k++)
        {
            h = Mix(h ^ window[(words + k) % ShingleWords]);
        }

        return h;
    }

    private static void AddShingle(Span<ulong> mins, ulong shingle)
    {
        for (var k = 0; k < mins.Length; k++)
        {
            var v = Mix(shingle ^ Seeds[k]);
            if (v < mins[k])
            {
                mins[k] = v;
            }
        }
    }

    /// <summary>The splitmix64 finaliser: a cheap, well-mixing 64-bit permutation.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
        return z ^ (z >> 31);
    }

    private static ulong[] MakeSeeds()
    {
        // Fixed seeds: the same text gives the same signature in every run and on every machine.
        var seeds = new ulong[Size];
        var s = 0x2545F4914F6CDD1DUL;
        for (var k = 0; k < seeds.Length; k++)
        {
            s += 0x9E3779B97F4A7C15UL;
            seeds[k] = Mix(s);
        }

        return seeds;
    }
}
