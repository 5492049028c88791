using System.Collections.Concurrent;
using Prasa.Blocks;
using Prasa.Lexicons;

namespace Prasa.Extraction;

/// <summary>What an element's class and id words say about it: boilerplate of some kind, content, or nothing.</summary>
public sealed class MarkupLexicon
{
    private readonly List<(string Pattern, Label Label)> _substrings = [];
    private readonly Dictionary<string, Label> _tokens = new(StringComparer.Ordinal);
    private readonly HashSet<string> _soft = new(StringComparer.Ordinal);
    private readonly List<string> _positiveSubstrings = [];
    private readonly HashSet<string> _positiveTokens = new(StringComparer.Ordinal);
    private readonly Memo<int> _strengthCache;
    private readonly Memo<(Label Label, string Word)?> _boilerplateCache;
    private const int CacheLimit = 200_000;

    public static MarkupLexicon Default { get; } = new(LexiconFile.Read("markup.txt"));

    public MarkupLexicon(IEnumerable<(string Label, string Pattern)> rows)
    {
        _strengthCache = new(ComputeContentStrength);
        _boilerplateCache = new(ComputeBoilerplate);
        foreach (var (label, pattern) in rows)
        {
            var whole = pattern.StartsWith('=');
            var p = whole ? pattern[1..] : pattern;
            if (label == "content")
            {
                if (whole)
                {
                    _positiveTokens.Add(p);
                }
                else
                {
                    _positiveSubstrings.Add(p);
                }

                continue;
            }

            // "label~": a soft word, which names the box only when the box holds no running text.
            if (label.EndsWith('~'))
            {
                _soft.Add(p);
            }

            var l = Enum.Parse<Label>(label.TrimEnd('~'), ignoreCase: true);
            if (whole)
            {
                _tokens.TryAdd(p, l);
            }
            else
            {
                _substrings.Add((p, l));
            }
        }
    }

    /// <summary>
    /// How surely the class/id words name a content container: 2 for a specific name ("article-body",
    /// "entry-content"), 1 for a generic word ("content", "post"), 0 for none.
    /// </summary>
    public int ContentStrength(string classId)
    {
        if (classId.Length == 0)
        {
            return 0;
        }

        return _strengthCache.Get(classId);
    }

    private int ComputeContentStrength(string classId)
    {

        foreach (var p in _positiveSubstrings)
        {
            if (classId.Contains(p, StringComparison.Ordinal))
            {
                return 2;
            }
        }

        foreach (var token in Tokens(classId))
        {
            if (_positiveTokens.Contains(token))
            {
                return 1;
            }
        }

        return 0;
    }

    /// <summary>Whether a word names a box only when the box holds no running text ("gallery").</summary>
    public bool IsSoft(string word) => _soft.Contains(word);

    /// <summary>The boilerplate label the class/id words imply, with the word that gave it away.</summary>
    public (Label Label, string Word)? Boilerplate(string classId)
    {
        if (classId.Length == 0)
        {
            return null;
        }

        return _boilerplateCache.Get(classId);
    }

    private (Label Label, string Word)? ComputeBoilerplate(string classId)
    {

        foreach (var token in Tokens(classId))
        {
            if (_tokens.TryGetValue(token, out var label))
            {
                return (label, token);
            }
        }

        foreach (var (p, label) in _substrings)
        {
            if (classId.Contains(p, StringComparison.Ordinal))
            {
                return (label, p);
            }
        }

        return null;
    }

    // Class names recur on every page of a site: the verdict for each is computed once per run.
    // Bounded, so that a corpus of ever-new names cannot grow it without end. The count is kept apart:
    // ConcurrentDictionary.Count takes every lock of the table.
    private sealed class Memo<TResult>(Func<string, TResult> compute)
    {
        private readonly ConcurrentDictionary<string, TResult> _known = new(StringComparer.Ordinal);
        private int _count;

        public TResult Get(string classId)
        {
            if (_known.TryGetValue(classId, out var known))
            {
                return known;
            }

            var result = compute(classId);
            if (Interlocked.Increment(ref _count) > CacheLimit)
            {
                _known.Clear();
                Interlocked.Exchange(ref _count, 1);
            }

            _known.TryAdd(classId, result);
            return result;
        }
    }

    private static IEnumerable<string> Tokens(string classId)
    {
        foreach (var word in classId.Split([' ', '-', '_', ':'], StringSplitOptions.RemoveEmptyEntries))
        {
            yield return word;
        }
    }
}
