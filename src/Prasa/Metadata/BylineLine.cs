using System.Text.RegularExpressions;

namespace Prasa.Metadata;

/// <summary>Recognises byline lines ("By Jane Doe", "Autor: Jan Kowalski") and pulls the names out.</summary>
public static partial class BylineLine
{
    [GeneratedRegex(@"^\s*(?:by|von|par|por|di|door|autor(?:ka)?|autorzy|author|authors|opracowanie|oprac\.|text|tekst|written by|reported by)\s*[:\-–]?\s+(?<names>\p{Lu}.{1,150})$", RegexOptions.IgnoreCase)]
    private static partial Regex Byline();

    [GeneratedRegex(@"\s*(?:,|;|\band\b|\bund\b|\bi\b|\bet\b|\by\b|&)\s*")]
    private static partial Regex Separator();

    public static bool IsByline(string text) =>
        text.Length <= 160 && Byline().IsMatch(text)
        && (Extraction.Prose.Words(text) <= 12 || Extraction.Prose.SentenceEnds(text) == 0);

    /// <summary>The names of a byline line, or empty when the line is not one.</summary>
    public static IReadOnlyList<string> Names(string text)
    {
        var m = Byline().Match(text.Trim());
        if (!m.Success || text.Length > 100)
        {
            return [];
        }

        var names = m.Groups["names"].Value;
        var cut = names.IndexOfAny(['|', '•', '·', '\n']);
        if (cut > 0)
        {
            names = names[..cut];
        }

        return Separator().Split(names).Select(n => n.Trim(' ', '.', ':')).Where(n => n.Length > 1 && n.Length < 60 && char.IsUpper(n[0])).ToList();
    }
}
