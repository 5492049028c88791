using System.IO.Compression;
using System.Text;
using Prasa.Inputs;

namespace Prasa.Tests.Inputs;

public sealed class WarcReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("prasa-warc-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private static byte[] Record(string type, string id, string? uri, string contentType, byte[] block)
    {
        var head = new StringBuilder();
        head.Append("WARC/1.1\r\n");
        head.Append($"WARC-Type: {type}\r\n");
        head.Append($"WARC-Record-ID: <urn:uuid:{id}>\r\n");
        head.Append("WARC-Date: 2024-03-05T10:20:30Z\r\n");
        if (uri is not null)
        {
            head.Append($"WARC-Target-URI: {uri}\r\n");
        }

        head.Append($"Content-Type: {contentType}\r\n");
        head.Append($"Content-Length: {block.Length}\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. block, .. "\r\n\r\n"u8.ToArray()];
    }

    private static byte[] Http(string headers, byte[] body) => [.. Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\n" + headers + "\r\n"), .. body];

    private static byte[] Gzip(byte[] data)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, true))
        {
            gz.Write(data);
        }

        return ms.ToArray();
    }

    private static byte[] Chunked(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var half = bytes.Length / 2;
        return [.. Encoding.ASCII.GetBytes($"{half:x}\r\n"), .. bytes[..half], .. "\r\n"u8.ToArray(),
            .. Encoding.ASCII.GetBytes($"{bytes.Length - half:x}\r\n"), .. bytes[half..], .. "\r\n0\r\n\r\n"u8.ToArray()];
    }

    private const string PageOne = "<html><body><article><h1>Pierwszy</h1><p>Zażółć gęślą jaźń, akapit pierwszy.</p></article></body></html>";
    private const string PageTwo = "<html><body><p>Second page, sent in chunks.</p></body></html>";

    private string WriteWarc(bool gzipPerRecord, bool truncateLast)
    {
        var records = new List<byte[]>
        {
            Record("warcinfo", "0", null, "application/warc-fields", "software: test\r\n"u8.ToArray()),
            Record("request", "1", "https://a.pl/1", "application/http; msgtype=request", "GET /1 HTTP/1.1\r\n\r\n"u8.ToArray()),
            Record("response", "2", "https://a.pl/1", "application/http; msgtype=response",
                Http($"Content-Type: text/html; charset=utf-8\r\nContent-Length: {Encoding.UTF8.GetByteCount(PageOne)}\r\n", Encoding.UTF8.GetBytes(PageOne))),
            Record("response", "3", "https://a.pl/logo.png", "application/http; msgtype=response",
                Http("Content-Type: image/png\r\n", [0x89, 0x50, 0x4e, 0x47])),
            Record("response", "4", "https://a.pl/2", "application/http; msgtype=response",
                Http("Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", Chunked(PageTwo))),
            Record("metadata", "5", "https://a.pl/2", "application/warc-fields", "fetchTimeMs: 12\r\n"u8.ToArray()),
            Record("resource", "6", "file:///local.html", "text/html", Encoding.UTF8.GetBytes("<p>A stored resource page.</p>")),
        };
        if (truncateLast)
        {
            var last = Record("response", "7", "https://a.pl/3", "application/http; msgtype=response",
                Http("Content-Type: text/html\r\n", Encoding.UTF8.GetBytes("<p>" + new string('x', 500) + "</p>")));
            records.Add(last[..(last.Length / 2)]);
        }

        var path = Path.Combine(_dir, gzipPerRecord ? "crawl.warc.gz" : "crawl.warc");
        using var f = File.Create(path);
        foreach (var r in records)
        {
            f.Write(gzipPerRecord ? Gzip(r) : r);
        }

        return path;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reads_html_responses_and_resources_and_skips_the_rest(bool gzip)
    {
        var path = WriteWarc(gzip, truncateLast: false);
        var items = WarcReader.Read(path, 1 << 20).ToList();
        Assert.Equal([$"{path}#urn:uuid:2", $"{path}#urn:uuid:4", $"{path}#urn:uuid:6"], items.Select(i => i.Source));
        var first = items[0].Load();
        Assert.Equal("https://a.pl/1", first.Url);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 10, 20, 30, TimeSpan.Zero), first.FetchTime);
        Assert.Equal("utf-8", first.DeclaredCharset);
        Assert.Equal(PageOne, Encoding.UTF8.GetString(first.Bytes));
        Assert.Equal(PageTwo, Encoding.UTF8.GetString(items[1].Load().Bytes));
        Assert.Equal("<p>A stored resource page.</p>", Encoding.UTF8.GetString(items[2].Load().Bytes));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_truncated_last_record_is_an_error_item(bool gzip)
    {
        var path = WriteWarc(gzip, truncateLast: true);
        var items = WarcReader.Read(path, 1 << 20).ToList();
        Assert.Equal(4, items.Count);
        Assert.Equal(PageTwo, Encoding.UTF8.GetString(items[1].Load().Bytes));
        var error = Assert.Throws<ExtractionException>(() => items[^1].Load());
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void Extracts_a_warc_end_to_end_through_the_command()
    {
        var path = WriteWarc(gzipPerRecord: true, truncateLast: true);
        using var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var code = Prasa.Cli.Commands.Run(["extract", path, "--format", "jsonl", "--jobs", "2"], stdout, stderr, true);
        var lines = Encoding.UTF8.GetString(stdout.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, code);
        Assert.Equal(4, lines.Length);
        Assert.Contains("\"url\":\"https://a.pl/1\"", lines[0]);
        Assert.Contains("Zażółć gęślą jaźń", lines[0]);
        Assert.Contains("\"error\":", lines[3]);
        Assert.Contains("truncated", stderr.ToString());
    }

    [Fact]
    public void Dechunks_bodies_with_extensions_and_keeps_plain_ones()
    {
        var body = "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"u8.ToArray();
        Assert.Equal("hello world", Encoding.ASCII.GetString(HttpMessage.Dechunk(body)));
        var plain = "<p>not chunked</p>"u8.ToArray();
        Assert.Equal(plain, HttpMessage.Dechunk(plain));
    }
}
