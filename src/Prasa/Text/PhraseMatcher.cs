using Prasa.Blocks;
using Prasa.Lexicons;

namespace Prasa.Text;

/// <summary>
/// Whole-line phrase lexicons ("Czytaj też*", "Advertisement") matched fast enough for every line of a
/// corpus: phrases are filed under their first word, so a line is compared only with the phrases that
/// start as it does. Same format and meaning as the shared <c>lines.txt</c>: the whole line after
/// trimming punctuation, case-insensitive; "a*" any continuation, "a * b*" needs b after a, "* b" ends in b.
/// Earlier rows win.
/// </summary>
public sealed class PhraseMatcher
{
    private readonly Dictionary<string, (Label Label, string Phrase, int Order, int MaxLength)> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Label Label, string Phrase, int Order, int MaxLength)>.AlternateLookup<ReadOnlySpan<char>> _exactLookup;
    private readonly Dictionary<string, List<Pattern>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Pattern>>.AlternateLookup<ReadOnlySpan<char>> _firstWordLookup;
    // Patterns that may start anywhere: those with an infix holding an ASCII stretch every match holds
    // (_needled, see AsciiNeedle), tried only when one vectorised search finds some such stretch in the
    // line; those that end in a suffix ("* said"), by the line's last character; the rest, always tried.
    private readonly List<Pattern> _needled = [];
    private readonly Dictionary<char, List<Pattern>> _bySuffixEnd = [];
    private readonly List<Pattern> _anyStart = [];

    // The lists of ASCII ends are in this array instead, by the character: most lines end in ASCII, and an array read beats a dictionary's hash.
    private readonly List<Pattern>?[] _bySuffixEndAscii = new List<Pattern>?[128];
    private System.Buffers.SearchValues<string> _needles = System.Buffers.SearchValues.Create([], StringComparison.Ordinal);
    private int _order;
    private int _maxLength;

    // The longest whole-line phrase: a longer line is not looked up among them (its hash would read it all).
    private int _maxExact;

    public PhraseMatcher()
    {
        _exactLookup = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWordLookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Adds label/phrase rows; lines longer than maxLength never match them.</summary>
    public PhraseMatcher Add(IEnumerable<(string Label, string Phrase)> rows, int maxLength)
    {
        foreach (var (label, phrase) in rows)
        {
            var l = Enum.Parse<Label>(label, ignoreCase: true);
            var p = phrase.ToLowerInvariant();
            var order = _order++;
            _maxLength = Math.Max(_maxLength, maxLength);
            var star = p.IndexOf('*');
            if (star < 0)
            {
                _exact.TryAdd(p, (l, phrase, order, maxLength));
                _maxExact = Math.Max(_maxExact, p.Length);
                continue;
            }

            var pattern = new Pattern(LinePattern.Parse(p, star, l, phrase), order, maxLength);
            var first = FirstWord(pattern.Line.Prefix);
            if (first.Length == 0 && pattern.Line.Infix is not null && pattern.Needle.Length >= 3)
            {
                _needled.Add(pattern);
            }
            else if (first.Length == 0 && pattern.Line.Infix is null && pattern.Line.Suffix.Length > 0)
            {
                // A pattern without an infix matches only lines that end with its suffix: filed under the
                // suffix's last character, it is tried only on lines that end so (no search of the line).
                var end = pattern.Line.Suffix[^1];
                if (end < 128)
                {
                    (_bySuffixEndAscii[end] ??= []).Add(pattern);
                }
                else if (_bySuffixEnd.TryGetValue(end, out var ending))
                {
                    ending.Add(pattern);
                }
                else
                {
                    _bySuffixEnd[end] = [pattern];
                }
            }
            else if (first.Length == 0)
            {
                _anyStart.Add(pattern);
            }
            else
            {
                var key = first.ToString();
                if (!_byFirstWord.TryGetValue(key, out var list))
                {
                    _byFirstWord[key] = list = [];
                }

                list.Add(pattern);
            }
        }

        _needles = System.Buffers.SearchValues.Create(_needled.Select(a => a.Needle).Distinct().ToArray(), StringComparison.Ordinal);
        return this;
    }

    // Its stack buffers are written before they are read: not cleared first.
    [System.Runtime.CompilerServices.SkipLocalsInit]
    public (Label Label, string Phrase)? Match(string text)
    {
        if (text.Length > _maxLength)
        {
            return null;
        }

        Span<char> buffer = stackalloc char[text.Length];
        var line = Normalise(text, buffer);
        if (line.IsEmpty)
        {
            return null;
        }

        (Label Label, string Phrase, int Order)? best = null;
        if (line.Length <= _maxExact && _exactLookup.TryGetValue(line, out var exact) && text.Length <= exact.MaxLength)
        {
            best = (exact.Label, exact.Phrase, exact.Order);
        }

        if (_firstWordLookup.TryGetValue(FirstWord(line), out var patterns))
        {
            best = Better(best, patterns, line, text.Length);
        }

        // The best match is the earliest row that matches, whichever list it is in.
        best = Better(best, _anyStart, line, text.Length);
        var last = line[^1];
        if (last < 128 ? _bySuffixEndAscii[last] is { } ending : _bySuffixEnd.TryGetValue(last, out ending))
        {
            best = Better(best, ending, line, text.Length);
        }

        if (line.ContainsAny(_needles))
        {
            best = Better(best, _needled, line, text.Length);
        }

        return best is { } b ? (b.Label, b.Phrase) : null;
    }

    private static (Label Label, string Phrase, int Order)? Better((Label Label, string Phrase, int Order)? best, List<Pattern> patterns, ReadOnlySpan<char> line, int length)
    {
        foreach (var p in patterns)
        {
            if ((best is { } b && b.Order < p.Order) || length > p.MaxLength)
            {
                continue;
            }

            if (p.Line.Matches(line))
            {
                best = (p.Line.Label, p.Line.Phrase, p.Order);
            }
        }

        return best;
    }

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> s)
    {
        var i = 0;
        while (i < s.Length && char.IsLetterOrDigit(s[i]))
        {
            i++;
        }

        return s[..i];
    }

    private static ReadOnlySpan<char> Normalise(string text, Span<char> buffer)
    {
        var span = text.AsSpan().Trim();
        span = span.TrimEnd(" :.!?»›>→|…".AsSpan()).TrimStart(" »›<←|•-–—".AsSpan());
        var n = InvariantLower.Into(span, buffer);
        return buffer[..n];
    }

    private sealed record Pattern(LinePattern Line, int Order, int MaxLength)
    {
        /// <summary>The longest stretch of ASCII that every match holds, from the infix, the suffix or the prefix.</summary>
        public string Needle { get; } = AsciiNeedle.Of(!string.IsNullOrEmpty(Line.Infix) ? Line.Infix : Line.Suffix.Length > 0 ? Line.Suffix : Line.Prefix);
    }
}
