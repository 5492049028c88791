using Prasa.Tests.Fixtures;

namespace Prasa.Tests;

/// <summary>A forum thread keeps its posts and loses the lines that only frame them.</summary>
public class ForumChromeTests
{
    private static readonly string[] Posts =
    [
        "Od tygodnia szukam telewizora do salonu, odległość od kanapy to mniej więcej trzy metry. Czy przy takiej odległości warto brać model 65 cali, czy wystarczy 55 i dopłacić do lepszej matrycy?",
        "Przy trzech metrach 65 cali to rozsądny wybór, zwłaszcza jeśli oglądasz dużo filmów w 4K. Różnicę w matrycy widać głównie wieczorem, przy zgaszonym świetle, więc zależy, kiedy najczęściej oglądasz.",
        "Dzięki za odpowiedzi. Pojechałem do sklepu i porównałem oba modele obok siebie, większy ekran wygrał bez dyskusji, a różnica w czerni okazała się mniejsza, niż się spodziewałem.",
    ];

    private static readonly string[] Chrome =
    [
        "Cytat:",
        "kiki napisał(a):",
        "Ostatnio edytowane przez kiki ; 30-08-2016 o 13:16",
        "Edytowane 21 Maja przez AndrzejTrg",
        "Wysłane z mojego Redmi 4X przy użyciu Tapatalka",
        "Sent from my iPhone using Tapatalk",
    ];

    [Fact]
    public void Quote_headers_edit_notes_and_app_signatures_are_left_out_of_a_thread()
    {
        var html = $"""
            <html><head><title>Jaki telewizor wybrać? - Forum RTV</title></head><body>
            <h1>Jaki telewizor wybrać?</h1>
            <div class="thread">
              <div class="post"><p>{Posts[0]}</p><div class="signature">{Chrome[4]}</div></div>
              <div class="post"><div class="quote"><div>{Chrome[0]}</div><div>{Chrome[1]}</div></div>
                <p>{Posts[1]}</p><div class="edited">{Chrome[2]}</div></div>
              <div class="post"><p>{Posts[2]}</p><div class="edited">{Chrome[3]}</div><div class="signature">{Chrome[5]}</div></div>
            </div></body></html>
            """;

        var article = new Extractor().Extract(NewsPage.Page(html), explain: true);

        foreach (var post in Posts)
        {
            Assert.Contains(post, article.Text, StringComparison.Ordinal);
        }

        foreach (var line in Chrome)
        {
            Assert.DoesNotContain(line, article.Text, StringComparison.Ordinal);
        }
    }
}
