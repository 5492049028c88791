using System.Diagnostics;
using Prasa;
using Prasa.Inputs;

// Text-mode throughput in one process on one thread, in CPU time (the machine is shared): every dump of the given folders held in memory,
// extracted RUNS times after a warm-up round; prints MB/s (UTF-16 text measured as UTF-8 bytes on disk).
//   dotnet run -c Release --project tools/TextSpeed -- DIR [DIR...] [--runs N]
var dirs = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _)).ToList();
var runs = args.Contains("--runs") ? int.Parse(args[Array.IndexOf(args, "--runs") + 1]) : 5;
var pages = dirs.SelectMany(d => Directory.EnumerateFiles(d, "*.txt")).Order(StringComparer.Ordinal)
    .Select(f => (Source: f, Text: File.ReadAllText(f), Bytes: new FileInfo(f).Length)).ToList();
var bytes = pages.Sum(p => p.Bytes);
var extractor = new Extractor();
var times = new List<double>();
for (var r = 0; r <= runs; r++)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    foreach (var (source, text, _) in pages)
    {
        extractor.FromText(new PageInput { Source = source }, text, explain: false);
    }

    if (r > 0)
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
    Time("fromtext", () => pages.ForEach(p => extractor.FromText(new PageInput { Source = p.Source }, p.Text, false)));
    Time("classify2", () => pages.ForEach(p => new Prasa.Text.TextBlockClassifier().Classify(Prasa.Text.TextBlockBuilder.Build(p.Text))));
    Time("classify", () => pages.ForEach(p => new Prasa.Text.TextBlockClassifier().Classify(Prasa.Text.TextBlockBuilder.Build(p.Text))));
}

static void Time(string name, Action a)
{
    a();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    a();
    Console.WriteLine($"{name,-10} {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.000} s CPU");
}
