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
    private readonly WordTable _table;

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

        _table = new WordTable(languageOf);
    }

    public IReadOnlyList<string> Languages => _languages;

    /// <summary>The language index of a lower-case word: -1 for a word shared by languages, -2 for no stopword.</summary>
    public int Find(ReadOnlySpan<char> lowerWord) => Find(lowerWord, WordTable.Hash(lowerWord));

    /// <summary><see cref="Find(ReadOnlySpan{char})"/> with the word's <see cref="WordTable.Hash"/> known.</summary>
    public int Find(ReadOnlySpan<char> lowerWord, uint hash) => _table.TryGetValue(lowerWord, hash, out var lang) ? lang : -2;
}
