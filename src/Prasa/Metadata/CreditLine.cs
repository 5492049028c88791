using Prasa.Lexicons;

namespace Prasa.Metadata;

/// <summary>Recognises photo credit lines: "Foto: AFP", "Fot. PAP/Leszek Szymański", "Getty Images", "© Reuters".</summary>
public static class CreditLine
{
    private static readonly string[] Prefixes = Read("prefix").OrderByDescending(p => p.Length).ToArray();
    private static readonly HashSet<string> Agencies = new(Read("agency"), StringComparer.Ordinal);

    public static bool IsCredit(string text)
    {
        if (text.Length > 80 || text.Length < 2)
        {
            return false;
        }

        var line = text.Trim().TrimStart('©', '(', ' ').TrimEnd(')', ' ', '.').ToLowerInvariant();
        if (text.TrimStart().StartsWith('©') && line.Length < 60)
        {
            return true;
        }

        foreach (var prefix in Prefixes)
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal) && line.Length > prefix.Length
                && line[prefix.Length] is ':' or '.' or '/' or '|' && line.Length < 70)
            {
                return true;
            }
        }

        // "Getty Images", "REUTERS/Kacper Pempel", "PAP/EPA": every part an agency or a short name after a slash.
        var parts = line.Split('/', ';', ',', '|');
        return Agencies.Contains(parts[0].Trim()) && parts.Skip(1).All(p => p.Trim().Length < 40);
    }

    private static IEnumerable<string> Read(string kind) =>
        LexiconFile.Read("credits.txt").Where(r => r.Key == kind).Select(r => r.Value);
}
