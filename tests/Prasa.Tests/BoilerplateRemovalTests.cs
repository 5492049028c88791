using Prasa.Blocks;
using Prasa.Tests.Fixtures;

namespace Prasa.Tests;

/// <summary>Each class of boilerplate is left out of the article, and the article itself stays whole.</summary>
public class BoilerplateRemovalTests
{
    public enum Where
    {
        Before,
        Inside,
        After,
    }

    // (case, where the boilerplate sits, its HTML, a phrase only it contains, the label it must get or null for any non-content label)
    public static TheoryData<string, Where, string, string, Label?> Cases => new()
    {
        {
            "nav element", Where.Before,
            """<header><nav><ul><li><a href="/">Strona główna</a></li><li><a href="/kraj">Wiadomości z kraju</a></li><li><a href="/moto">Motoryzacja</a></li><li><a href="/pogoda">Pogoda na weekend</a></li></ul></nav></header>""",
            "Wiadomości z kraju", Label.Navigation
        },
        {
            "menu by class", Where.Before,
            """<div class="menu-top"><a href="/">Start</a> | <a href="/region">Region i okolice</a> | <a href="/sport">Sport lokalny</a> | <a href="/ogloszenia">Ogłoszenia drobne</a></div>""",
            "Ogłoszenia drobne", Label.Navigation
        },
        {
            "breadcrumb", Where.Before,
            """<div class="breadcrumbs"><a href="/">Gazeta Nadodrzańska</a> › <a href="/dolny-slask">Dolny Śląsk</a> › <a href="/dolny-slask/drogi">Drogi i mosty</a></div>""",
            "Drogi i mosty", Label.Navigation
        },
        {
            "related list inside the article", Where.Inside,
            """<aside class="related-articles"><h3>Czytaj też</h3><ul><li><a href="/a/1">Remont dworca w Wołowie potrwa dłużej, niż zakładano</a></li><li><a href="/a/2">Prom w Ciechanowicach kończy sezon wcześniej</a></li></ul></aside>""",
            // Left out, but labelled "other" (aside box) rather than recommendation: reported to the lead.
            "Remont dworca w Wołowie", null
        },
        {
            "teasers after the article", Where.After,
            """<section class="teasers"><h2>Zobacz także</h2><div class="teaser"><a href="/a/3"><h3>Tramwaj na Jagodno pojedzie dopiero w przyszłym roku</h3></a><p>Miasto szuka nowego wykonawcy torowiska.</p></div><div class="teaser"><a href="/a/4"><h3>Wrocławskie mosty do remontu. Lista jest długa</h3></a><p>Urzędnicy policzyli, ile będzie kosztować naprawa przepraw.</p></div></section>""",
            "Tramwaj na Jagodno", Label.Recommendation
        },
        {
            "most-read box", Where.After,
            """<div class="most-read"><h3>Najczęściej czytane</h3><ol><li><a href="/a/5">Pożar hali w Oleśnicy. Ogień gasiło dwadzieścia zastępów</a></li><li><a href="/a/6">Nowe ceny biletów MPK od stycznia</a></li></ol></div>""",
            "Pożar hali w Oleśnicy", Label.Recommendation
        },
        {
            "headline ticker with cut excerpts", Where.Inside,
            """<div class="pasek"><ul><li><a href="/a/7">Nowy most w Brzegu Dolnym otwarty</a> <span>BRZEG DOLNY: Po trzech latach budowy kierowcy mogą wreszcie przejechać nad Odrą bez czekania na prom, który...</span></li><li><a href="/a/8">Szpital powiatowy z nowym oddziałem</a> <span>WOŁÓW: Oddział rehabilitacji przyjmie pierwszych pacjentów w grudniu, a zapisy ruszają już w przyszłym tygodniu, gdy...</span></li><li><a href="/a/9">Radni przyjęli budżet na przyszły rok</a> <span>OBORNIKI: Najwięcej pieniędzy pochłoną drogi gminne i szkoły, ale znalazły się też środki na nowe boisko, które…</span></li></ul></div>""",
            "Szpital powiatowy z nowym oddziałem", Label.Recommendation
        },
        {
            "posts under a related-posts heading that opens their box", Where.Inside,
            """<div class="wpis"><h3 class="relatedpoststitle">Może Ci się spodobać</h3><div class="wpis-krotki"><p>Jesień nad Odrą potrafi zaskoczyć. Kiedy mgła podnosi się znad wody, cały brzeg wygląda jak z obrazu, a spacerowicze przystają co kilka kroków, żeby zrobić zdjęcie starym wierzbom i łodziom przycumowanym przy kładce.</p></div><div class="wpis-krotki"><p>Zimą przystań pustoszeje, ale wtedy właśnie najlepiej słychać ptaki. Ornitolodzy z okolicznych szkół przychodzą tu z uczniami i liczą kaczki, łabędzie i czaple, które zostają nad rzeką do wiosny.</p></div></div>""",
            "Ornitolodzy z okolicznych szkół", Label.Recommendation
        },
        {
            "read-also line in another language", Where.Inside,
            """<p>Baca juga: <a href="/a/10">Jembatan baru di tepi sungai dibuka untuk umum</a></p>""",
            "Jembatan baru di tepi sungai", Label.Recommendation
        },
        {
            "share bar", Where.Before,
            """<div class="share-buttons"><a href="https://www.facebook.com/sharer.php">Facebook</a> <a href="https://twitter.com/share">Twitter</a> <a href="mailto:?">Wyślij e-mailem</a> <a href="#">Udostępnij</a></div>""",
            "Wyślij e-mailem", null
        },
        {
            "share bar after the text", Where.After,
            """<ul class="social-links"><li><a href="#">Podziel się na Facebooku</a></li><li><a href="#">Podziel się na X</a></li><li><a href="#">Kopiuj link</a></li></ul>""",
            "Kopiuj link", null
        },
        {
            "cookie banner", Where.Before,
            """<div id="cookie-banner"><p>Używamy plików cookies, aby ułatwić korzystanie z serwisu oraz w celach statystycznych i reklamowych. Możesz zmienić ustawienia przeglądarki w każdej chwili. Więcej w polityce prywatności.</p><button>Akceptuję</button></div>""",
            "Używamy plików cookies", null
        },
        {
            "consent layer after the page", Where.After,
            """<div class="gdpr-consent"><h2>Cenimy Twoją prywatność</h2><p>My i nasi zaufani partnerzy przechowujemy informacje na urządzeniu i uzyskujemy do nich dostęp, przetwarzamy dane osobowe, takie jak identyfikatory plików cookie, w celu wyświetlania spersonalizowanych reklam i treści oraz pomiaru ich skuteczności.</p></div>""",
            "Cenimy Twoją prywatność", null
        },
        {
            "newsletter box", Where.After,
            """<div class="newsletter"><h3>Newsletter Gazety</h3><p>Najważniejsze wiadomości z regionu codziennie rano w Twojej skrzynce. Zapisz się, to nic nie kosztuje.</p><form><input type="email" placeholder="Adres e-mail"><button>Zapisz się</button></form></div>""",
            "codziennie rano w Twojej skrzynce", null
        },
        {
            "newsletter inside the article", Where.Inside,
            """<div class="newsletter-signup"><p>Chcesz wiedzieć więcej o inwestycjach drogowych w regionie? Zamów bezpłatny newsletter.</p></div>""",
            "Zamów bezpłatny newsletter", null
        },
        {
            "comments section", Where.After,
            """<section id="comments"><h3>Komentarze (3)</h3><div class="comment"><b>sąsiad_z_Wołowa</b><p>Nareszcie! Na ten most czekaliśmy całe życie, a prom przez pół roku nie kursował, bo było za płytko. Szkoda tylko, że obwodnica będzie dopiero za kilka lat.</p></div><div class="comment"><b>kierowca</b><p>Ciekawe, ile wytrzyma nawierzchnia, kiedy po otwarciu obwodnicy zaczną tędy jeździć ciężarówki z całego województwa.</p></div></section>""",
            "ile wytrzyma nawierzchnia", Label.Comment
        },
        {
            "comment list", Where.After,
            """<ol class="commentlist"><li class="comment-item"><p class="comment-body">Byłem na otwarciu, tłumy ludzi i orkiestra strażacka. Piękna sprawa, ale parking przy moście jest stanowczo za mały na taki ruch.</p></li></ol>""",
            "orkiestra strażacka", Label.Comment
        },
        {
            "ad slot inside the article", Where.Inside,
            """<div class="advertisement"><span>Reklama</span><div id="dfp-slot-1"></div></div>""",
            "Reklama", Label.Ad
        },
        {
            "ad unit after the article", Where.After,
            """<div class="ad-container"><p>Kredyt hipoteczny bez prowizji. Sprawdź ofertę banku i złóż wniosek online w 15 minut.</p></div>""",
            "Kredyt hipoteczny bez prowizji", Label.Ad
        },
        {
            "page footer", Where.After,
            """<footer><ul><li><a href="/redakcja">Redakcja</a></li><li><a href="/regulamin">Regulamin serwisu</a></li><li><a href="/kontakt">Kontakt</a></li></ul><p>© 2026 Gazeta Nadodrzańska sp. z o.o. Wszelkie prawa zastrzeżone.</p></footer>""",
            "Wszelkie prawa zastrzeżone", null
        },
        {
            "footer by id", Where.After,
            """<div id="footer"><p>Wydawca: Media Nadodrze sp. z o.o., ul. Rzeczna 4, 56-120 Brzeg Dolny. Redaktor naczelny: Jan Nowicki.</p></div>""",
            "Redaktor naczelny", null
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Boilerplate_is_left_out_and_the_article_kept(string @case, Where where, string html, string phrase, Label? expected)
    {
        var page = where switch
        {
            Where.Before => NewsPage.Html(before: html),
            Where.Inside => NewsPage.Html(inside: html),
            _ => NewsPage.Html(after: html),
        };

        var article = new Extractor().Extract(NewsPage.Page(page), explain: true);

        Assert.DoesNotContain(phrase, article.Text, StringComparison.Ordinal);
        foreach (var text in NewsPage.ContentTexts())
        {
            Assert.Contains(text, article.Text, StringComparison.Ordinal);
        }

        var block = Assert.Single(article.Blocks, b => b.Text.Contains(phrase, StringComparison.Ordinal));
        Assert.False(block.Label.IsContent(), $"{@case}: '{block.Text}' labelled {block.Label}");
        Assert.False(string.IsNullOrWhiteSpace(block.Reason), $"{@case}: removed without a reason");
        if (expected is not null)
        {
            Assert.Equal(expected, block.Label);
        }
    }

    [Fact]
    public void All_boilerplate_at_once_leaves_exactly_the_article()
    {
        var before = string.Join("\n", Cases.Where(c => (Where)c[1] == Where.Before).Select(c => (string)c[2]));
        var inside = string.Join("\n", Cases.Where(c => (Where)c[1] == Where.Inside).Select(c => (string)c[2]));
        var after = string.Join("\n", Cases.Where(c => (Where)c[1] == Where.After).Select(c => (string)c[2]));

        var article = new Extractor().Extract(NewsPage.Page(NewsPage.Html(before, inside, after)));

        var expected = NewsPage.ContentTexts().Sum(t => t.Length);
        foreach (var text in NewsPage.ContentTexts())
        {
            Assert.Contains(text, article.Text, StringComparison.Ordinal);
        }

        // Only the article's own texts and the separators between them are left.
        Assert.InRange(article.Text.Length, expected, expected + (4 * NewsPage.ContentTexts().Count()));
    }
}
