using System.Text.Json;
using Prasa.Blocks;
using Prasa.Text;

namespace Prasa.Tools.TextTrainer;

/// <summary>Fits the headline chooser: the candidates of each dump whose text equals the true title are positives.</summary>
internal static class TitleTrainer
{
    public static double[] Train(List<string> dirs, TextModel lineModel)
    {
        var classifier = new TextBlockClassifier(TextLexicons.Default, lineModel);
        var groups = new List<(List<double[]> X, List<int> Y)>();
        var sizes = new List<int>();
        int pages = 0, found = 0;
        foreach (var spec in dirs)
        {
            var before = groups.Count;
            foreach (var (page, title) in Pages(spec, classifier))
            {
                pages++;
                var want = Fold(title);
                var labels = page.TitleCandidates.Select(c => Fold(page.Blocks[c.Line].Text) == want ? 1 : 0).ToList();
                if (!labels.Contains(1))
                {
                    continue;
                }

                found++;
                groups.Add((page.TitleCandidates.Select(c => c.Features).ToList(), labels));
            }

            sizes.Add(groups.Count - before);
        }

        Console.Error.WriteLine($"titles: {found} of {pages} dumps have the true title among the candidates; {groups.Sum(g => g.Y.Count)} candidates");
        // Each set weighs by the square root of its size, not by its size: trafilatura-eval's 800 small sites
        // must not drown the news pages of the other sets (nor the other way round).
        var weights = new List<double>();
        foreach (var n in sizes)
        {
            weights.AddRange(Enumerable.Repeat(Math.Sqrt(n) / n, n));
        }

        var total = weights.Sum();
        return Softmax(groups, weights.Select(w => w * groups.Count / total).ToList());
    }

    /// <summary>
    /// Prints each title feature's mean over a set's true headlines and over its other candidates, to
    /// compare sets: a feature that parts them in one set and not in another fits that set only.
    /// </summary>
    public static void Stats(string spec, TextModel model)
    {
        var classifier = new TextBlockClassifier(TextLexicons.Default, model);
        var d = TitleFeatures.Count;
        var (truth, other) = (new double[d], new double[d]);
        var (nt, no) = (0, 0);
        foreach (var (page, title) in Pages(spec, classifier))
        {
            var want = Fold(title);
            foreach (var (line, f) in page.TitleCandidates)
            {
                var right = Fold(page.Blocks[line].Text) == want;
                var sums = right ? truth : other;
                for (var k = 0; k < d; k++)
                {
                    sums[k] += f[k];
                }

                _ = right ? nt++ : no++;
            }
        }

        Console.WriteLine($"{nt} true headlines, {no} other candidates; feature: mean over headlines, over others; weight");
        for (var k = 0; k < d; k++)
        {
            Console.WriteLine($"{k,3} {truth[k] / Math.Max(1, nt),7:0.000} {other[k] / Math.Max(1, no),7:0.000} {model.TitleWeights?[k] ?? 0,7:0.00}");
        }
    }

    /// <summary>The dumps of a title source that are there, classified, with their true titles.</summary>
    private static IEnumerable<(TextPage Page, string Title)> Pages(string spec, TextBlockClassifier classifier)
    {
        foreach (var (dir, id, title) in Titles(spec))
        {
            var path = Path.Combine(dir, "text", id + ".txt");
            if (File.Exists(path))
            {
                yield return (classifier.Classify(TextBlockBuilder.Build(File.ReadAllText(path))), title);
            }
        }
    }

    /// <summary>
    /// The (set folder, page id, title) rows of a title source: "DIR" takes the titles of DIR/truth.jsonl;
    /// "DIR=FILE" those of FILE, prasa's JSONL output for DIR's pages (the titles HTML mode reads from the
    /// markup: labels for sets whose truth has none).
    /// </summary>
    private static IEnumerable<(string Dir, string Id, string Title)> Titles(string spec)
    {
        var (dir, titles) = Split(spec);
        var file = titles ?? Path.Combine(dir, "truth.jsonl");
        foreach (var line in File.ReadLines(file))
        {
            using var json = JsonDocument.Parse(line);
            var row = json.RootElement;
            if (!row.TryGetProperty("title", out var t) || t.ValueKind != JsonValueKind.String || t.GetString() is not { Length: > 0 } title)
            {
                continue;
            }

            var id = row.TryGetProperty("id", out var i) ? i.GetString()! : Path.GetFileNameWithoutExtension(row.GetProperty("source").GetString()!);
            yield return (dir, id, title);
        }
    }

