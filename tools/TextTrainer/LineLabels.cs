using System.Text.RegularExpressions;
using Prasa.Blocks;

namespace Prasa.Tools.TextTrainer;

/// <summary>
/// Derives a main-text label for each line of a dump from a page's truth: lines whose word trigrams
/// mostly occur in the true body are text, lines with few are not, the rest stay unlabelled. Short
/// lines count as text only when found in the body next to lines that are. A line repeated later in
/// the dump is text only once.
/// </summary>
internal static partial class LineLabels
{
    [GeneratedRegex(@"\w+")]
    private static partial Regex Token();

    public static List<string> Tokens(string text) => Token().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();

    /// <summary>1 text, 0 not text, -1 unknown, for each block.</summary>
    public static int[] FromBody(List<Block> blocks, string body)
    {
        var truth = Tokens(body);
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 2 < truth.Count; i++)
        {
            grams.Add(truth[i] + " " + truth[i + 1] + " " + truth[i + 2]);
        }

        var joined = " " + string.Join(' ', truth) + " ";
        var labels = new int[blocks.Count];
        var shortFound = new bool[blocks.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var b = 0; b < blocks.Count; b++)
        {
            var t = Tokens(blocks[b].Text);
            if (!seen.Add(blocks[b].Text))
            {
                labels[b] = 0;
                continue;
            }

            if (t.Count >= 3)
            {
                var hit = 0;
                for (var i = 0; i + 2 < t.Count; i++)
                {
                    hit += grams.Contains(t[i] + " " + t[i + 1] + " " + t[i + 2]) ? 1 : 0;
                }

                var share = (double)hit / (t.Count - 2);
                labels[b] = share >= 0.5 ? 1 : share < 0.2 ? 0 : -1;
            }
            else if (t.Count > 0)
            {
                shortFound[b] = joined.Contains(" " + string.Join(' ', t) + " ", StringComparison.Ordinal);
                labels[b] = 0;
            }
            else
            {
                labels[b] = 0;
            }
        }

        for (var b = 0; b < blocks.Count; b++)
        {
            if (shortFound[b] && ((b > 0 && labels[b - 1] == 1) || (b + 1 < blocks.Count && labels[b + 1] == 1)))
            {
                labels[b] = 1;
            }
        }

        return labels;
    }

    /// <summary>From with/without snippets: a line holding a "with" snippet is text, one holding a "without" snippet is not.</summary>
    public static int[] FromSnippets(List<Block> blocks, IReadOnlyList<string> with, IReadOnlyList<string> without)
    {
        var labels = new int[blocks.Count];
        Array.Fill(labels, -1);
        for (var b = 0; b < blocks.Count; b++)
        {
            var text = Fold(blocks[b].Text);
            if (without.Any(s => s.Length > 3 && text.Contains(Fold(s), StringComparison.Ordinal)))
            {
                labels[b] = 0;
            }
            else if (with.Any(s => s.Length > 3 && text.Contains(Fold(s), StringComparison.Ordinal)))
            {
                labels[b] = 1;
            }
        }

        return labels;
    }

    private static string Fold(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
