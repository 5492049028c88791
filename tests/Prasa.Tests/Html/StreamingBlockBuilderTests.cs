using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Prasa.Blocks;
using Prasa.Html;

namespace Prasa.Tests.Html;

public class StreamingBlockBuilderTests
{
    private static readonly AngleSharpBlockBuilder Reference = new();
    private static readonly StreamingBlockBuilder Fast = new();

    private static List<string> Blocks(BlockDocument d) =>
        d.Blocks.Select(b => $"{b.Text}|{b.Kind}|{b.LinkChars}|{Path(d, b.Element)}").ToList();

    private static string Path(BlockDocument d, int e)
    {
        var parts = new List<string>();
        while (e >= 0)
        {
            parts.Add($"{d.Elements[e].Tag}.{d.Elements[e].ClassId}.{d.Elements[e].Hints}.{d.Elements[e].Depth}");
            e = d.Elements[e].Parent;
        }

        return string.Join("<", parts);
    }

    private static void SameAsReference(string html)
    {
        var a = Reference.Build(html);
        var s = Fast.Build(html);
        Assert.Equal(Blocks(a), Blocks(s));
        Assert.Equal(a.Head.TitleTag, s.Head.TitleTag);
        Assert.Equal(a.Head.Language, s.Head.Language);
        Assert.Equal(a.Head.Canonical, s.Head.Canonical);
        Assert.Equal(a.Head.Meta, s.Head.Meta);
        Assert.Equal(a.Head.JsonLd, s.Head.JsonLd);
        Assert.Equal(a.Head.Times, s.Head.Times);
        Assert.Equal(a.Head.Images, s.Head.Images);
        Assert.Equal(a.Head.AuthorLinks, s.Head.AuthorLinks);
    }

    [Theory]
    [InlineData("<p>one<p>two<div>three</div>four")]
    [InlineData("<ul><li>a<li>b<ul><li>c</ul><li>d</ul><dl><dt>t<dd>d<dt>u</dl>")]
    [InlineData("<table><tr><td>a<td>b<tr><td>c</table><p>after")]
    [InlineData("<table><tbody><tr><th>h</th></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>")]
    [InlineData("<h1>Title<h2>Sub</h1>text</h2><p>x</p>")]
    [InlineData("<p>a<br>b<br/>c</br>d<hr>e")]
    [InlineData("<pre>\nline one\n  line two\r\nthree</pre><listing>\nx</listing>")]
    [InlineData("<div>Tom &amp; Jerry &copy &copy; &#169; &#xA9; &notit; &#128512; &#x80; &bogus; &</div>")]
    [InlineData("<div title='a &amp b' class=\"X Y\" id=Main role=main itemprop=articleBody>t</div>")]
    [InlineData("<script>if (a < b) { document.write('</p>') }</script><p>x<style>p>a{}</style>y</p>")]
    [InlineData("<script><!-- <script> </script> still script --></script><p>after</p>")]
    [InlineData("<textarea>\n<p>not a tag</p></textarea><p>t</p><title>in body</title>")]
    [InlineData("<!-- a comment <p>no</p> --><p>yes<!--> still yes<!---> and yes</p><!doctype x><?php no ?>")]
    [InlineData("<svg><p>breaks out</p></svg><math><mi>x</mi></math><svg><foreignObject><div>in</div></foreignObject></svg><p>z</p>")]
    [InlineData("<svg><title>svg title</title><image src=i.png /></svg><p>t<image src=j.png alt=J></p>")]
    [InlineData("<p><a href=x>link<p>still link?</a> after</p>")]
    [InlineData("<a href=1>one<a href=2>two</a>three</a>")]
    [InlineData("<div><span><div>inner</span>tail</div>end</div>")]
    [InlineData("<form><div>in form</form>still div</div><form><form>nested</form></form>")]
    [InlineData("<div hidden>gone</div><div style='display: none'>gone</div><div style=\"visibility:hidden\">gone</div><p>kept</p>")]
    [InlineData("<select><option>o<div>x</div></select><button>b</button><noscript><p>ns</p></noscript><p>after</p>")]
    [InlineData("<figure><img src=a.jpg alt=A><figcaption>cap</figcaption></figure><time datetime='2024-01-02' pubdate>Jan</time>")]
    [InlineData("<p><a rel=author href=/a>Jane <b>Doe</b></a> wrote</p><blockquote><p>quoted</p></blockquote>")]
    [InlineData("<my-widget class=w>custom</my-widget><article><section><h3>h</h3><p>p</p></section></article>")]
    [InlineData("text before any tag<p>para</p>")]
    [InlineData("")]
    [InlineData("<p>unclosed <b>bold <i>both</b> italic</i> plain")]
    [InlineData("<div id=\"S:1\" hidden><p>streamed</p></div>")]
    [InlineData("<div hidden id=\"S:1a\"><p>streamed</p></div>")]
    public void Gives_the_reference_blocks(string body) => SameAsReference(body);

