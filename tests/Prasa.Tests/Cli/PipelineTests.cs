using System.Text;
using System.Text.Json;
using Prasa.Cli;
using Prasa.Dedup;
using Prasa.Inputs;
using Prasa.Output;

namespace Prasa.Tests.Cli;

public sealed class PipelineTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("prasa-pipe-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private void Pages(int count, Func<int, string> body)
    {
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(_dir, $"p{i:000}.html"),
                $"<html><head><title>Page {i}</title></head><body><article><h1>Page {i}</h1><p>{body(i)}</p></article></body></html>");
        }
    }

    private (int Code, string[] Lines, string Errors) Run(params string[] args)
    {
        using var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var code = Commands.Run(["extract", _dir, "--format", "jsonl", .. args], stdout, stderr, true);
        return (code, Encoding.UTF8.GetString(stdout.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries), stderr.ToString());
    }

    private static string Sentence(int i) =>
        $"Story number {i} tells how the {i}th harbour of the coast was rebuilt after the storm, stone by stone, by people who would not leave it to the sea.";

    [Fact]
    public void Output_keeps_input_order_with_many_workers()
    {
        Pages(40, Sentence);
        var (code, lines, _) = Run("--jobs", "4");
        Assert.Equal(0, code);
        var sources = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()).ToList();
        Assert.Equal(sources.Order(StringComparer.Ordinal), sources);
        Assert.Equal(40, sources.Count);
    }

    [Fact]
    public void Unordered_output_has_every_page_once()
    {
        Pages(30, Sentence);
        var (_, lines, _) = Run("--jobs", "3", "--unordered");
        var sources = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()).ToHashSet();
        Assert.Equal(30, sources.Count);
    }

    [Fact]
    public void Dedup_marks_or_drops_later_copies()
    {
        Pages(6, i => Sentence(i % 3) + " " + Sentence((i % 3) + 10));
        var (_, marked, _) = Run("--dedup", "mark");
        var dups = marked.Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.TryGetProperty("duplicate_of", out _))
            .Select(e => (Path.GetFileName(e.GetProperty("source").GetString()), Path.GetFileName(e.GetProperty("duplicate_of").GetString())))
            .ToList();
        Assert.Equal([("p003.html", "p000.html"), ("p004.html", "p001.html"), ("p005.html", "p002.html")], dups);
        var (_, dropped, _) = Run("--dedup", "drop", "--jobs", "2");
        Assert.Equal(3, dropped.Length);
    }

    [Fact]
    public void Unordered_dedup_calls_the_first_in_input_order_the_first_copy()
    {
        // The first page is held back until a page has been written (or two seconds have passed): a run
        // deciding in completion order writes the second page first and calls the first its copy.
        using var written = new ManualResetEventSlim();
        var html = Encoding.UTF8.GetBytes($"<html><body><article><h1>Harbour</h1><p>{Sentence(1)} {Sentence(2)}</p></article></body></html>");
        var items = new[]
        {
            new InputItem("first", () =>
            {
                written.Wait(TimeSpan.FromSeconds(2));
                return new PageInput { Source = "first", Bytes = html };
            }),
            new InputItem("second", () => new PageInput { Source = "second", Bytes = html }),
        };
        using var output = new MemoryStream();
        var run = new ExtractRun(new Extractor(), OutputFormat.Jsonl, InputMode.Html, false, TextWriter.Null)
        {
            Jobs = 2,
            Unordered = true,
            Dedup = DedupMode.Mark,
            OnPage = _ => written.Set(),
        };
        Assert.True(run.Execute(items, output));
        var records = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, records.Count);
        var copy = Assert.Single(records, r => r.TryGetProperty("duplicate_of", out _));
        Assert.Equal("second", copy.GetProperty("source").GetString());
        Assert.Equal("first", copy.GetProperty("duplicate_of").GetString());
    }

    [Fact]
    public void A_broken_page_is_an_error_record_in_its_place()
    {
        Pages(3, Sentence);
        File.WriteAllBytes(Path.Combine(_dir, "p001.html"), [0, 1, 2, 3, 0, 0, 0, 5]);
        var (code, lines, errors) = Run("--jobs", "2");
        Assert.Equal(1, code);
        Assert.Equal(3, lines.Length);
        Assert.True(JsonDocument.Parse(lines[1]).RootElement.TryGetProperty("error", out _));
        Assert.Contains("p001.html", errors);
    }

    [Fact]
    public void Jsonl_lines_become_articles_in_html_or_text_mode_by_their_fields()
    {
        var html = $"<html><body><article><h1>Harbour</h1><p>{Sentence(1)}</p></article></body></html>";
        File.WriteAllLines(Path.Combine(_dir, "dump.jsonl"),
        [
            JsonSerializer.Serialize(new { url = "https://x.pl/1", html }),
            JsonSerializer.Serialize(new { url = "https://x.pl/2", text = "Harbour\n" + Sentence(2) + "\n" + Sentence(3) }),
            JsonSerializer.Serialize(new { url = "https://x.pl/3" }),
        ]);
        var (code, lines, _) = Run("--jobs", "2");
        Assert.Equal(1, code);
        var records = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, records.Count);
        Assert.Equal("https://x.pl/1", records[0].GetProperty("url").GetString());
        Assert.Contains("harbour of the coast", records[0].GetProperty("text").GetString());
        Assert.EndsWith("dump.jsonl:2", records[1].GetProperty("source").GetString());
        Assert.Contains("3th harbour", records[1].GetProperty("text").GetString());
        Assert.True(records[2].TryGetProperty("error", out _));
    }

    [Fact]
    public void Both_parsers_give_the_same_articles()
    {
        Pages(5, Sentence);
        var fast = Run("--parser", "fast").Lines;
        var angle = Run("--parser", "angle").Lines;
        Assert.Equal(angle, fast);
    }
}
