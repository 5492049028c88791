using Prasa.Lexicons;

namespace Prasa.Text;

/// <summary>
/// Function words per language (Lexicons/stopwords.txt): the share of them in a line is the surest
/// language-independent mark of running prose, and their counts over a dump tell its language.
/// </summary>
public sealed class Stopwords
{
    private readonly Dictionary<string, int> _languageOf = new(StringComparer.Ordinal);
    private readonly List<string> _languages = [];
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public static Stopwords Default { get; } = new(LexiconFile.Read("stopwords.txt"));

    public Stopwords(IEnumerable<(string Language, string Words)> rows)
    {
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
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
                _languageOf[w] = _languageOf.TryGetValue(w, out var seen) && seen != index ? -1 : index;
            }
        }

        _lookup = _languageOf.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<string> Languages => _languages;

    /// <summary>The language index of a lower-case word: -1 for a word shared by languages, -2 for no stopword.</summary>
    public int Find(ReadOnlySpan<char> lowerWord) => _lookup.TryGetValue(lowerWord, out var lang) ? lang : -2;
}
