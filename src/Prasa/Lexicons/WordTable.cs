namespace Prasa.Lexicons;

/// <summary>
/// Words to numbers in a flat open-addressing table keyed by a hash the caller may compute while it reads
/// the word (<see cref="Step"/>): built for lookups of every word of a text, where a miss (the usual case)
/// should cost an integer compare or two, not a string hash and a dictionary's pointer chase.
/// </summary>
public sealed class WordTable
{
    /// <summary>The hash of the empty word; <see cref="Step"/> adds one character.</summary>
    public const uint Seed = 2166136261;

    // Hash, value and key side by side: a probe reads one entry, and the key only when the hash agrees.
    private readonly Entry[] _entries;
    private readonly int _mask;

    // One bit per value of the hash's upper 16 bits, set for the words of the table: 8 KB that stay in the
    // first-level cache, so that most words that are not in the table (the usual case) cost one bit test.
    private readonly ulong[] _filter = new ulong[1024];

    private struct Entry
    {
        public uint Hash;
        public int Value;
        public string? Key;
    }

    public WordTable(IReadOnlyCollection<KeyValuePair<string, int>> words)
    {
        var size = 16;
        while (size < words.Count * 2)
        {
            size *= 2;
        }

        _entries = new Entry[size];
        _mask = size - 1;
        foreach (var (word, value) in words)
        {
            var h = Hash(word);
            var i = (int)(h & (uint)_mask);
            while (_entries[i].Key is { } taken)
            {
                if (taken == word)
                {
                    throw new ArgumentException($"'{word}' is listed twice", nameof(words));
                }

                i = (i + 1) & _mask;
            }

            _entries[i] = new Entry { Hash = h, Value = value, Key = word };
            _filter[h >> 22] |= 1UL << (int)(h >> 16);
        }
    }

    /// <summary>The hash of a word after one more character (FNV-1a over UTF-16 code units).</summary>
    public static uint Step(uint hash, char c) => (hash ^ c) * 16777619;

    public static uint Hash(ReadOnlySpan<char> word)
    {
        var h = Seed;
        foreach (var c in word)
        {
            h = Step(h, c);
        }

        return h;
    }

    public bool TryGetValue(ReadOnlySpan<char> word, out int value) => TryGetValue(word, Hash(word), out value);

    /// <summary>Looks a word up by its <see cref="Hash(ReadOnlySpan{char})"/>, known already.</summary>
    /// <remarks>The filter's bit test is inlined into the caller's loop over the words; only words that pass it pay for a call.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ReadOnlySpan<char> word, uint hash, out int value)
    {
        if ((_filter[hash >> 22] & (1UL << (int)(hash >> 16))) == 0)
        {
            value = 0;
            return false;
        }

        return Probe(word, hash, out value);
    }

    private bool Probe(ReadOnlySpan<char> word, uint hash, out int value)
    {
        for (var i = (int)(hash & (uint)_mask); ; i = (i + 1) & _mask)
        {
            ref readonly var e = ref _entries[i];
            if (e.Key is null)
            {
                value = 0;
                return false;
            }

            if (e.Hash == hash && word.SequenceEqual(e.Key))
            {
                value = e.Value;
                return true;
            }
        }
    }
}
