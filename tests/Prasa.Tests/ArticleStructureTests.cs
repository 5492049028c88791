using Prasa.Blocks;
using Prasa.Output;
using Prasa.Tests.Fixtures;

namespace Prasa.Tests;

/// <summary>The article keeps the structure of its text: paragraphs in order, subheadings, lists, quotes and tables.</summary>
public class ArticleStructureTests
{
    private static Article Extract() =>
        new Extractor().Extract(NewsPage.Page(NewsPage.Html()), explain: true);

    [Fact]
    public void Title_is_found_and_left_out_of_the_text()
    {
        var article = Extract();

        Assert.Equal(NewsPage.Title, article.Title);
        Assert.DoesNotContain(NewsPage.Title, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraphs_come_in_page_order_separated_by_blank_lines()
    {
        var text = Extract().Text;

        var positions = NewsPage.Paragraphs.Select(p => text.IndexOf(p, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.StartsWith(NewsPage.Paragraphs[0] + "\n\n" + NewsPage.Paragraphs[1], text, StringComparison.Ordinal);
    }

    [Fact]
    public void Subheading_list_quote_and_table_keep_their_kind()
    {
        var blocks = Extract().Blocks;

        var heading = Assert.Single(blocks, b => b.Text == NewsPage.Subheading);
        Assert.Equal(Label.Heading, heading.Label);
        Assert.Equal(BlockKind.Heading, heading.Kind);
        Assert.Equal(2, heading.HeadingLevel);

        foreach (var item in NewsPage.ListItems)
        {
            var b = Assert.Single(blocks, b => b.Text == item);
            Assert.Equal(BlockKind.ListItem, b.Kind);
            Assert.True(b.Label.IsContent());
        }

        var quote = Assert.Single(blocks, b => b.Text == NewsPage.Quote);
        Assert.Equal(BlockKind.Quote, quote.Kind);
        Assert.True(quote.Label.IsContent());

        var cells = blocks.Where(b => b.Kind == BlockKind.TableCell).ToList();
        Assert.Equal(NewsPage.Table.SelectMany(r => r), cells.Select(c => c.Text));
        Assert.Equal(NewsPage.Table.Length, cells.Select(c => c.Row).Distinct().Count());
        Assert.All(cells, c => Assert.True(c.Label.IsContent()));
    }

    [Fact]
    public void Markdown_renders_headings_lists_quotes_and_tables()
    {
        var article = Extract();

        var md = MarkdownRenderer.Render(article, article.Blocks);

        Assert.StartsWith("# " + NewsPage.Title + "\n\n", md, StringComparison.Ordinal);
        Assert.Contains("\n## " + NewsPage.Subheading + "\n", md, StringComparison.Ordinal);
        Assert.Contains(string.Concat(NewsPage.ListItems.Select(i => "- " + i + "\n")), md, StringComparison.Ordinal);
        Assert.Contains("\n> " + NewsPage.Quote + "\n", md, StringComparison.Ordinal);
        Assert.Contains(
            "| Przeprawa | Długość | Otwarcie |\n| --- | --- | --- |\n| Most w Brzegu Dolnym | 520 m | 2026 |\n| Most w Ścinawie | 390 m | 2011 |\n",
            md,
            StringComparison.Ordinal);
        Assert.EndsWith(NewsPage.Paragraphs[4] + "\n", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_escapes_text_that_would_read_as_markup()
    {
        var article = new Article { Source = "x", Title = "Tytuł" };
        Block[] blocks =
        [
            new() { Text = "# nie nagłówek", Label = Label.Body },
            new() { Text = "- nie lista", Label = Label.Body },
            new() { Text = "1. nie numeracja", Label = Label.Body },
            new() { Text = "2026 rok", Label = Label.Body },
            new() { Text = "komórka | z kreską", Kind = BlockKind.TableCell, Row = 1, Label = Label.Body },
        ];

        var md = MarkdownRenderer.Render(article, blocks);

        Assert.Contains("\\# nie nagłówek\n", md, StringComparison.Ordinal);
        Assert.Contains("\\- nie lista\n", md, StringComparison.Ordinal);
        Assert.Contains("\n1\\. nie numeracja\n", md, StringComparison.Ordinal);
        Assert.Contains("\n2026 rok\n", md, StringComparison.Ordinal);
        Assert.Contains("| komórka \\| z kreską |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void An_embedded_post_the_article_quotes_stays_in_the_text()
    {
        const string tweet = "Most w Brzegu Dolnym wreszcie otwarty, czekaliśmy na to dwadzieścia lat!";
        var html = NewsPage.Html(inside: $"""<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="pl">{tweet}</p>— Jan Nowak (@jannowak) 18 listopada 2026</blockquote></div>""");

        var article = new Extractor().Extract(NewsPage.Page(html));

        Assert.Contains(tweet, article.Text, StringComparison.Ordinal);
    }
}
