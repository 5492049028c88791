using Prasa.Blocks;
using Prasa.Lexicons;

namespace Prasa.Extraction;

/// <summary>Short lines that are boilerplate by their wording alone ("Advertisement", "Czytaj też:").</summary>
public sealed class LineLexicon
{
    private readonly Dictionary<string, Label> _exact = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, string? Infix, string Suffix, Label Label, string Phrase)> _patterns = [];

    public static LineLexicon Default { get; } = new(LexiconFile.Read("lines.txt"));

    public LineLexicon(IEnumerable<(string Label, string Phrase)> rows)
    {
        foreach (var (label, phrase) in rows)
        {
            var l = Enum.Parse<Label>(label, ignoreCase: true);
            var p = phrase.ToLowerInvariant();
            var star = p.IndexOf('*');
            if (star < 0)
            {
                _exact.TryAdd(p, l);
                continue;
            }

            // "a * b*" keeps its middle part: the line must hold it after the prefix.
            var prefix = p[..star].TrimEnd();
            var rest = p[(star + 1)..];
            var second = rest.IndexOf('*');
            var infix = second > 0 ? rest[..second].Trim() : null;
            var suffix = second > 0 ? "" : rest.Trim();
            _patterns.Add((prefix, infix, suffix, l, phrase));
        }
    }

    /// <summary>The label of a short boilerplate line, or null. Long lines are never matched.</summary>
    /// <summary>
    /// The label of a boilerplate line, or null. Whole-line phrases match lines of up to
    /// <paramref name="maxLength"/> characters; a phrase that opens a line may be followed by a headline
    /// (up to twice that), and a long, specific opening ("An dieser Stelle finden Sie einen …") by a
    /// paragraph: the more of the line the phrase pins down, the longer the line may be.
    /// </summary>
    public (Label Label, string Phrase)? Match(string text, int maxLength = 80)
    {
        if (text.Length > 5 * maxLength)
        {
            return null;
        }

        var line = Normalise(text);
        if (line.Length == 0)
        {
            return null;
        }

        if (text.Length <= maxLength && _exact.TryGetValue(line, out var exact))
        {
            return (exact, line);
        }

        foreach (var (prefix, infix, suffix, label, phrase) in _patterns)
        {
            var allowed = prefix.Length >= 25 ? 5 * maxLength : prefix.Length >= 8 ? 2 * maxLength : maxLength;
            if (text.Length > allowed)
            {
                continue;
            }

            if (!line.StartsWith(prefix, StringComparison.Ordinal) || !line.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            if (prefix.Length > 0 && line.Length > prefix.Length && char.IsLetter(line[prefix.Length])
                && !char.IsWhiteSpace(prefix[^1]))
            {
                // "share" must not match "shareholders".
                continue;
            }

            if (infix is null || line.AsSpan(prefix.Length).Contains(infix, StringComparison.Ordinal))
            {
                return (label, phrase);
            }
        }

        return null;
    }

    private static string Normalise(string text)
    {
        var span = text.AsSpan().Trim();
        span = span.TrimEnd(" :.!?»›>→|…".AsSpan()).TrimStart(" »›<←|•-–—".AsSpan());
        return span.ToString().ToLowerInvariant();
    }
}
