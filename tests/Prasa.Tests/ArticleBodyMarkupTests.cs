using System.Text;
using Prasa.Tests.Fixtures;

namespace Prasa.Tests;

/// <summary>Markup that names the article body outweighs a layout class on a box around it.</summary>
public class ArticleBodyMarkupTests
{
    private const string Body =
        "Rada gminy przyjęła w czwartek budżet na przyszły rok, w którym najwięcej pieniędzy trafi na drogi. "
        + "Wójt zapowiedział, że przebudowa ulicy Leśnej ruszy wiosną, a szkoła dostanie nową salę gimnastyczną.";

    private static string Page(string wrapperClass)
    {
        // A long menu first, so that the box around the article holds well under half of the page's text.
        var menu = new StringBuilder("<ul class=\"site-menu\">");
        for (var i = 0; i < 60; i++)
        {
            menu.Append($"<li><a href=\"/dzial/{i}\">Dział numer {i} z wiadomościami regionu</a></li>");
        }

        menu.Append("</ul>");
        return $"""
            <html><body>{menu}
            <div class="{wrapperClass}"><article><h1>Budżet gminy przyjęty</h1>
            <section itemprop="articleBody"><p>{Body}</p></section></article></div>
            </body></html>
            """;
    }

    [Theory]
    [InlineData("post-wrap layout-sidebar-right")]
    [InlineData("content has-sidebar")]
    public void A_sidebar_layout_class_around_the_article_body_does_not_remove_it(string wrapperClass)
    {
        var article = new Extractor().Extract(NewsPage.Page(Page(wrapperClass)));

        Assert.Contains(Body, article.Text, StringComparison.Ordinal);
    }
}
