using System.Text;
using Prasa.Inputs;

namespace Prasa.Tests;

/// <summary>Which of a page's dates becomes the published one when its sources disagree.</summary>
public class MetadataDateChoiceTests
{
    private const string Body =
        "<article><p>Der Gemeinderat hat nach einer langen Debatte am Abend den Haushalt für das kommende Jahr beschlossen. "
        + "Die Ausgaben steigen deutlich, vor allem für den Nahverkehr und die Sanierung der Schulen in der Stadt.</p>"
        + "<p>Für den Entwurf stimmten 27 Mitglieder, dagegen 13, eine Person enthielt sich. Die Einnahmen sind mit "
        + "8,4 Milliarden Euro angesetzt, das Defizit soll über Kredite und Anleihen gedeckt werden.</p></article>";

    private static Article Extract(string head, string beforeBody, string afterBody = "") =>
        new Extractor().Extract(new PageInput
        {
            Source = "t.html",
            Bytes = Encoding.UTF8.GetBytes($"<html lang=\"de\"><head>{head}</head><body><h1>Haushalt beschlossen</h1>{beforeBody}{Body}{afterBody}</body></html>"),
        }, InputMode.Html);

    private static string JsonLd(string published, string? modified = null) =>
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Haushalt beschlossen\",\"datePublished\":\""
        + published + "\"" + (modified is null ? "" : ",\"dateModified\":\"" + modified + "\"") + "}</script>";

    [Theory]
    // The sources agree: the structured value, with its time and offset.
    [InlineData("2023-12-13T21:15:00+01:00", null, "<p class=\"date\">13.12.2023</p>", "2023-12-13")]
    // The page shows its revision day under the headline: that is the date it presents.
    [InlineData("2023-11-02T09:00:00+01:00", "2023-12-13T10:00:00+01:00", "<p>Stand: 13.12.2023</p>", "2023-12-13")]
    // A UTC time late in the evening is the next day in Berlin, the day the page shows.
    [InlineData("2023-12-13T23:30:00+00:00", null, "<p class=\"date\">14.12.2023</p>", "2023-12-14")]
    // A structured date the page never states loses to the date line under the headline.
    [InlineData("2023-12-20T08:00:00+01:00", null, "<p class=\"date\">13.12.2023</p>", "2023-12-13")]
    public void ReconcilesTheStructuredDateWithTheShownOne(string published, string? modified, string shown, string day) =>
        Assert.Equal(day, Extract(JsonLd(published, modified), shown).Published?[..10]);

    [Fact]
    public void ADayStatedAgainOnThePageKeepsTheStructuredDate()
    {
        var a = Extract(JsonLd("2023-12-12T08:00:00+01:00"), "<p class=\"date\">13.12.2023</p>",
            "<p>Der Beschluss wurde am 12.12.2023 gefasst.</p>");
        Assert.Equal("2023-12-12", a.Published?[..10]);
    }

    [Fact]
    public void AMonthIsNotADay()
    {
        var a = Extract("<meta name=\"citation_publication_date\" content=\"2017/01\"><meta name=\"citation_online_date\" content=\"2017/01/30\">", "");
        Assert.Equal("2017-01-30", a.Published);
    }

    [Fact]
    public void ADatelineOpeningTheArticleBeatsDatesInAListAfterIt()
    {
        var html = "<html lang=\"de\"><body><h1>Trauern digital am Ewigkeitssonntag</h1><article><p>Karlsruhe, (12.11.2021). "
            + "Traditionell gedenken die Menschen am Ewigkeitssonntag ihrer verstorbenen Angehörigen und Freunde in den Gottesdiensten "
            + "der Gemeinden, und viele zünden dabei eine Kerze an.</p><p>Die Andacht, die seit 2009 online stattfindet, will das Angebot "
            + "der Gemeinden vor Ort unter den heutigen Bedingungen unterstützen und ergänzen, wo es nötig ist.</p></article>"
            + "<ul><li><a href=\"/a\">Sa. 13.11.2021 Erlebnisraum Kirche</a></li><li><a href=\"/b\">So. 14.11.2021 Gospelgottesdienst</a></li></ul></body></html>";
        var a = new Extractor().Extract(new PageInput { Source = "t.html", Bytes = Encoding.UTF8.GetBytes(html) }, InputMode.Html);
        Assert.Equal("2021-11-12", a.Published);
    }

    [Fact]
    public void AnEventBoxWithADateClassLosesToTheDateLine()
    {
        var html = "<html lang=\"de\"><body><aside><p>Seminar Arbeitsrecht</p><span class=\"date\">19.1.23, 10:00-11:30 Uhr</span></aside>"
            + "<h1>Haushalt beschlossen</h1><p class=\"date\">20.12.2022</p>" + Body + "</body></html>";
        var a = new Extractor().Extract(new PageInput { Source = "t.html", Bytes = Encoding.UTF8.GetBytes(html) }, InputMode.Html);
        Assert.Equal("2022-12-20", a.Published);
    }

    [Fact]
    public void ReadsADateLineInsideTheHeadlinesBlock()
    {
        var html = "<html lang=\"de\"><body><div class=\"article\"><h1>Haushalt beschlossen<br><small>13.12.2023 • "
            + "<span class=\"category\">Presse, Allgemein</span></small></h1>" + Body
            + "<p>Die Regelung ist am 08.12.2023 in Kraft getreten, sie gilt bis zum Jahresende und wird danach neu bewertet.</p></div></body></html>";
        var a = new Extractor().Extract(new PageInput { Source = "t.html", Bytes = Encoding.UTF8.GetBytes(html) }, InputMode.Html);
        Assert.Equal("2023-12-13", a.Published);
    }
}