    /// <summary>Prints, for each dump of a set, where the true title stands and the candidates the model rates highest.</summary>
    public static void Report(string dir, TextModel model)
    {
        var classifier = new TextBlockClassifier(TextLexicons.Default, model);
        foreach (var (_, id, title) in Titles(dir))
        {
            var doc = TextBlockBuilder.Build(File.ReadAllText(Path.Combine(dir, "text", id + ".txt")));
            var page = classifier.Classify(doc);
            var want = Fold(title);
            var truth = Enumerable.Range(0, page.Count).Where(i => Fold(page.Blocks[i].Text) == want).ToList();
            var ranked = page.TitleCandidates.OrderByDescending(c => TextModel.Dot(model.TitleWeights!, c.Features)).ToList();
            var rank = ranked.FindIndex(c => truth.Contains(c.Line));
            Console.WriteLine($"{(rank == 0 ? "OK " : "BAD")} {id} truth@[{string.Join(',', truth.Take(3))}] {(truth.Count > 0 ? page.Blocks[truth[0]].Label : "-")} rank {rank} of {ranked.Count}");
            if (rank != 0)
            {
                foreach (var c in ranked.Take(3).Concat(ranked.Where(c => truth.Contains(c.Line)).Take(1)))
                {
                    var text = page.Blocks[c.Line].Text;
                    Console.WriteLine($"    {c.Line,4} {TextModel.Dot(model.TitleWeights!, c.Features),6:0.00} {page.Blocks[c.Line].Label,-10} {text[..Math.Min(90, text.Length)]}");
                    Console.WriteLine("         " + string.Join(' ', c.Features.Select((v, k) => v == 0 ? "" : $"{k}:{v:0.##}").Where(x => x.Length > 0)));
                }
            }
        }
    }

    /// <summary>
    /// Conditional logit: per dump, the probability of the true headline among that dump's candidates,
    /// maximised by full-batch Adam. It learns to rank candidates, which is the choice the classifier makes.
    /// Each dump's term counts by the weight of its set (<paramref name="groupWeights"/>, mean 1).
    /// </summary>
    private static double[] Softmax(List<(List<double[]> X, List<int> Y)> groups, List<double> groupWeights, int epochs = 800, double rate = 0.05, double l2 = 1e-2)
    {
        var d = TitleFeatures.Count;
        var w = new double[d];
        var m = new double[d];
        var v = new double[d];
        var g = new double[d];
        var correct = 0;
        for (var e = 1; e <= epochs; e++)
        {
            Array.Clear(g);
            correct = 0;
            for (var gi = 0; gi < groups.Count; gi++)
            {
                var (x, y) = groups[gi];
                var scores = x.Select(f => TextModel.Dot(w, f)).ToArray();
                var max = scores.Max();
                var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
                var sum = exp.Sum();
                var positives = y.Count(l => l == 1);
                correct += y[Array.IndexOf(scores, max)];
                for (var i = 0; i < x.Count; i++)
                {
                    var coef = groupWeights[gi] * ((exp[i] / sum) - (y[i] == 1 ? 1.0 / positives : 0));
                    for (var k = 0; k < d; k++)
                    {
                        g[k] += coef * x[i][k] / groups.Count;
                    }
                }
            }

            for (var k = 0; k < d; k++)
            {
                var grad = g[k] + (l2 * w[k]);
                m[k] = (0.9 * m[k]) + (0.1 * grad);
                v[k] = (0.999 * v[k]) + (0.001 * grad * grad);
                w[k] -= rate * (m[k] / (1 - Math.Pow(0.9, e))) / (Math.Sqrt(v[k] / (1 - Math.Pow(0.999, e))) + 1e-8);
            }
        }

        Console.Error.WriteLine($"titles: {correct} of {groups.Count} chosen right on the training dumps");
        return w;
    }

    /// <summary>How a title source is named in the model file's header.</summary>
    public static string Name(string spec)
    {
        var (dir, titles) = Split(spec);
        return Path.GetFileName(dir.TrimEnd('/')) + (titles is null ? "" : " (HTML-mode titles)");
    }

    /// <summary>A title source "DIR" or "DIR=FILE" as its set folder and its titles file (null: DIR's truth).</summary>
    private static (string Dir, string? Titles) Split(string spec)
    {
        var eq = spec.IndexOf('=', StringComparison.Ordinal);
        return eq < 0 ? (spec, null) : (spec[..eq], spec[(eq + 1)..]);
    }

    private static string Fold(string s) => string.Join(' ', s.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
