using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Prasa.Inputs;

namespace Prasa.Tests;

/// <summary>Whatever bytes arrive, extraction gives an article or refuses the input; nothing else escapes.</summary>
public class RandomInputProperties
{
    private static readonly Extractor Shared = new();

    /// <summary>Markup soup: real tags, attributes and text pieces in any order, nesting and closing.</summary>
    public sealed record HtmlSoup(string Html)
    {
        public override string ToString() => Html;
    }

    public static class Generators
    {
        private static readonly string[] Pieces =
        [
            "<html>", "</html>", "<head>", "</head>", "<body>", "</body>", "<title>", "</title>",
            "<article>", "</article>", "<main>", "</main>", "<div class=\"article-body\">", "<div class=\"comments\">",
            "<div id=\"cookie\">", "<nav>", "</nav>", "<footer>", "</footer>", "<aside class=\"related\">", "</aside>", "</div>",
            "<p>", "</p>", "<h1>", "</h1>", "<h2>", "</h2>", "<h7>", "<ul>", "<li>", "</li>", "</ul>", "<ol>",
            "<blockquote>", "</blockquote>", "<table>", "<tr>", "<td>", "<th>", "</table>", "<pre>", "</pre>",
            "<a href=\"/x\">", "</a>", "<br>", "<br/>", "<img src=x alt=\"zdjęcie\">", "<figure>", "<figcaption>",
            "<script>", "</script>", "<style>", "</style>", "<script type=\"application/ld+json\">",
            "{\"@type\":\"NewsArticle\",\"headline\":\"Tytuł\",\"datePublished\":\"2026-13-45\",\"author\":[{\"name\":null}]}",
            "{\"@graph\":[", "]}", "<meta property=\"article:published_time\" content=\"wczoraj\">",
            "<meta charset=\"iso-8859-2\">", "<meta name=\"author\" content=\"\">", "<time datetime=\"\">", "</time>",
            "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<?xml version=\"1.0\"?>", "&amp;", "&#x0;", "&#xD800;",
            "&nbsp;", "&unknown;", "<", ">", "\"", "'", "=", "\n", "\r\n", "\t", "   ",
            "Zażółć gęślą jaźń.", "Reklama", "Czytaj też:", "Udostępnij", "12 grudnia 2026, 10:15", "2 godz. temu",
            "Autor: Jan Kowalski", "Fot. PAP", "Komentarze (3)", "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
            "W piątek przez most przejechały pierwsze samochody, a mieszkańcy przyjęli otwarcie z ulgą.",
            "\u200B", "\uFEFF", "\u0000", "\uFFFD", "😀", "\u202E",
        ];

        public static Arbitrary<HtmlSoup> Soup() =>
            Gen.Elements(Pieces).ListOf().Select(parts => new HtmlSoup(string.Concat(parts))).ToArbitrary();
    }

    private static bool ArticleOrRefusal(byte[] bytes, InputMode mode)
    {
        try
        {
            var article = Shared.Extract(new PageInput { Source = "random", Bytes = bytes }, mode, explain: true);
            return article.Text is not null;
        }
        catch (ExtractionException e)
        {
            return !string.IsNullOrWhiteSpace(e.Message);
        }
    }

    [Property(MaxTest = 300)]
    public bool Random_bytes_never_throw(byte[] bytes) => ArticleOrRefusal(bytes, InputMode.Auto);

    [Property(MaxTest = 200)]
    public bool Random_bytes_as_text_never_throw(byte[] bytes) => ArticleOrRefusal(bytes, InputMode.Text);

    [Property(MaxTest = 200)]
    public bool Random_strings_as_html_never_throw(string text) =>
        text is null || ArticleOrRefusal(Encoding.UTF8.GetBytes(text), InputMode.Html);

    [Property(MaxTest = 300, Arbitrary = [typeof(Generators)])]
    public bool Random_html_never_throws(HtmlSoup soup)
    {
        var bytes = Encoding.UTF8.GetBytes(soup.Html);
        return ArticleOrRefusal(bytes, InputMode.Auto) && ArticleOrRefusal(bytes, InputMode.Html);
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(Generators)])]
    public bool Random_html_in_legacy_encodings_never_throws(HtmlSoup soup)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return ArticleOrRefusal(Encoding.GetEncoding("iso-8859-2").GetBytes(soup.Html), InputMode.Auto)
            && ArticleOrRefusal(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(soup.Html)).ToArray(), InputMode.Auto);
    }
}
