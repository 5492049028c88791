using System.Text;
using Prasa.Inputs;

namespace Prasa.Tests.Inputs;

public sealed class JsonlReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("prasa-jsonl-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    [Fact]
    public void Reads_html_or_text_and_reports_lines_without_either()
    {
        var path = Write("dump.jsonl",
            """{"url":"https://x.pl/a","html":"<p>An HTML page.</p>"}""",
            """{"text":"A text dump line\nand another"}""",
            "",
            """{"url":"https://x.pl/c","title":"no page fields"}""",
            "not json at all",
            """{"html":"","text":"empty html falls back to text"}""");
        var items = JsonlReader.Read(path, JsonlFields.Default, 1 << 20).ToList();
        Assert.Equal([$"{path}:1", $"{path}:2", $"{path}:4", $"{path}:5", $"{path}:6"], items.Select(i => i.Source));
        Assert.Equal(InputMode.Html, items[0].Mode);
        Assert.Equal("https://x.pl/a", items[0].Load().Url);
        Assert.Equal(InputMode.Text, items[1].Mode);
        Assert.Equal("A text dump line\nand another", Encoding.UTF8.GetString(items[1].Load().Bytes));
        Assert.Contains("no \"html\" or \"text\" field", Assert.Throws<ExtractionException>(() => items[2].Load()).Message);
        Assert.StartsWith("not JSON", Assert.Throws<ExtractionException>(() => items[3].Load()).Message);
        Assert.Equal(InputMode.Text, items[4].Mode);
    }

    [Fact]
    public void Field_names_can_be_chosen()
    {
        var path = Write("custom.jsonl", """{"link":"https://y.pl","raw":"<p>x</p>","content":"t"}""");
        var item = Assert.Single(JsonlReader.Read(path, new JsonlFields("raw", "content", "link"), 1 << 20));
        Assert.Equal(InputMode.Html, item.Mode);
        Assert.Equal("https://y.pl", item.Load().Url);
    }

    [Fact]
    public void Gzipped_jsonl_and_gzipped_pages_are_read_transparently()
    {
        var jsonl = Path.Combine(_dir, "dump.jsonl.gz");
        var page = Path.Combine(_dir, "page.html.gz");
        Gzip(jsonl, """{"html":"<html><body><p>Gzipped line, long enough to be an article paragraph of some sort.</p></body></html>"}""" + "\n");
        Gzip(page, "<html><body><article><p>Gzipped page, long enough to be an article paragraph of some sort.</p></article></body></html>");
        var items = FileInputs.Expand([_dir], 1 << 20).ToList();
        Assert.Equal(2, items.Count);
        Assert.StartsWith("<html>", Encoding.UTF8.GetString(items[0].Load().Bytes));
        Assert.StartsWith("<html>", Encoding.UTF8.GetString(items[1].Load().Bytes));
    }

    private static void Gzip(string path, string text)
    {
        using var f = File.Create(path);
        using var gz = new System.IO.Compression.GZipStream(f, System.IO.Compression.CompressionLevel.Fastest);
        gz.Write(Encoding.UTF8.GetBytes(text));
    }
}
