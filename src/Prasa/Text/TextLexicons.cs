using Prasa.Blocks;
using Prasa.Lexicons;

namespace Prasa.Text;

/// <summary>The data files text mode reads: its own line phrases, then the shared ones, and the stopwords.</summary>
public sealed class TextLexicons
{
    public static TextLexicons Default { get; } = new(
        new PhraseMatcher().Add(LexiconFile.Read("text-lines.txt"), 100).Add(LexiconFile.Read("lines.txt"), 80), Stopwords.Default,
        new Stopwords(LexiconFile.Read("text-boilerplate-words.txt")));

    public TextLexicons(PhraseMatcher phrases, Stopwords stopwords, Stopwords boilerplateWords)
    {
        BoilerplateWords = boilerplateWords;
        Phrases = phrases;
        Stopwords = stopwords;
    }

    public PhraseMatcher Phrases { get; }

    public Stopwords Stopwords { get; }

    /// <summary>Words of cookie, subscription, comment and ad notices, in any language.</summary>
    public Stopwords BoilerplateWords { get; }

    /// <summary>The label a line's wording gives it, or null; the text-mode phrases win over the shared ones.</summary>
    public (Label Label, string Phrase)? Match(string text) => Phrases.Match(text);
}