    [Theory]
    [InlineData("S:1", true)]
    [InlineData("S:1a", true)]
    [InlineData("S:", false)]
    [InlineData("S:menu", false)]
    public void Keeps_the_segments_react_streams_hidden(string id, bool kept)
    {
        var html = $"<div hidden id=\"{id}\"><p>streamed text</p></div><p>visible</p>";
        foreach (var builder in new IHtmlBlockBuilder[] { Reference, Fast })
        {
            var texts = builder.Build(html).Blocks.Select(b => b.Text).ToList();
            Assert.Equal(kept, texts.Contains("streamed text"));
        }
    }

    [Fact]
    public void Reads_the_head_as_the_reference_does()
    {
        const string html = """
            <!DOCTYPE html><html lang=" pl "><head><meta charset=utf-8><title>  The   title </title>
            <meta property="og:title" content=" OG "><meta name="Author" content="A B"><link rel=canonical href=" https://x/y ">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script>
            <noscript><img src="pixel.gif"></noscript><style>p{}</style></head>
            <body class="page"><p>text</p><meta itemprop=datePublished content=2024-02-03></body></html>
            """;
        SameAsReference(html);
        var head = Fast.Build(html).Head;
        Assert.Equal("The title", head.TitleTag);
        Assert.Equal("pl", head.Language);
        Assert.Equal("https://x/y", head.Canonical);
        Assert.Single(head.JsonLd);
    }

    [Fact]
    public void Template_in_the_head_does_not_open_the_body() =>
        SameAsReference("<html><head><template><div>tpl</div></template><title>t</title></head><body class=b><p>x</p></body></html>");

    [Fact]
    public void Quirks_mode_tables_stay_in_paragraphs()
    {
        SameAsReference("<p>before<table><tr><td>cell</td></tr></table>after");
        SameAsReference("<!DOCTYPE html><p>before<table><tr><td>cell</td></tr></table>after");
    }

    // Formatting elements other than links (b, i, em…) are not kept on the streaming builder's stack: they
    // make no blocks. The standard reopens them inside a heading after a paragraph closes, and a second
    // heading tag then nests instead of closing the first ("<p><b><h2>x<h2>y"), which the streaming
    // builder does not follow. This generator leaves them out; the wild-markup test below still feeds them.
    private static readonly string[] Pieces =
    [
        "<p>", "</p>", "<div>", "</div>", "<div class=c>", "<span>", "</span>", "<li>", "</li>", "<ul>", "</ul>", "<h2>", "</h2>",
        "<br>", "<hr>", "<pre>", "</pre>", "<blockquote>", "</blockquote>", "<img src=x alt=y>",
        "<script>", "</script>", "<style>", "</style>", "<!--", "-->", "&amp;", "&#65;", "&copy", "word", "two words", " ", "\n",
        "<", ">", "\"", "'", "=", "/", "<section>", "</section>", "<noscript>", "</noscript>", "<p hidden>", "<title>", "</title>",
    ];

    private static readonly string[] WildPieces =
    [
        .. Pieces, "<b>", "</b>", "<table>", "</table>", "<tr>", "<td>", "</td>", "<th>", "<a href=u>", "</a>", "<svg>", "</svg>", "<math>",
        "<![CDATA[", "]]>", "<select>", "<option>", "<form>", "</form>", "<textarea>", "</textarea>", "<template>", "</template>",
        "<plaintext>", "<frameset>", "<body>", "<head>", "<html>", "</html>", "<!doctype html>", "&", "&#", "&#x", "\0", "\r",
    ];

    private static Arbitrary<string> Fragments(string[] pieces) =>
        Gen.Elements(pieces).ArrayOf().Select(p => string.Concat(p)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Never_throws_on_random_markup() =>
        Prop.ForAll(Fragments(WildPieces), html => Fast.Build(html) is not null);

    [Property(MaxTest = 300)]
    public Property Never_throws_on_random_text() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), s => Fast.Build(s ?? "") is not null);

    [Property(MaxTest = 500)]
    public Property Matches_the_reference_on_random_markup_without_tables_or_links() =>
        Prop.ForAll(Fragments(Pieces), html => Blocks(Reference.Build(html)).SequenceEqual(Blocks(Fast.Build(html))));
}
