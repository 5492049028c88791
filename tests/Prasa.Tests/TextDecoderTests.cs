using System.Text;
using Prasa.Inputs;

namespace Prasa.Tests;

/// <summary>Every path by which TextDecoder picks an encoding gives the Polish text back without mojibake.</summary>
public class TextDecoderTests
{
    // Every Polish letter, lower and upper case, in a sentence long enough to tell code pages apart;
    // only characters that ISO-8859-2 has (no typographic dashes).
    private const string Polish = "Zażółć gęślą jaźń. Źródło ŁĄKI, ŚWIĘTA Ćma i Ńoż; śćźżąęółń ŚĆŹŻĄĘÓŁŃ - ósma łódź przypłynęła.";

    static TextDecoderTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private static byte[] Page(string head, string body, Encoding encoding, byte[]? prefix = null) =>
        [.. prefix ?? [], .. encoding.GetBytes($"<html><head>{head}<title>Wiadomości</title></head><body><p>{body}</p></body></html>")];

    [Fact]
    public void Utf8_byte_order_mark_wins_over_a_contrary_declaration()
    {
        var bytes = Page("<meta charset=\"iso-8859-2\">", Polish, new UTF8Encoding(false), [0xEF, 0xBB, 0xBF]);

        var (text, name) = TextDecoder.Decode(bytes);

        Assert.Equal("utf-8", name);
        Assert.Contains(Polish, text, StringComparison.Ordinal);
        Assert.StartsWith("<html>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_little_endian_byte_order_mark()
    {
        var bytes = Page("", Polish, new UnicodeEncoding(false, false), [0xFF, 0xFE]);

        var (text, name) = TextDecoder.Decode(bytes);

        Assert.Equal("utf-16le", name);
        Assert.Contains(Polish, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_big_endian_byte_order_mark()
    {
        var bytes = Page("", Polish, new UnicodeEncoding(true, false), [0xFE, 0xFF]);

        var (text, name) = TextDecoder.Decode(bytes);

        Assert.Equal("utf-16be", name);
        Assert.Contains(Polish, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<meta charset=iso-8859-2>", "iso-8859-2")]
    [InlineData("<meta charset=\"ISO-8859-2\">", "iso-8859-2")]
    [InlineData("<meta charset='windows-1250'>", "windows-1250")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">", "iso-8859-2")]
    [InlineData("<meta http-equiv=\"content-type\" content=\"text/html;charset=windows-1250\">", "windows-1250")]
    [InlineData("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=x-cp1250\">", "windows-1250")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=latin2\">", "iso-8859-2")]
    public void Declared_legacy_charset_is_used(string meta, string encoding)
    {
        var bytes = Page(meta, Polish, Encoding.GetEncoding(encoding));

        var (text, name) = TextDecoder.Decode(bytes);

        Assert.Equal(encoding, name);
        Assert.Contains(Polish, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_declaration_names_the_encoding()
    {
        var bytes = Encoding.GetEncoding("iso-8859-2").GetBytes($"<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?>\n<html><body><p>{Polish}</p></body></html>");

        var (text, name) = TextDecoder.Decode(bytes);

        Assert.Equal("iso-8859-2", name);
        Assert.Contains(Polish, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Transport_charset_is_used_when_the_page_declares_none()
    {
        var bytes = Page("", Polish, Encoding.GetEncoding("iso-8859-2"));

        var (text, name) = TextDecoder.Decode(bytes, declared: "ISO-8859-2");

        Assert.Equal("iso-8859-2", name);
        Assert.Contains(Polish, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<meta charset=\"iso-8859-1\">")]
    [InlineData("<meta charset=\"iso-8859-2\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\">")]
    public void Mislabelled_utf8_is_read_as_utf8(string meta)
    {
        var bytes = Page(meta, Polish, new UTF8Encoding(false));

        var (text, name) = TextDecoder.Decode(bytes);

        Assert.Equal("utf-8", name);
        Assert.Contains(Polish, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("iso-8859-2")]
    [InlineData("windows-1250")]
    public void Undeclared_central_european_page_is_guessed(string encoding)
    {
        var bytes = Page("", Polish, Encoding.GetEncoding(encoding));

        var (text, _) = TextDecoder.Decode(bytes);

        Assert.Contains(Polish, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("iso-8859-2")]
    [InlineData("windows-1250")]
    public void Undeclared_plain_text_dump_is_guessed(string encoding)
    {
        const string dump = "Strona główna\nŁódź: Księży Młyn. Źródło sporu\nMieszkańcy protestują przeciwko wycince dziewiętnastu lip przy ulicy. Zarząd dróg chce urządzić w ich miejscu parking dla turystów.\nŚwięto ulicy odbędzie się w sobotę.\n";
        var bytes = Encoding.GetEncoding(encoding).GetBytes(dump);

        var (text, _) = TextDecoder.Decode(bytes);

        Assert.Equal(dump, text);
    }

    [Fact]
    public void Utf8_cut_inside_a_character_is_still_utf8()
    {
        var full = new UTF8Encoding(false).GetBytes("<p>Zażółć gęślą jaźń</p><p>Łódź");
        var cut = full[..^1];

        var (text, name) = TextDecoder.Decode(cut);

        Assert.Equal("utf-8", name);
        Assert.Contains("Zażółć gęślą jaźń", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pure_ascii_needs_no_guess()
    {
        var (text, name) = TextDecoder.Decode("<p>plain text</p>"u8);

        Assert.Equal("ascii", name);
        Assert.Equal("<p>plain text</p>", text);
    }

    [Theory]
    [InlineData("pl-gdansk-tramwaj-wodny.iso-8859-2.html", "Gdańsk: po 40 latach wraca prom na Westerplatte", "Zatrzyma się na pięciu przystankach: przy Długim Pobrzeżu, Ołowiance")]
    [InlineData("pl-lodz-ksiezy-mlyn.cp1250.html", "Księży Młyn. Źródło sporu - zieleń czy parking?", "Za każde wycięte drzewo miasto obiecuje posadzić trzy nowe w pobliskim parku Źródliska.")]
    public void Legacy_sample_pages_extract_without_mojibake(string file, string title, string sentence)
    {
        var path = Path.Combine(Samples.Directory, file);
        var article = new Extractor().Extract(new PageInput { Source = path, Bytes = File.ReadAllBytes(path) });

        Assert.Equal(title, article.Title);
        Assert.Contains(sentence, article.Text, StringComparison.Ordinal);
    }
}
