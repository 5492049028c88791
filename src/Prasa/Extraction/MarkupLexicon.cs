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
    private readonly ConcurrentDictionary<string, int> _strengthCache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (Label Label, string Word)?> _boilerplateCache = new(StringComparer.Ordinal);
    private const int CacheLimit = 200_000;

    public static MarkupLexicon Default { get; } = new(LexiconFile.Read("markup.txt"));

    public MarkupLexicon(IEnumerable<(string Label, string Pattern)> rows)
    {
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

        return Remember(_strengthCache, classId, ComputeContentStrength);
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

        return Remember(_boilerplateCache, classId, ComputeBoilerplate);
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
    // Bounded, so that a corpus of ever-new names cannot grow it without end.
    private static TResult Remember<TResult>(ConcurrentDictionary<string, TResult> cache, string classId, Func<string, TResult> compute)
    {
        if (cache.TryGetValue(classId, out var known))
        {
            return known;
        }

        var result = compute(classId);
        if (cache.Count >= CacheLimit)
        {
            cache.Clear();
        }

        cache.TryAdd(classId, result);
        return result;
    }

    private static IEnumerable<string> Tokens(string classId)
    {
        foreach (var word in classId.Split([' ', '-', '_', ':'], StringSplitOptions.RemoveEmptyEntries))
        {
            yield return word;
        }
    }
}
