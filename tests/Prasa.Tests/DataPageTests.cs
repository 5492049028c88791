using Prasa.Tests.Fixtures;

namespace Prasa.Tests;

/// <summary>A page of data (a list of results) has no prose, and its data is still its text.</summary>
public class DataPageTests
{
    private static readonly string[] Clubs = ["TSV Langenau", "LG Staufen", "DJK Ellwangen", "TS Göppingen", "LSG Aalen"];

    [Fact]
    public void A_results_table_is_the_text_of_a_results_page()
    {
        var rows = string.Concat(Enumerable.Range(1, 40).Select(i =>
            $"<div class=\"row\"><span>{i}.</span> <span>Läuferin {i}, Vorname {1990 + (i % 5)}</span></div><div>{Clubs[i % Clubs.Length]}</div><div>{12 + (i * 0.07):0.00} sec.</div>"));
        var html = $"""
            <html><head><title>Ergebnisse: Regionalmeisterschaften 2007</title></head><body>
            <div class="nav"><a href="/">Start</a> <a href="/termine">Termine</a> <a href="/ergebnisse">Ergebnisse</a></div>
            <h1>Ergebnisse: Regionalmeisterschaften 2007</h1>
            <div class="content"><h2>100 m Schülerinnen A</h2>{rows}</div>
            <div class="info"><p>Die Ergebnisse wurden vom Kampfgericht am Abend des Wettkampftages geprüft und freigegeben.</p></div>
            </body></html>
            """;

        var article = new Extractor().Extract(NewsPage.Page(html), explain: true);

        Assert.Contains("Läuferin 1, Vorname 1991", article.Text, StringComparison.Ordinal);
        Assert.Contains("Läuferin 40, Vorname 1990", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Termine", article.Text, StringComparison.Ordinal);
    }
}
