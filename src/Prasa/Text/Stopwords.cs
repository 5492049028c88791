using Prasa.Lexicons;

namespace Prasa.Text;

/// <summary>
/// Function words per language (Lexicons/stopwords.txt): the share of them in a line is the surest
/// language-independent mark of running prose, and their counts over a dump tell its language.
/// Looked up for every word of every line, so the words sit in a flat open-addressing table keyed by a
/// hash the caller may compute while it reads the word (<see cref="Step"/>), and a miss, the usual case,
/// costs one or two integer compares.
/// </summary>
public sealed class Stopwords
{
    /// <summary>The hash of the empty word; <see cref="Step"/> adds one character.</summary>
    public const uint Seed = 2166136261;

    private readonly List<string> _languages = [];
    private readonly string[] _keys;
    private readonly uint[] _hashes;
    private readonly int[] _values;
    private readonly int _mask;

    public static Stopwords Default { get; } = new(LexiconFile.Read("stopwords.txt"));

    public Stopwords(IEnumerable<(string Language, string Words)> rows)
    {
        var languageOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (lang, words) in rows)
        {
            var index = _languages.IndexOf(lang);
            if (index < 0)
            {
                index = _languages.Count;
                _languages.Add(lang);
            }

            foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // A word shared by several languages ("in", "die") counts as a stopword for all of them
                // but tells no language apart: it is kept with the mark -1.
                languageOf[w] = languageOf.TryGetValue(w, out var seen) && seen != index ? -1 : index;
            }
        }

        var size = 16;
        while (size < languageOf.Count * 4)
        {
            size *= 2;
        }

        _keys = new string[size];
        _hashes = new uint[size];
        _values = new int[size];
        _mask = size - 1;
        foreach (var (word, lang) in languageOf)
        {
            var h = Hash(word);
            var i = (int)(h & (uint)_mask);
            while (_keys[i] is not null)
            {
                i = (i + 1) & _mask;
            }

            _keys[i] = word;
            _hashes[i] = h;
            _values[i] = lang;
        }
    }

    public IReadOnlyList<string> Languages => _languages;

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

    /// <summary>The language index of a lower-case word: -1 for a word shared by languages, -2 for no stopword.</summary>
    public int Find(ReadOnlySpan<char> lowerWord) => Find(lowerWord, Hash(lowerWord));

    /// <summary><see cref="Find(ReadOnlySpan{char})"/> with the word's <see cref="Hash(ReadOnlySpan{char})"/> known.</summary>
    public int Find(ReadOnlySpan<char> lowerWord, uint hash)
    {
        for (var i = (int)(hash & (uint)_mask); ; i = (i + 1) & _mask)
        {
            var key = _keys[i];
            if (key is null)
            {
                return -2;
            }

            if (_hashes[i] == hash && lowerWord.SequenceEqual(key))
            {
                return _values[i];
            }
        }
    }
}
