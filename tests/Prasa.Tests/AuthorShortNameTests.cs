using Prasa.Metadata;

namespace Prasa.Tests;

/// <summary>
/// Authors a page gives in a short form or only in an author box, a footer or its header, and what such
/// places must not be taken for.
/// </summary>
public class AuthorShortNameTests
{
    private const string Text =
        "<p>The council voted on Tuesday night to replace the old bridge over the river, ending years of debate about its future and its cost.</p>"
        + "<p>Work is to start next spring and should take two years, during which a temporary crossing will carry buses and bicycles.</p>"
        + "<p>Residents who spoke at the meeting mostly welcomed the decision, though some asked for a wider footpath on the new bridge.</p>";

    private static Article Extract(string html) =>
        new Extractor().Extract(new Prasa.Inputs.PageInput { Source = "t.html", Bytes = System.Text.Encoding.UTF8.GetBytes(html) }, Prasa.Inputs.InputMode.Html);

    private static List<string> Authors(string html) => Extract(html).Author;

    private static string Page(string head, string article, string after = "") =>
        "<html><head>" + head + "</head><body><h1>New bridge</h1><article>" + article + "</article>" + after + "</body></html>";

    [Fact]
    public void ExpandsInitialsThatTheAuthorsPageAddressSpells()
    {
        const string Byline = "<p class=\"post-info\">Posted by <a rel=\"author\" href=\"https://miradiary.example/author/miramorrow/\">MM</a></p>";
        const string Licence = "<div id=\"licence\"><p>A diary by <a href=\"https://miradiary.example/\">Mira Morrow</a> under a free licence.</p></div>";
        Assert.Equal(["Mira Morrow"], Authors(Page("", Byline + Text, Licence)));

        // Without the address that spells it, the initials stay; a first name is how the writer chose to sign.
        Assert.Equal(["MM"], Authors(Page("", Byline.Replace("miramorrow", "mm", StringComparison.Ordinal) + Text, Licence)));
        Assert.Equal(["Mira"], Authors(Page("", Byline.Replace(">MM<", ">Mira<", StringComparison.Ordinal) + Text, Licence)));
    }

    [Fact]
    public void ExpandsAFirstNameThatTheAuthorsBiographyOpensWith() =>
        Assert.Equal(["Toma Reinholt"], Authors(Page("", "<p class=\"byline\">By <span class=\"author\">Toma</span></p>" + Text,
            "<div class=\"author-box\"><div class=\"name\">Toma</div><div class=\"bio\">Toma Reinholt - engineer, cyclist and project lead since 2002.</div></div>")));

    [Fact]
    public void ExpandsAFirstNameWithThePersonalSitesSurname()
    {
        const string Head = "<meta property=\"og:site_name\" content=\"reinholt\">";
        const string Article = "<p class=\"byline\">Von <span class=\"author\">Henrik</span></p>" + Text
            + "<figure><img src=\"a.jpg\"><figcaption>Ausschnitt: Henrik Reinholt</figcaption></figure>";
        Assert.Equal(["Henrik Reinholt"], Authors(Page(Head, Article)));

        // On a site of another name, the first name stays as the byline shows it.
        Assert.Equal(["Henrik"], Authors(Page("<meta property=\"og:site_name\" content=\"Brückenblog\">", Article)));
    }

    [Fact]
    public void WritesOutAnAccountThatAPageScriptNames() =>
        Assert.Equal(["Lena Kowal"], Authors(Page(
            "<script type=\"application/ld+json\">{\"@type\":\"HowTo\",\"name\":\"New bridge\",\"author\":{\"@type\":\"Person\",\"name\":\"lena.kowal\"}}</script>",
            Text, "<script>window.state={\"username\":\"lena.kowal\",\"display_name\":\"Lena Kowal\"};</script>")));

    [Fact]
    public void ReadsAnAuthorBoxBesideALinkToTheAuthorsPage()
    {
        const string Box = "<div class=\"teaser-box author short\"><div class=\"title-small\"> Johanna Kessler </div>"
            + "<div class=\"moreinfo\"><a href=\"/component/search/?searchword=johanna-kessler&amp;searchphrase=author\">Alle Artikel</a></div></div>";
        Assert.Equal(["Johanna Kessler"], Authors(Page("", Text, Box)));

        // A link to another site's author page is no box of this page's writer.
        Assert.Empty(Authors(Page("<link rel=\"canonical\" href=\"https://bridgeblog.example/new-bridge\">", Text,
            "<div class=\"widget\"><h3>Johanna Kessler elsewhere</h3><a href=\"https://othermag.example/author/johanna-kessler\">Columns</a></div>")));

        // Links naming two people are a list of teasers, each with its writer.
        Assert.Empty(Authors(Page("", Text, Box + "<div class=\"teaser\"><div>Ole Kamp</div><a href=\"/author/ole-kamp/\">Alle Artikel</a></div>")));
    }

    [Fact]
    public void TakesAFootersCopyrightHolderWhereNoOneElseIsNamed()
    {
        const string Footer = "<footer><p class=\"copyrights-text\">(c) Jonas Weber • Weitere Rechte siehe Impressum</p></footer>";
        const string Filler = "<div id=\"nav\"><a href=\"/\">Home</a></div><div>x</div><div>y</div><div>z</div><div>w</div>";
        Assert.Equal(["Jonas Weber"], Authors(Page("", Text, Filler + Footer)));

        // A photo's credit says nothing more than the name.
        Assert.Empty(Authors(Page("", Text, Filler + "<footer><p>© Jonas Weber</p></footer>")));
    }

