using Prasa.Lexicons;

namespace Prasa.Text;

/// <summary>
/// Function words per language (Lexicons/stopwords.txt): the share of them in a line is the surest
/// language-independent mark of running prose, and their counts over a dump tell its language.
/// Looked up for every word of every line, in a <see cref="WordTable"/>.
/// </summary>
public sealed class Stopwords
{
    private readonly List<string> _languages = [];
    private readonly Dictionary<string, int> _languageOf = new(StringComparer.Ordinal);
    private readonly WordTable _table;
    private Combined? _combined;

    /// <summary>This list and another in one table, so that a word is looked up once for both (see <see cref="WithOther"/>).</summary>
    private sealed class Combined(Stopwords other, WordTable table)
    {
        public Stopwords Other { get; } = other;

        public WordTable Table { get; } = table;
    }

    public static Stopwords Default { get; } = new(LexiconFile.Read("stopwords.txt"));

    public Stopwords(IEnumerable<(string Language, string Words)> rows)
    {
        var languageOf = _languageOf;
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

        _table = new WordTable(languageOf);
    }

    public IReadOnlyList<string> Languages => _languages;

    /// <summary>The language index of a lower-case word: -1 for a word shared by languages, -2 for no stopword.</summary>
    public int Find(ReadOnlySpan<char> lowerWord) => Find(lowerWord, WordTable.Hash(lowerWord));

    /// <summary><see cref="Find(ReadOnlySpan{char})"/> with the word's <see cref="WordTable.Hash"/> known.</summary>
    public int Find(ReadOnlySpan<char> lowerWord, uint hash) => _table.TryGetValue(lowerWord, hash, out var lang) ? lang : -2;

    /// <summary>Marks a word of the other list in a <see cref="WithOther"/> value.</summary>
    public const int InOther = 1 << 16;

    /// <summary>
    /// The words of this list and of another in one table: the value is this list's <see cref="Find(ReadOnlySpan{char})"/>
    /// plus 2 (0: not here), with <see cref="InOther"/> added when the other list holds the word. Built once
    /// per other list and kept (threads racing build the same table).
    /// </summary>
    public WordTable WithOther(Stopwords other)
    {
        if (_combined is { } c && ReferenceEquals(c.Other, other))
        {
            return c.Table;
        }

        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, lang) in _languageOf)
        {
            values[word] = lang + 2;
        }

        foreach (var word in other._languageOf.Keys)
        {
            values[word] = values.GetValueOrDefault(word) | InOther;
        }

        var table = new WordTable(values);
        _combined = new Combined(other, table);
        return table;
    }
}
