using Prasa.Blocks;
using Prasa.Lexicons;

namespace Prasa.Extraction;

/// <summary>Short lines that are boilerplate by their wording alone ("Advertisement", "Czytaj też:").</summary>
public sealed class LineLexicon
{
    private readonly HashSet<char> _longerFirsts = [];
    private readonly HashSet<char> _longestFirsts = [];
    private readonly Dictionary<string, Label> _exact = new(StringComparer.Ordinal);
    private readonly List<LinePattern> _patterns = [];

    // Pattern numbers by the first character of their prefix, and those without a prefix: a line is
    // tried only against patterns that can open it, still in file order (the first match wins).
    private readonly Dictionary<char, List<int>> _byFirst = [];
    private readonly List<int> _open = [];

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

            var pattern = LinePattern.Parse(p, star, l, phrase);
            var prefix = pattern.Prefix;
            if (prefix.Length == 0)
            {
                _open.Add(_patterns.Count);
            }
            else
            {
                if (!_byFirst.TryGetValue(prefix[0], out var list))
                {
                    _byFirst[prefix[0]] = list = [];
                }

                list.Add(_patterns.Count);
                if (prefix.Length >= 8)
                {
                    _longerFirsts.Add(prefix[0]);
                }

                if (prefix.Length >= 25)
                {
                    _longestFirsts.Add(prefix[0]);
                }
            }

            _patterns.Add(pattern);
        }
    }

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

        // Most blocks are paragraphs longer than any whole-line phrase: only a long opening can match
        // them, and the first letter says whether one might, before the line is lower-cased whole.
        if (text.Length > maxLength)
        {
            var firsts = text.Length > 2 * maxLength ? _longestFirsts : _longerFirsts;
            var start = text.AsSpan().TrimStart(" »›<←|•-–—([\t\n".AsSpan());
            if (start.IsEmpty || !firsts.Contains(char.ToLowerInvariant(start[0])))
            {
                return null;
            }
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

        var first = _byFirst.TryGetValue(line[0], out var byFirst) ? byFirst : [];
        var a = 0;
        var b = 0;
        while (a < first.Count || b < _open.Count)
        {
            var next = b >= _open.Count || (a < first.Count && first[a] < _open[b]) ? first[a++] : _open[b++];
            var pattern = _patterns[next];
            var allowed = pattern.Prefix.Length >= 25 ? 5 * maxLength : pattern.Prefix.Length >= 8 ? 2 * maxLength : maxLength;
            if (text.Length <= allowed && pattern.Matches(line))
            {
                return (pattern.Label, pattern.Phrase);
            }
        }

        return null;
    }

    private static string Normalise(string text)
    {
        var span = text.AsSpan().Trim();
        span = span.TrimEnd(" :.!?»›>→|…)]".AsSpan()).TrimStart(" »›<←|•-–—([".AsSpan());
        return Lexicons.InvariantLower.Of(span);
    }
}