    [Fact]
    public void ReadsTheNameOverTheDateClosingALetter() =>
        Assert.Equal(["Benni"], Authors(Page("", Text + "<p>In dem Sinne: So long, and thanks for all the fish!</p><p>Benni<br>10. September 2017</p>",
            "<footer><a href=\"/impressum\">Impressum</a></footer>")));

    [Fact]
    public void ReadsTheBylineOfADatedHeadingUnderTheHeadline()
    {
        Assert.Equal(["Olga"], Extract("<html><body><div class=\"row\"><h1>New bridge</h1></div><div class=\"col\"><img src=\"bridge.jpg\" alt=\"\">"
            + "<h2>Stars (1 / 1) <span>06.11.2023 13:30 von Olga </span> <span style=\"float:right\">Symbolbild imago</span></h2>"
            + Text + "</div></body></html>").Author);

        // A heading further down is a section's, whatever it holds.
        Assert.Empty(Extract("<html><body><h1>New bridge</h1><article>" + Text + "<h2>Vom Plan 2019 zum Bau</h2>" + Text + "</article></body></html>").Author);
    }

    [Fact]
    public void TakesTheShownBylineOverAHiddenAuthorLink() =>
        Assert.Equal(["Matthias Lauer"], Extract("<html><head><meta name=\"author\" content=\"Isa Angel\"></head><body><h1>New bridge</h1>"
            + "<div class=\"meta-info\"><span class=\"vcard rich-snippet-hidden\"><span class=\"fn\"><a href=\"/author/isa/\" rel=\"author\">Isa Angel</a></span></span>"
            + "<span class=\"updated rich-snippet-hidden\">2022-12-07T10:10:52+01:00</span><span>7. Dezember 2022</span></div>"
            + "<article><p><strong>Von Mat\u00adthi\u00adas Lauer</strong></p>" + Text + "</article></body></html>").Author);

    [Fact]
    public void TakesABylineOverAMetaAuthorThatIsThePublisher()
    {
        const string Head = "<meta name=\"author\" content=\"Harbour Illustrated\"><meta name=\"DC.publisher\" content=\"Harbour Illustrated\">";
        Assert.Equal(["Ivan Valet"], Authors(Page(Head, "<table><tr><td>26 | 01 | 2022</td><td class=\"authorbold\"><b>Text & Fotos:</b> Ivan Valet</td></tr></table>" + Text)));

        // Where no one else is named, the meta author stays.
        Assert.Equal(["Harbour Illustrated"], Authors(Page(Head, Text)));
    }

    [Fact]
    public void TakesAPersonalSitesOwnerWhereNoSourceNamesAnyone()
    {
        const string Canonical = "<link rel=\"canonical\" href=\"https://www.moritz-feld.example/new-bridge\">";
        Assert.Equal(["Moritz Feld"], Authors(Page("<title>New bridge – Dr. Moritz Feld</title><meta property=\"og:site_name\" content=\"Dr. Moritz Feld\">" + Canonical, Text)));

        // A site named like a person is as often a brand.
        Assert.Empty(Authors(Page("<title>New bridge – Zoo Hamburg</title><meta property=\"og:site_name\" content=\"Zoo Hamburg\">"
            + "<link rel=\"canonical\" href=\"https://www.zoo-hamburg.example/new-bridge\">", Text)));
    }

    [Fact]
    public void TakesTheOwnerABlogsHeaderNames() =>
        Assert.Equal(["Alexander Lenz"], Extract("<html><head><title>New bridge | Sprachblog</title><meta property=\"og:site_name\" content=\"Sprachblog\">"
            + "<link rel=\"canonical\" href=\"https://alexanderlenz.example.com/2019/new-bridge/\"></head><body>"
            + "<div id=\"header\"><span class=\"site-title\"><a href=\"/\">Sprachblog</a></span> <span class=\"site-description\">Alexander Lenz</span></div>"
            + "<h1>New bridge</h1><article>" + Text + "</article></body></html>").Author);

    [Fact]
    public void TakesNoOrganisationJsonLdDeclaresTheAuthorForAWriter()
    {
        var a = Extract(Page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"New bridge\","
            + "\"author\":[{\"@type\":\"Organization\",\"name\":\"Harbour Herald\"}]}</script>"
            + "<meta name=\"twitter:label1\" content=\"Verfasst von\"><meta name=\"twitter:data1\" content=\"Harbour Herald\">", Text));
        Assert.Empty(a.Author);
        Assert.Equal(["Harbour Herald"], a.Credit);
    }

    [Theory]
    [InlineData("Text & Fotos: Ivan Valet", "Ivan Valet")]
    [InlineData("Von Mat\u00adthi\u00adas Lauer", "Matthias Lauer")]
    public void CleansBylineLabelsAndSoftHyphens(string value, string name) =>
        Assert.Equal([name], AuthorName.People(value).ToList());

    [Theory]
    [InlineData("Hearst Communications")]
    [InlineData("Spanien Forum")]
    [InlineData("Kappa Publishing")]
    public void TakesCompaniesForNoPerson(string value) => Assert.Empty(AuthorName.People(value));
}
