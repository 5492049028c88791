using System.Text;
using Prasa.Inputs;
using Prasa.Tests.Fixtures;

namespace Prasa.Tests;

/// <summary>Input that is not a page is refused with a message; input that is a broken page still gives its article.</summary>
public class BadInputTests
{
    private static Article Extract(byte[] bytes, InputMode mode = InputMode.Auto) =>
        new Extractor().Extract(new PageInput { Source = "bad", Bytes = bytes }, mode);

    [Fact]
    public void Empty_input_is_refused()
    {
        var e = Assert.Throws<ExtractionException>(() => Extract([]));

        Assert.Equal("empty input", e.Message);
    }

    [Theory]
    [InlineData("   \n\t  \r\n ")]
    [InlineData("\uFEFF  \n")]
    public void Whitespace_only_input_is_refused(string text)
    {
        var e = Assert.Throws<ExtractionException>(() => Extract(Encoding.UTF8.GetBytes(text)));

        Assert.Contains("no text", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_file_is_refused()
    {
        // The start of a PNG image: signature, IHDR chunk and some compressed data.
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0xC8, 0x08, 0x06, 0x00, 0x00, 0x00, 0x3C, 0x1F, 0x9A];

        var e = Assert.Throws<ExtractionException>(() => Extract(png));

        Assert.Contains("binary", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_with_a_few_nul_bytes_is_still_a_page()
    {
        // As scraped from a page with an empty fixed-width field: one run of NULs among 1.5 KB of text.
        var nuls = new string('\0', 10);
        var dump = $"Przejdź do treści\n\n{nuls}\n\n{NewsPage.Title}\n\n" + string.Join("\n\n", NewsPage.Paragraphs) + "\n";

        var article = Extract(Encoding.UTF8.GetBytes(dump));

        Assert.Contains(NewsPage.Paragraphs[1], article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_is_refused_rather_than_misread()
    {
        var bytes = Encoding.Unicode.GetBytes(NewsPage.Html());

        Assert.Throws<ExtractionException>(() => Extract(bytes));
    }

    [Fact]
    public void Gzip_compressed_page_is_refused()
    {
        using var ms = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(ms, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            gz.Write(Encoding.UTF8.GetBytes(NewsPage.Html()));
        }

        Assert.Throws<ExtractionException>(() => Extract(ms.ToArray()));
    }

    [Fact]
    public void Page_over_the_limit_is_refused_with_the_limit_named()
    {
        var extractor = new Extractor(maxBytes: 1024);
        var bytes = Encoding.UTF8.GetBytes(NewsPage.Html());

        var e = Assert.Throws<ExtractionException>(() => extractor.Extract(new PageInput { Source = "big", Bytes = bytes }));

        Assert.Contains("over the", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_limit_is_twenty_megabytes()
    {
        Assert.Equal(20 * 1024 * 1024, Extractor.DefaultMaxBytes);
        Assert.Equal(Extractor.DefaultMaxBytes, new Extractor().MaxBytes);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.75)]
    public void Truncated_page_gives_the_text_before_the_cut(double keep)
    {
        var html = NewsPage.Html();
        var cut = Encoding.UTF8.GetBytes(html)[..(int)(Encoding.UTF8.GetByteCount(html) * keep)];

        var article = Extract(cut);

        Assert.Contains(NewsPage.Paragraphs[0], article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>Zdanie ucięte w połowie tagu <a hre")]
    [InlineData("<html><head><title>Bez końca")]
    [InlineData("<html><body><div><div><div><p>Pierwszy akapit bez zamknięcia<p>Drugi akapit")]
    [InlineData("<!-- komentarz bez końca <p>tekst")]
    [InlineData("<script>var a = '<p>nie tekst</p>';")]
    [InlineData("<table><tr><td>komórka<tr><td>druga")]
    [InlineData("</p></div></body></html>")]
    public void Broken_markup_never_throws(string html)
    {
        var article = Extract(Encoding.UTF8.GetBytes(html), InputMode.Html);

        Assert.NotNull(article.Text);
    }

    [Fact]
    public void Deeply_nested_markup_does_not_overflow_the_stack()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 20_000)) + "<p>" + NewsPage.Paragraphs[0] + "</p>" + string.Concat(Enumerable.Repeat("</div>", 20_000));

        var article = Extract(Encoding.UTF8.GetBytes(html), InputMode.Html);

        Assert.NotNull(article.Text);
    }

    [Fact]
    public void Text_dump_of_one_very_long_line_is_read()
    {
        var line = string.Join(' ', Enumerable.Repeat(NewsPage.Paragraphs[1], 2000));

        var article = Extract(Encoding.UTF8.GetBytes(line), InputMode.Text);

        Assert.NotNull(article.Text);
    }
}
