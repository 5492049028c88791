using System.Diagnostics;
using Prasa;
using Prasa.Inputs;

// Text-mode throughput in one process on one thread, in CPU time (the machine is shared): every dump of the given folders held in memory,
// extracted RUNS times after three warm-up rounds (process CPU time counts the JIT's background
// recompilation, which takes a few rounds to settle); prints the median in MB/s of the files' bytes.
// Run it with DOTNET_TieredCompilation=0 for steady-state figures: with tiered PGO the code keeps being
// recompiled for many rounds, and that work is counted too.
//   DOTNET_TieredCompilation=0 taskset -c 0 dotnet run -c Release --project tools/TextSpeed -- DIR [DIR...] [--runs N] [--parts]
var dirs = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _)).ToList();
var runs = args.Contains("--runs") ? int.Parse(args[Array.IndexOf(args, "--runs") + 1]) : 5;
var pages = dirs.SelectMany(d => Directory.EnumerateFiles(d, "*.txt")).Order(StringComparer.Ordinal)
    .Select(f => (Source: f, Text: File.ReadAllText(f), Bytes: new FileInfo(f).Length)).ToList();
var bytes = pages.Sum(p => p.Bytes);
var extractor = new Extractor();
var times = new List<double>();
const int warmup = 3;
for (var r = 0; r < runs + warmup; r++)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    foreach (var (source, text, _) in pages)
    {
        extractor.FromText(new PageInput { Source = source }, text, explain: false);
    }

    if (r >= warmup)
    {
        times.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }
}

times.Sort();
var median = times[times.Count / 2];
Console.WriteLine($"{pages.Count} dumps, {bytes / 1e6:0.0} MB: median {median:0.000} s CPU of {runs} runs = {bytes / 1e6 / median:0.0} MB/s");

if (args.Contains("--parts"))
{
    var docs = pages.Select(p => Prasa.Text.TextBlockBuilder.Build(p.Text)).ToList();
    var lex = Prasa.Text.TextLexicons.Default;
    Time("build", () => pages.ForEach(p => Prasa.Text.TextBlockBuilder.Build(p.Text)));
    Time("lexicon", () => docs.ForEach(d => d.Blocks.ForEach(b => lex.Match(b.Text))));
    Time("dateline", () => docs.ForEach(d => d.Blocks.ForEach(b => Prasa.Metadata.DateLine.IsDateLine(b.Text))));
    Time("byline", () => docs.ForEach(d => d.Blocks.ForEach(b => Prasa.Metadata.BylineLine.IsByline(b.Text))));
    Time("prose", () => docs.ForEach(d => d.Blocks.ForEach(b => Prasa.Extraction.Prose.IsProse(b.Text))));
    Time("page", () => docs.ForEach(d => new Prasa.Text.TextPage(d.Blocks, lex)));
    var tp = docs.Select(d => new Prasa.Text.TextPage(d.Blocks, lex)).ToList();
    Time("model", () => tp.ForEach(p => Prasa.Text.TextModel.Default.Score(p)));
    Time("stats", () => docs.ForEach(d => d.Blocks.ForEach(b => Prasa.Text.LineStats.Of(b.Text, lex.Stopwords, [], 0, lex.BoilerplateWords))));
    Time("classify", () => pages.ForEach(p => new Prasa.Text.TextBlockClassifier().Classify(Prasa.Text.TextBlockBuilder.Build(p.Text))));
    Time("fromtext", () => pages.ForEach(p => extractor.FromText(new PageInput { Source = p.Source }, p.Text, false)));
    Time("loop", () =>
    {
        foreach (var (source, text, _) in pages)
        {
            extractor.FromText(new PageInput { Source = source }, text, explain: false);
        }
    });
}

static void Time(string name, Action a)
{
    a();
    var best = double.MaxValue;
    for (var r = 0; r < 5; r++)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        a();
        best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }

    Console.WriteLine($"{name,-10} {best:0.000} s CPU (best of 5)");
}
