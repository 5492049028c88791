using Prasa.Blocks;
using Prasa.Extraction;
using Prasa.Lexicons;

namespace Prasa.Text;

/// <summary>The data files text mode reads: its own line phrases, the shared ones and the stopwords.</summary>
public sealed class TextLexicons
{
    public static TextLexicons Default { get; } = new(
        new LineLexicon(LexiconFile.Read("text-lines.txt")), LineLexicon.Default, Stopwords.Default);

    public TextLexicons(LineLexicon textLines, LineLexicon sharedLines, Stopwords stopwords)
    {
        TextLines = textLines;
        SharedLines = sharedLines;
        Stopwords = stopwords;
    }

    public LineLexicon TextLines { get; }

    public LineLexicon SharedLines { get; }

    public Stopwords Stopwords { get; }

    /// <summary>The label a line's wording gives it, or null; the text-mode phrases win over the shared ones.</summary>
    public (Label Label, string Phrase)? Match(string text) => TextLines.Match(text, 100) ?? SharedLines.Match(text);
}
