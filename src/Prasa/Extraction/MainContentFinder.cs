using Prasa.Blocks;

namespace Prasa.Extraction;

/// <summary>
/// Finds the element that holds the article: every block weighs for or against the elements above it
/// (prose for, links and short fragments against), and the element with the largest total wins. This is
/// the maximum-weight subtree of the page, found in one pass, so it grows to take in split bodies and
/// stops where navigation and link lists begin.
/// </summary>
public static class MainContentFinder
{
    public static int Find(BlockDocument doc, double[] weights, MarkupLexicon lexicon) => Find(doc, weights, lexicon, out _);

    public static int Find(BlockDocument doc, double[] weights, MarkupLexicon lexicon, out double[] scores)
    {
        var elements = doc.Elements;
        scores = [];
        if (elements.Count == 0)
        {
            return -1;
        }

        var sum = SubtreeSums.Of(doc, i => weights[i]);
        scores = sum;
        var best = 0;
        var bestScore = double.MinValue;
        for (var e = 0; e < elements.Count; e++)
        {
            var score = sum[e];
            if (score <= 0)
            {
                continue;
            }

            // Semantic markup is evidence, not proof: it tips close calls.
            var info = elements[e];
            var bonus = 1.0;
            if (info.Hints.Contains("articlebody", StringComparison.Ordinal))
            {
                bonus += 0.25;
            }
            else if (info.Tag == "article")
            {
                bonus += 0.1;
            }

            bonus += lexicon.ContentStrength(info.ClassId) * 0.05;
            if (score * bonus > bestScore)
            {
                bestScore = score * bonus;
                best = e;
            }
        }

        return best;
    }

    /// <summary>
    /// Parts of the article that the winning element leaves out: its siblings (and its parent's) that
    /// carry a good share of prose themselves, as when a gallery or a teaser strip splits the body in two.
    /// </summary>
    public static List<int> WithSiblings(BlockDocument doc, int container, double[] scores)
    {
        var roots = new List<int> { container };
        if (container < 0 || scores.Length == 0)
        {
            return roots;
        }

        var elements = doc.Elements;
        var top = scores[container];
        var level = container;
        for (var up = 0; up < 2; up++)
        {
            var parent = elements[level].Parent;
            if (parent < 0)
            {
                break;
            }

            var threshold = Math.Max(up == 0 ? 0.2 * top : 0.3 * top, 200);
            for (var e = parent + 1; e < elements.Count; e++)
            {
                if (elements[e].Parent == parent && e != level && scores[e] >= threshold && !roots.Contains(e))
                {
                    roots.Add(e);
                }
            }

            level = parent;
        }

        return roots;
    }
}
