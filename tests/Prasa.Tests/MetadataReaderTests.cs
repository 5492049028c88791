using System.Text;
using Prasa.Inputs;

namespace Prasa.Tests;

public class MetadataReaderTests
{
    private static Article Extract(string html, DateTimeOffset? fetch = null) =>
        new Extractor().Extract(new PageInput { Source = "t.html", Bytes = Encoding.UTF8.GetBytes(html), FetchTime = fetch }, InputMode.Html);

    private const string Body =
        "<article><p>Radni Krakowa po ponad ośmiu godzinach debaty przyjęli w środę budżet miasta na przyszły rok. "
        + "Wydatki przekroczą 9 mld zł, z czego blisko jedna trzecia trafi na transport publiczny.</p>"
        + "<p>Za przyjęciem uchwały budżetowej głosowało 27 radnych, przeciw było 13, a jedna osoba wstrzymała się od głosu. "
        + "Dochody miasta zaplanowano na 8,4 mld zł, a deficyt ma zostać pokryty z kredytów i emisji obligacji.</p></article>";

    [Fact]
    public void ReadsAJsonLdGraphWithAPersonReference()
    {
        var a = Extract("<html lang=\"pl\"><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
            + "{\"@type\":\"NewsArticle\",\"headline\":\"Budżet przyjęty\",\"datePublished\":\"2023-12-13T21:15:00+01:00\","
            + "\"dateModified\":\"2023-12-14T08:02:00+01:00\",\"author\":{\"@id\":\"#anna\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"Gazeta\"}},"
            + "{\"@type\":\"Person\",\"@id\":\"#anna\",\"name\":\"Anna Nowicka\"}]}</script></head><body><h1>Budżet przyjęty</h1>"
            + Body + "</body></html>");
        Assert.Equal("Budżet przyjęty", a.Title);
        Assert.Equal("2023-12-13T21:15:00+01:00", a.Published);
        Assert.Equal("2023-12-14T08:02:00+01:00", a.Modified);
        Assert.Equal(["Anna Nowicka"], a.Author);
        Assert.Equal("Gazeta", a.Site);
        Assert.Equal("pl", a.Language);
    }

    [Fact]
    public void AnOrganisationAsAuthorGivesWayToTheByline()
    {
        var a = Extract("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Budżet\","
            + "\"author\":{\"@type\":\"Organization\",\"name\":\"Gazeta\"}}</script></head><body><h1>Budżet</h1>"
            + "<p class=\"byline\"><span class=\"author\">Anna Nowicka</span>, PAP</p>" + Body + "</body></html>");
        Assert.Equal(["Anna Nowicka"], a.Author);
    }

    [Fact]
    public void ReadsDatesFromMarkedElementsAndTheUrl()
    {
        var a = Extract("<html><head><link rel=\"canonical\" href=\"https://example.pl/2023/12/13/budzet/\"></head><body>"
            + "<h1>Budżet przyjęty</h1><span class=\"entry-date\">13 grudnia 2023, 21:15</span>" + Body + "</body></html>");
        Assert.Equal("2023-12-13T21:15:00+01:00", a.Published);
        Assert.Equal("https://example.pl/2023/12/13/budzet/", a.Url);
        Assert.Equal("example.pl", a.Site);
    }

    [Fact]
    public void ResolvesARelativeDateLineAgainstTheFetchTime()
    {
        var html = "<html><body><h1>Budżet przyjęty</h1><p>2 godz. temu</p>" + Body + "</body></html>";
        Assert.Equal("2023-12-14", Extract(html, new DateTimeOffset(2023, 12, 14, 12, 0, 0, TimeSpan.FromHours(1))).Published);
        Assert.Null(Extract(html).Published);
    }

    [Fact]
    public void TakesTheLeadImageFromOpenGraph()
    {
        var a = Extract("<html><head><meta property=\"og:image\" content=\"https://example.pl/img/lead.jpg\"></head><body>"
            + "<h1>Budżet przyjęty</h1>" + Body + "</body></html>");
        Assert.Equal("https://example.pl/img/lead.jpg", a.Images[0].Url);
    }

    [Fact]
    public void ReadsTagsFromKeywords()
    {
        var a = Extract("<html><head><meta name=\"keywords\" content=\"Kraków, budżet, samorząd\"></head><body>"
            + "<h1>Budżet przyjęty</h1>" + Body + "</body></html>");
        Assert.Equal(["Kraków", "budżet", "samorząd"], a.Tags);
    }

    [Fact]
    public void ATagBoxesOwnLabelIsNoTag()
    {
        var a = Extract("<html><body><h1>Budżet przyjęty</h1>" + Body
            + "<div class=\"tags\"><h4>Tagi</h4><ul><li><a href=\"/t/krakow\">Kraków</a></li><li><a href=\"/t/budzet\">budżet</a></li></ul></div></body></html>");
        Assert.Equal(["Kraków", "budżet"], a.Tags);
    }

    [Fact]
    public void AnUpdateMarkerWithNoDateAfterItIsNoModifiedDate()
    {
        var a = Extract("<html><body><h1>Budżet przyjęty</h1><p>14.12.2023 aktualizacja</p>" + Body + "</body></html>");
        Assert.Null(a.Modified);
        Assert.Equal("2023-12-14", a.Published);
    }
}
