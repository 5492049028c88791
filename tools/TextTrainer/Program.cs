using System.Globalization;
using System.Text.Json;
using Prasa.Blocks;
using Prasa.Text;
using Prasa.Tools.TextTrainer;

// Trains the text-mode line model (src/Prasa/Lexicons/text-model.txt) on line labels derived from
// benchmark truth, and optionally on hand-labelled dumps (truth.jsonl with "lines").
//   dotnet run -c Release --project tools/TextTrainer -- --data DIR[,DIR...] [--titles DIR[,DIR...]] --out FILE
// Each DIR holds truth.jsonl and text/<id>.txt; --data trains the line model, --titles the headline
// chooser (on truth titles; DIR=FILE takes the titles of FILE, prasa's JSONL output for DIR's pages, for
// sets whose truth has none). Report figures only on sets not named here.
//   … -- --lines MODEL --titles DIR[,DIR...] --out FILE   the headline chooser only, on MODEL's line weights
//   … -- --title-report DIR MODEL | --title-stats DIR MODEL   where true titles rank; feature means
var data = new List<string>();
var titleData = new List<string>();
string? output = null;
string? linesFrom = null;
for (var a = 0; a < args.Length; a++)
{
    switch (args[a])
    {
        case "--data":
            data.AddRange(args[++a].Split(',', StringSplitOptions.RemoveEmptyEntries));
            break;
        case "--titles":
            titleData.AddRange(args[++a].Split(',', StringSplitOptions.RemoveEmptyEntries));
            break;
        case "--title-report":
            // --title-report DIR MODEL: how the headline chooser of MODEL ranks the true titles of DIR.
            TitleTrainer.Report(args[++a], TextModel.Parse(new StreamReader(args[++a])));
            return 0;
        case "--title-stats":
            // --title-stats DIR[=FILE] MODEL: each title feature's mean over true headlines and other candidates.
            TitleTrainer.Stats(args[++a], TextModel.Parse(new StreamReader(args[++a])));
            return 0;
        case "--out":
            output = args[++a];
            break;
        case "--lines":
            // --lines MODEL --titles DIR[,DIR...] --out FILE: keep MODEL's line model, retrain the headline chooser only.
            linesFrom = args[++a];
            break;
        default:
            Console.Error.WriteLine($"unknown argument {args[a]}");
            return 2;
    }
}

if (linesFrom is not null && output is not null && titleData.Count > 0)
{
    var text = File.ReadAllLines(linesFrom);
    var kept = TextModel.Parse(new StringReader(string.Join('\n', text.Where(l => !l.StartsWith("title\t", StringComparison.Ordinal)))));
    var retitled = new TextModel(kept.Stage1Weights, kept.Stage2Weights, kept.Threshold, TitleTrainer.Train(titleData, kept));
    var comment = text.Where(l => l.StartsWith("# ", StringComparison.Ordinal)).Select(l => l[2..])
        .Select(l => l.Contains("; titles: ", StringComparison.Ordinal) ? l[..l.IndexOf("; titles: ", StringComparison.Ordinal)] + "; titles: " + string.Join(", ", titleData.Select(TitleTrainer.Name)) : l);
    using var writer = new StreamWriter(output);
    retitled.Write(writer, string.Join('\n', comment));
    return 0;
}

if (data.Count == 0 || output is null)
{
    Console.Error.WriteLine("usage: TextTrainer --data DIR[,DIR...] --out FILE");
    return 2;
}

var pages = new List<(TextPage Page, int[] Labels)>();
var bodies = new Dictionary<TextPage, string>();
foreach (var dir in data)
{
    var before = pages.Count;
    foreach (var line in File.ReadLines(Path.Combine(dir, "truth.jsonl")))
    {
        using var json = JsonDocument.Parse(line);
        var row = json.RootElement;
        var id = row.GetProperty("id").GetString()!;
        var path = Path.Combine(dir, "text", id + ".txt");
        if (!File.Exists(path))
        {
            continue;
        }

        var doc = TextBlockBuilder.Build(File.ReadAllText(path));
        if (doc.Blocks.Count == 0)
        {
            continue;
        }

        int[] labels;
        string? pendingBody = null;
        if (row.TryGetProperty("lines", out var lines))
        {
            var byText = lines.EnumerateArray().Select(l => (l.GetProperty("text").GetString()!, l.GetProperty("label").GetString()!)).ToList();
            labels = doc.Blocks.Select((b, i) => i < byText.Count && byText[i].Item1 == b.Text
                ? (byText[i].Item2 is "body" or "lead" or "heading" ? 1 : 0) : -1).ToArray();
        }
        else if (row.TryGetProperty("body", out var body) && body.GetString() is { Length: > 0 } bodyText)
        {
            labels = LineLabels.FromBody(doc.Blocks, bodyText);
            pendingBody = bodyText;
        }
        else if (row.TryGetProperty("with", out var with))
        {
            var without = row.TryGetProperty("without", out var wo) ? wo.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
            labels = LineLabels.FromSnippets(doc.Blocks, with.EnumerateArray().Select(e => e.GetString()!).ToList(), without);
        }
        else
        {
            continue;
        }

        var textPage = new TextPage(doc.Blocks, TextLexicons.Default);
        pages.Add((textPage, labels));
        if (pendingBody is not null)
        {
            bodies[textPage] = pendingBody;
        }
    }

    Console.Error.WriteLine($"{dir}: {pages.Count - before} pages");
}

