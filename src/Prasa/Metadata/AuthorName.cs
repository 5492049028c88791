using System.Text.RegularExpressions;

namespace Prasa.Metadata;

/// <summary>Cleans an author value into a person's name, or rejects it (URLs, site names, "Redakcja").</summary>
public static partial class AuthorName
{
    [GeneratedRegex(@"^(?:by|von|par|por|autor|author)\s*[:\-]?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    public static string? Clean(string name)
    {
        var s = Prefix().Replace(name.Trim(), "").Trim(' ', ',', ';', '.', '|', '-');
        s = string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (s.Length < 3 || s.Length > 60 || s.Contains("://", StringComparison.Ordinal) || s.Contains('@'))
        {
            return null;
        }

        return s;
    }
}
