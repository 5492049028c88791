using Prasa.Blocks;
using Prasa.Inputs;
using Prasa.Text;

namespace Prasa.Tests;

public class TextSiteLinesTests
{
    private static string Page(int n) => $"""
        Kurier Nadmorski – wydanie internetowe
        Pogoda na weekend w regionie

        Artykuł numer {n}: radni zdecydowali o nowym planie dla dzielnicy {n}

        Radni po długiej dyskusji przyjęli w czwartek plan zagospodarowania dla dzielnicy numer {n}, który przewiduje nowe parki i ścieżki rowerowe.

        Mieszkańcy zgłosili do projektu ponad {n * 10} uwag, z których większość dotyczyła ruchu samochodowego i miejsc parkingowych.

        Kurier Nadmorski – wydanie internetowe
        Redakcja: ul. Portowa 1, Gdynia
        """;

    [Fact]
    public void Lines_on_many_pages_of_a_site_are_boilerplate()
    {
        var extractor = new Extractor { Corpus = new SiteLines(widthBits: 12) };
        var pages = Enumerable.Range(1, 6).Select(n => new PageInput
        {
            Source = $"/data/kurier/{n}.txt",
            Bytes = System.Text.Encoding.UTF8.GetBytes(Page(n)),
        }).ToList();
        foreach (var p in pages)
        {
            extractor.Observe(p, InputMode.Text);
        }

        var a = extractor.Extract(pages[0], InputMode.Text, explain: true);
        var footer = a.Blocks.Single(b => b.Text.StartsWith("Redakcja:", StringComparison.Ordinal));
        Assert.Equal(Label.Navigation, footer.Label);
        Assert.Equal("recurs on 6 of 6 pages of /data/kurier", footer.Reason);
        Assert.Contains("Radni po długiej dyskusji", a.Text);
        Assert.Contains("Mieszkańcy zgłosili", a.Text);
        Assert.DoesNotContain("Pogoda na weekend", a.Text);
    }

    [Fact]
    public void Counts_do_not_depend_on_page_order()
    {
        var a = new SiteLines(widthBits: 10);
        var b = new SiteLines(widthBits: 10);
        var lines = Enumerable.Range(0, 50).Select(i => new[] { "menu", "stopka", $"tekst {i}" }).ToList();
        foreach (var l in lines)
        {
            a.Observe("site", l);
        }

        foreach (var l in Enumerable.Reverse(lines))
        {
            b.Observe("site", l);
        }

        Assert.Equal(50, a.Count("site", "menu"));
        Assert.Equal(a.Count("site", "tekst 7"), b.Count("site", "tekst 7"));
        Assert.Equal(50, a.Pages("site"));
        Assert.Equal(0, a.Count("other-site", "menu"));
    }

    [Theory]
    [InlineData("/a/b/c.txt", "https://www.example.com/x", "example.com")]
    [InlineData("/a/b/c.txt", null, "/a/b")]
    public void Site_is_the_host_or_the_folder(string source, string? url, string site) => Assert.Equal(site, SiteLines.SiteOf(source, url));
}