// Stage one.
var x1 = new List<double[]>();
var y1 = new List<int>();
var w1 = new List<double>();
foreach (var (page, labels) in pages)
{
    for (var i = 0; i < page.Count; i++)
    {
        if (labels[i] < 0)
        {
            continue;
        }

        var f = new double[LineFeatures.Stage1Count];
        LineFeatures.Stage1(page, i, f);
        x1.Add(f);
        y1.Add(labels[i]);
        w1.Add(SampleWeight(page, i));
    }
}

Console.Error.WriteLine($"stage 1: {x1.Count} lines, {y1.Count(v => v == 1)} text");
var stage1 = Logistic.Train(x1, y1, w1);

var x2 = new List<double[]>();
var y2 = new List<int>();
var w2 = new List<double>();
foreach (var (page, labels) in pages)
{
    var s1 = new double[page.Count];
    var f = new double[LineFeatures.Stage1Count];
    for (var i = 0; i < page.Count; i++)
    {
        LineFeatures.Stage1(page, i, f);
        s1[i] = TextModel.Sigmoid(TextModel.Dot(stage1, f));
    }

    for (var i = 0; i < page.Count; i++)
    {
        if (labels[i] < 0)
        {
            continue;
        }

        var g = new double[LineFeatures.Stage2Count];
        LineFeatures.Stage2(page, s1, i, g);
        x2.Add(g);
        y2.Add(labels[i]);
        w2.Add(SampleWeight(page, i));
    }
}

var stage2 = Logistic.Train(x2, y2, w2);

// The threshold is chosen by the measure the benchmarks use: word precision and recall per page,
// averaged over the training pages that have a true body, and the F1 of the two averages.
var perPage = new List<(double[] Score, string[] Tokens, Dictionary<string, int> Truth, int TruthCount)>();
foreach (var (page, _) in pages)
{
    if (!bodies.TryGetValue(page, out var body))
    {
        continue;
    }

    var truthTokens = LineLabels.Tokens(body).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
    perPage.Add((lineModelScores(page), page.Blocks.Select(b => b.Text).ToArray(), truthTokens, truthTokens.Values.Sum()));
}

var curve = new List<(double T, double F1)>();
for (var t = 0.2; t <= 0.8; t += 0.02)
{
    double sumP = 0, sumR = 0;
    foreach (var (score, texts, truth, truthCount) in perPage)
    {
        var got = new Dictionary<string, int>();
        for (var i = 0; i < texts.Length; i++)
        {
            if (score[i] >= t)
            {
                foreach (var tok in LineLabels.Tokens(texts[i]))
                {
                    got[tok] = got.GetValueOrDefault(tok) + 1;
                }
            }
        }

        var tp = got.Sum(kv => Math.Min(kv.Value, truth.GetValueOrDefault(kv.Key)));
        var predicted = got.Values.Sum();
        sumP += predicted == 0 ? (truthCount == 0 ? 1 : 0) : (double)tp / predicted;
        sumR += truthCount == 0 ? 1 : (double)tp / truthCount;
    }

    var p = sumP / Math.Max(1, perPage.Count);
    var r = sumR / Math.Max(1, perPage.Count);
    curve.Add((t, p + r == 0 ? 0 : 2 * p * r / (p + r)));
}

// The curve is flat near its top, so its argmax wanders from one training run to the next: take the
// middle of the thresholds that come within 0.003 of the best.
var bestF = curve.Max(c => c.F1);
var plateau = curve.Where(c => c.F1 >= bestF - 0.003).Select(c => c.T).ToList();
var bestT = (plateau.Min() + plateau.Max()) / 2;

Console.Error.WriteLine($"threshold {bestT:0.00}, training word F1 {bestF:0.000} on {perPage.Count} pages");
var lineModel = new TextModel(stage1, stage2, Math.Round(bestT, 2));
var title = titleData.Count > 0 ? TitleTrainer.Train(titleData, lineModel) : null;
var model = new TextModel(stage1, stage2, lineModel.Threshold, title);
using (var writer = new StreamWriter(output))
{
    model.Write(writer, $"Text-mode line model, written by tools/TextTrainer.\ntrained on: {string.Join(", ", data.Select(d => Path.GetFileName(d.TrimEnd('/'))))} ({x1.Count} labelled lines of {pages.Count} dumps); titles: {string.Join(", ", titleData.Select(TitleTrainer.Name))}\n"
        + $"training word F1 (page-averaged) {bestF.ToString("0.000", CultureInfo.InvariantCulture)}; report figures only on other sets");
}

return 0;

double[] lineModelScores(TextPage page) => new TextModel(stage1, stage2, 0.5).Score(page);

// A line weighs by its share of the page's words: the benchmarks average precision and recall over
// pages, so every page counts the same however long, and inside a page long lines count more.
static double SampleWeight(TextPage page, int i)
{
    var total = 0;
    for (var j = 0; j < page.Count; j++)
    {
        total += 1 + page.Stats[j].Words;
    }

    return 100.0 * (1 + page.Stats[i].Words) / total;
}
