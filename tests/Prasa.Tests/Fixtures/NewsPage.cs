using System.Text;
using Prasa.Inputs;

namespace Prasa.Tests.Fixtures;

/// <summary>
/// A Polish news article written for the tests, with every kind of content block (paragraphs, a
/// subheading, a list, a quote, a table), into which boilerplate can be put before, inside or after it.
/// </summary>
public static class NewsPage
{
    public const string Title = "Nowy most na Odrze otwarty dla ruchu. Kierowcy zaoszczędzą pół godziny";

    public static readonly string[] Paragraphs =
    [
        "W piątek o godzinie 10 przez nowy most na Odrze w Brzegu Dolnym przejechały pierwsze samochody. Przeprawa zastąpiła prom, który przez ponad sześćdziesiąt lat był jedynym sposobem przedostania się na drugi brzeg rzeki w tej okolicy.",
        "Budowa trwała trzy lata i zakończyła się z dwumiesięcznym opóźnieniem. Wykonawca tłumaczył je wysokim stanem wody jesienią ubiegłego roku, który na kilka tygodni wstrzymał prace przy podporach nurtowych.",
        "Most ma 520 metrów długości, dwa pasy ruchu, chodnik i drogę dla rowerów. Według zarządu województwa kierowcy jadący z Wołowa do Wrocławia skrócą sobie drogę o około trzydzieści minut, bo nie będą już musieli czekać na prom.",
        "Mieszkańcy okolicznych wsi przyjęli otwarcie mostu z ulgą. Przez ostatnie lata prom często nie kursował z powodu niskiego stanu wody, a objazd przez Wrocław wydłużał podróż do pracy nawet o godzinę w jedną stronę.",
        "Zarząd województwa zapowiada, że jeszcze w tym roku rozpocznie się budowa obwodnicy, która połączy most z drogą wojewódzką. Do tego czasu ruch ciężarówek powyżej dwunastu ton przez centrum miasteczka pozostanie zakazany.",
    ];

    public const string Subheading = "Ile kosztowała inwestycja";

    public static readonly string[] ListItems =
    [
        "budowa przeprawy: 214 mln zł,",
        "drogi dojazdowe i ronda: 41 mln zł,",
        "przebudowa wałów przeciwpowodziowych: 18 mln zł.",
    ];

    public const string Quote = "Czekaliśmy na ten most od czasów, kiedy moi rodzice jeździli promem na targ. Teraz w dwadzieścia minut jestem w pracy po drugiej stronie rzeki.";

    public static readonly string[][] Table =
    [
        ["Przeprawa", "Długość", "Otwarcie"],
        ["Most w Brzegu Dolnym", "520 m", "2026"],
        ["Most w Ścinawie", "390 m", "2011"],
    ];

    /// <summary>The article's own HTML: what must survive extraction.</summary>
    public static string ArticleHtml(string inside = "")
    {
        var sb = new StringBuilder();
        sb.Append("<p>").Append(Paragraphs[0]).Append("</p>\n");
        sb.Append("<p>").Append(Paragraphs[1]).Append("</p>\n");
        sb.Append(inside).Append('\n');
        sb.Append("<h2>").Append(Subheading).Append("</h2>\n");
        sb.Append("<p>").Append(Paragraphs[2]).Append("</p>\n<ul>\n");
        foreach (var item in ListItems)
        {
            sb.Append("<li>").Append(item).Append("</li>\n");
        }

        sb.Append("</ul>\n<blockquote><p>").Append(Quote).Append("</p></blockquote>\n");
        sb.Append("<p>").Append(Paragraphs[3]).Append("</p>\n<table>\n");
        for (var r = 0; r < Table.Length; r++)
        {
            var cell = r == 0 ? "th" : "td";
            sb.Append("<tr>");
            foreach (var c in Table[r])
            {
                sb.Append('<').Append(cell).Append('>').Append(c).Append("</").Append(cell).Append('>');
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</table>\n<p>").Append(Paragraphs[4]).Append("</p>\n");
        return sb.ToString();
    }

    /// <summary>A whole page: the article in its container, with boilerplate before, inside and after it.</summary>
    public static string Html(string before = "", string inside = "", string after = "") => $"""
        <!DOCTYPE html>
        <html lang="pl">
        <head>
        <meta charset="utf-8">
        <title>{Title} | Gazeta Nadodrzańska</title>
        </head>
        <body>
        {before}
        <main>
        <article>
        <h1>{Title}</h1>
        <div class="article-body">
        {ArticleHtml(inside)}
        </div>
        </article>
        {after}
        </main>
        </body>
        </html>
        """;

    public static PageInput Page(string html, string source = "fixture.html") =>
        new() { Source = source, Bytes = Encoding.UTF8.GetBytes(html) };

    /// <summary>Every text of the article that extraction must keep.</summary>
    public static IEnumerable<string> ContentTexts() =>
        Paragraphs.Append(Subheading).Concat(ListItems).Append(Quote).Concat(Table.SelectMany(r => r));
}
