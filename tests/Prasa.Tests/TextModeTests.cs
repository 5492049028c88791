using Prasa.Blocks;
using Prasa.Inputs;
using Prasa.Text;

namespace Prasa.Tests;

public class TextModeTests
{
    // A dump written for this test: a Polish local-news page with the usual noise around the article.
    private const string Dump = """
        Reklama

        Wiadomości

        Gdańsk

        Nowy most zwodzony na Motławie otwarty dla pieszych. Kolejka chętnych od rana

        Most łączący Ołowiankę z Długim Pobrzeżem został w sobotę oddany do użytku. Pierwsi spacerowicze czekali na otwarcie już przed siódmą rano.

        8 czerwca 2024, 10:42

        Aktualizacja: 9.06.2024 12:15

        Autor: Marta Zielińska

        Most zwodzony nad Motławą

        Most zwodzony nad Motławą
        Fot. Anna Kowal / Agencja Wyborcza.pl

        Udostępnij

        Przeprawa ma długość 60 metrów i jest podnoszona co godzinę, aby przepuścić jachty płynące do mariny. Budowa trwała ponad dwa lata i kosztowała 41 mln zł.

        Czytaj też: Tramwaj wodny wraca na trasę do Westerplatte

        Mieszkańcy od dawna czekali na skrót między Śródmieściem a wyspą. Dotąd musieli nadkładać drogi przez most przy Zielonej Bramie, co zajmowało nawet kwadrans.

        – To zmienia codzienne życie całej okolicy – mówiła jedna ze spacerowiczek, która przyszła na otwarcie z dwójką dzieci.

        Harmonogram podnoszenia przęsła

        Zarząd Dróg i Zieleni poinformował, że w sezonie letnim most będzie podnoszony co godzinę od ósmej do dwudziestej. Poza sezonem przęsło ma być otwierane na żądanie.

        ZOBACZ TAKŻE

        Rekordowy sezon turystyczny w Trójmieście. Hotele pełne do września

        Przeprawa ma długość 60 metrów i jest podnoszona co godzinę, aby przepuścić jachty płynące do mariny. Budowa trwała ponad dwa lata i kosztowała 41 mln zł.

        Pozostało 64% artykułu
        Ten artykuł jest dostępny w całości dla prenumeratorów
        Masz już konto? Zaloguj się

        Tematy: Gdańsk, Motława, mosty

        Najczęściej czytane
        Upał w weekend. Synoptycy ostrzegają przed burzami
        Remont dworca potrwa dłużej. Nowy termin to jesień
        Festiwal Szekspirowski ogłosił program

        © 2024 Wszelkie prawa zastrzeżone
        """;

    // The body of the harbour story that several dumps below share, three paragraphs of running text.
    private const string HarbourStory = """
        The port authority raised its fees on Monday for the first time in ten years, saying the money would pay for dredging the channel that silts up every winter.
        Fishermen said the rise would cost each boat several hundred euros a year, and their association asked for a meeting with the authority before the new fees apply.
        The authority said the channel had become too shallow for the larger trawlers at low tide, and that the work could not wait another season.
        """;

    private static Article Extract(string text, bool explain = true) =>
        new Extractor().Extract(new PageInput { Source = "dump.txt", Bytes = System.Text.Encoding.UTF8.GetBytes(text) }, InputMode.Text, explain);

    private static Block Line(Article a, string start) => a.Blocks.First(b => b.Text.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void The_headline_is_the_same_with_and_without_reasons()
    {
        // Without reasons the title model skips the page search of candidates that cannot win: the choice must not change.
        var withReasons = Extract(Dump, explain: true);
        var without = Extract(Dump, explain: false);
        Assert.Equal("Nowy most zwodzony na Motławie otwarty dla pieszych. Kolejka chętnych od rana", without.Title);
        Assert.Equal(withReasons.Title, without.Title);
        Assert.Equal(withReasons.Text, without.Text);
    }

    [Fact]
    public void Fields_come_from_their_lines()
    {
        var a = Extract(Dump);
        Assert.Equal("Nowy most zwodzony na Motławie otwarty dla pieszych. Kolejka chętnych od rana", a.Title);
        Assert.StartsWith("2024-06-08", a.Published);
        Assert.StartsWith("2024-06-09", a.Modified);
        Assert.Equal(["Marta Zielińska"], a.Author);
        Assert.True(a.Truncated);
        Assert.Equal("pl", a.Language);
        Assert.Equal(["Gdańsk", "Motława", "mosty"], a.Tags);
        var image = Assert.Single(a.Images);
        Assert.Equal("Most zwodzony nad Motławą", image.Caption);
        Assert.Equal("Fot. Anna Kowal / Agencja Wyborcza.pl", image.Credit);
        Assert.StartsWith("Most łączący Ołowiankę", a.Lead);
    }

    [Fact]
    public void Text_holds_the_article_and_nothing_else()
    {
        var a = Extract(Dump);
        var paragraphs = a.Text.Split("\n\n");
        Assert.Equal(6, paragraphs.Length);
        Assert.StartsWith("Most łączący Ołowiankę", paragraphs[0]);
        Assert.Equal("Harmonogram podnoszenia przęsła", paragraphs[4]);
        Assert.StartsWith("Zarząd Dróg i Zieleni", paragraphs[^1]);
        Assert.DoesNotContain("Czytaj", a.Text);
        Assert.DoesNotContain("Fot.", a.Text);
        Assert.DoesNotContain("Rekordowy sezon", a.Text);
    }

    [Theory]
    [InlineData("Reklama", Label.Ad, "promotion")]
    [InlineData("Czytaj też:", Label.Teaser, "teaser: 'czytaj też' followed by a headline")]
    [InlineData("ZOBACZ TAKŻE", Label.Teaser, "teaser")]
    [InlineData("Rekordowy sezon", Label.Teaser, "headline announced by 'ZOBACZ TAKŻE'")]
    [InlineData("Pozostało 64%", Label.Paywall, "paywall notice: 64% of the text hidden")]
    [InlineData("Masz już konto", Label.Paywall, "paywall notice")]
    [InlineData("Fot. Anna", Label.Credit, "photo credit")]
    [InlineData("Most zwodzony nad", Label.Caption, "describes the photo")]
    [InlineData("Upał w weekend", Label.Recommendation, "in the list under 'Najczęściej czytane'")]
    [InlineData("Tematy:", Label.Tags, "tag list")]
    [InlineData("8 czerwca 2024", Label.Date, "date line")]
    [InlineData("Autor:", Label.Author, "byline")]
    [InlineData("Udostępnij", Label.Navigation, "navigation")]
    public void Every_removed_line_has_its_label_and_reason(string start, Label label, string reason)
    {
        var line = Line(Extract(Dump), start);
        Assert.Equal(label, line.Label);
        Assert.StartsWith(reason, line.Reason);
    }

    [Fact]
    public void A_repeated_paragraph_is_kept_once()
    {
        var a = Extract(Dump);
        var copies = a.Blocks.Where(b => b.Text.StartsWith("Przeprawa ma długość", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, copies.Count);
        Assert.Equal(Label.Body, copies[0].Label);
        Assert.Equal(Label.Duplicate, copies[1].Label);
        Assert.Equal($"repeats line {a.Blocks.ToList().IndexOf(copies[0]) + 1}", copies[1].Reason);
    }

    [Fact]
    public void English_dump_with_byline_and_glued_caption()
    {
        const string dump = """
            Skip to content
            World
            Storm closes ports along the northern coast as winds reach 120 km/h
            By Helen Carter and Tom Reyes
            Updated March 3, 2025, 6:40 p.m.
            Waves hit the harbour wall in Bergen Waves hit the harbour wall in Bergen
            Photo: Jan Olsen / Reuters
            Authorities closed three major ports on Monday as the storm pushed waves of up to nine metres against the coast. Ferries were cancelled until at least Wednesday.
            Fishermen said they had not seen such weather in twenty years, and several boats broke free of their moorings overnight.
            Advertisement
            Rail services were also suspended north of the city, and the road authority warned drivers to stay at home unless their trip was urgent.
            Related: How coastal towns prepare for winter storms
            Most read
            Election results delayed in two districts
            New museum opens in the old shipyard
            """;
        var a = Extract(dump);
        Assert.Equal("Storm closes ports along the northern coast as winds reach 120 km/h", a.Title);
        Assert.Equal(["Helen Carter", "Tom Reyes"], a.Author);
        Assert.StartsWith("2025-03-03", a.Published ?? a.Modified);
        Assert.Equal("Waves hit the harbour wall in Bergen", Assert.Single(a.Images).Caption);
        Assert.Equal(3, a.Text.Split("\n\n").Length);
        Assert.DoesNotContain("Related", a.Text);
        Assert.DoesNotContain("museum", a.Text);
        Assert.False(a.Truncated);
    }

    [Fact]
    public void An_alt_text_over_its_caption_with_the_credit_glued_on_is_the_photos()
    {
        const string dump = $$"""
            Harbour fees rise for the first time in ten years
            By Anna Berg
            Fishing boats wait in the harbour of Vigo for the storm to pass.
            Fishing boats wait in the harbour of Vigo for the storm to pass.EFE
            {{HarbourStory}}
            """;
        var a = Extract(dump);
        var alt = Line(a, "Fishing boats wait");
        Assert.Equal(Label.Caption, alt.Label);
        Assert.StartsWith("image alt text: line 4 repeats it", alt.Reason);
        Assert.DoesNotContain("Fishing boats", a.Text);
        Assert.Equal(3, a.Text.Split("\n\n").Length);
    }

    [Fact]
    public void A_numbered_list_under_the_headline_is_the_text_of_a_page_without_prose()
    {
        const string dump = """
            Home
            Results
            Calendar
            Regatta calendar 2025
            Published 12 January 2025
            Races of the season
            1st race: 12 April – Gdynia
            2nd race: 26 April – Sopot
            3rd race: 10 May – Hel
            4th race: 24 May – Puck
            5th race: 7 June – Jastarnia
            6th race: 21 June – Gdynia
            Share this page
            Newsletter
            © 2025 Sailing Club
            """;
        var a = Extract(dump);
        Assert.Equal("Regatta calendar 2025", a.Title);
        var paragraphs = a.Text.Split("\n\n");
        Assert.Equal(7, paragraphs.Length);
        Assert.Equal("Races of the season", paragraphs[0]);
        Assert.Equal("6th race: 21 June – Gdynia", paragraphs[^1]);
    }

    [Fact]
    public void A_menu_under_the_headline_is_no_list_of_the_text()
    {
        const string dump = """
            Regatta calendar 2025
            Results of the season
            Results of the juniors
            Results of the masters
            Results of the women
            Results of the youth
            The club published the calendar of the 2025 season on Sunday, with six races between April and June along the coast of the bay.
            The first race starts in Gdynia in April, and the season ends there too, after stops in Sopot, Hel, Puck and Jastarnia.
            Entries open in February, and the club expects about forty boats at each race.
            """;
        var a = Extract(dump);
        Assert.DoesNotContain("Results of", a.Text);
    }

    [Fact]
    public void A_recipes_ingredients_under_their_label_are_text()
    {
        const string dump = """
            Rezepte
            Kuchen
            Apfelkuchen vom Blech
            Von Anna Berg
            12. September 2024
            Ein saftiger Apfelkuchen vom Blech gelingt auch ohne Erfahrung, und er schmeckt am besten noch lauwarm mit etwas Sahne. Wir zeigen, wie der Teig gelingt und welche Äpfel sich am besten eignen.
            Für den Teig nehmen wir Butter statt Margarine, denn sie macht ihn mürber, und die Äpfel sollten säuerlich sein, damit der Kuchen nicht zu süß wird.
            Zutaten für 1 Blech
            250 g
            Mehl
            125 g
            Butter
            100 g
            Zucker
            1 Prise
            Salz
            Zubereitung
            Mehl, Butter, Zucker und Salz mit den Händen rasch zu einem glatten Teig verkneten und eine Stunde kalt stellen.
            Die Äpfel schälen, in Spalten schneiden und dicht an dicht auf den ausgerollten Teig legen, dann 40 Minuten backen.
            Weitere Rezepte
            Newsletter abonnieren
            """;
        var a = Extract(dump);
        Assert.Equal("Apfelkuchen vom Blech", a.Title);
        Assert.Contains("Zutaten für 1 Blech\n\n250 g\n\nMehl", a.Text);
        Assert.Contains("1 Prise\n\nSalz\n\nZubereitung", a.Text);
        Assert.Contains("Die Äpfel schälen", a.Text);
    }

    [Fact]
    public void A_menu_item_named_ingredients_opens_no_list()
    {
        const string dump = """
            Zutaten
            Warenkunde
            Backschule
            Videos
            Apfelkuchen vom Blech
            Ein saftiger Apfelkuchen vom Blech gelingt auch ohne Erfahrung, und er schmeckt am besten noch lauwarm mit etwas Sahne.
            Mehl, Butter, Zucker und Salz mit den Händen rasch zu einem glatten Teig verkneten und eine Stunde kalt stellen.
            Die Äpfel schälen, in Spalten schneiden und dicht an dicht auf den ausgerollten Teig legen, dann 40 Minuten backen.
            """;
        var a = Extract(dump);
        Assert.DoesNotContain("Warenkunde", a.Text);
        Assert.DoesNotContain("Backschule", a.Text);
    }

    [Fact]
    public void The_standfirst_under_the_headline_and_its_date_is_text()
    {
        const string dump = $$"""
            Home
            News
            Local
            Harbour fees rise for the first time in ten years
            12.03.2025
            The port wants more money. Fishermen are angry.
            By Anna Berg
            Share
            Tweet
            {{HarbourStory}}
            More news
            """;
        var a = Extract(dump);
        Assert.Equal("Harbour fees rise for the first time in ten years", a.Title);
        Assert.Equal(Label.Lead, Line(a, "The port wants more money").Label);
        Assert.Equal("The port wants more money. Fishermen are angry.", a.Lead);
        Assert.StartsWith("The port wants more money.", a.Text);
    }

    [Fact]
    public void A_breadcrumb_trail_under_the_headline_is_no_standfirst()
    {
        const string dump = $$"""
            Harbour fees rise for the first time in ten years
            12.03.2025
            News » Local » Harbour » Fees rise for the first time.
            By Anna Berg
            Share
            Tweet
            {{HarbourStory}}
            """;
        var a = Extract(dump);
        Assert.DoesNotContain("News »", a.Text);
    }

    [Fact]
    public void The_topic_rewording_of_the_headline_is_the_title_and_the_standfirst_stays_under_the_headline()
    {
        const string dump = $$"""
            Home
            Local
            Harbour of Gdynia: Fishermen protest against the new harbour fees
            Search
            Log in
            Harbour dispute
            Fishermen protest against the new harbour fees
            By Anna Berg
            12.03.2025
            The port wants more money for dredging. The fishermen say they cannot pay it.
            {{HarbourStory}}
            """;
        var a = Extract(dump);
        Assert.Equal("Harbour of Gdynia: Fishermen protest against the new harbour fees", a.Title);
        Assert.StartsWith("the headline over the article; line 3 words it", Line(a, "Fishermen protest").Reason);
        Assert.StartsWith("The port wants more money for dredging.", a.Text);
        Assert.Equal(["Anna Berg"], a.Author);
    }

    [Fact]
    public void Recommendation_headlines_listed_twice_are_a_list()
    {
        const string dump = """
            Council votes to extend the night bus network to the airport from next spring
            The city council voted on Thursday to extend the night bus network to the airport, a change that residents of the southern districts had asked for since the airport moved its first flights to six in the morning.
            The new line will run every twenty minutes between midnight and five, and the transport authority expects about two thousand passengers a night in its first year.
            You may also like
            Bridge repairs start in June
            Bridge repairs start in June
            Library extends opening hours
            Library extends opening hours
            """;
        var a = Extract(dump);
        Assert.All(a.Blocks.Where(b => b.Text is "Bridge repairs start in June" or "Library extends opening hours"),
            b => Assert.Equal(Label.Recommendation, b.Label));
        Assert.Equal(2, a.Text.Split("\n\n").Length);
    }

    [Fact]
    public void A_comment_section_is_left_out()
    {
        const string dump = """
            Parking fees will double in the old town from May
            Drivers will pay twice as much to park in the old town from the first of May, the city announced on Tuesday, as part of a plan to cut traffic in the narrow streets around the market square.
            The money will pay for more buses on the routes that serve the centre, and residents with permits will keep their current rates until the end of the year.
            3 responses to “Parking fees will double”
            anna_k says:
            This is a tax on people who work in the centre and cannot take the bus at night.
            mike says:
            Good decision, the square is full of cars every weekend and nobody can walk there.
            lena says:
            Finally. Other cities did this years ago and their centres are much nicer to visit.
            """;
        var a = Extract(dump);
        Assert.DoesNotContain("tax on people", a.Text);
        Assert.DoesNotContain("Finally", a.Text);
        Assert.Contains("residents with permits", a.Text);
        Assert.Equal(Label.Comment, Line(a, "Good decision").Label);
    }

    [Fact]
    public void The_article_before_a_long_comment_thread_is_kept()
    {
        const string paragraph = "Our quarterly open threads give readers a place to raise questions about our work in the comments below. "
            + "As always, you are also welcome to write to us if you would rather discuss something privately. "
            + "We will try to answer every question within a few days.";
        var comments = string.Join("\n", Enumerable.Range(1, 12).Select(i =>
            $"Reader{i} on September {i + 1}, 2018 at 4:{10 + i} pm said:\n"
            + $"Thanks for the update number {i}. I wonder whether the new evaluation of the cash transfer programme will change how you rank the charities this year, and when we can expect the next report.\n"
            + $"Staff on September {i + 2}, 2018 at 9:{10 + i} am said:\n"
            + "Thanks for the question. We expect to publish our view on that study later this year, once we have talked to its authors and checked the data."));
        var dump = "The Blog\nAbout\nResearch\nDonate\nSeptember 2018 open thread\nSeptember 10, 2018 | by Catherine\n"
            + paragraph + "\nYou can view our June 2018 open thread here.\nPosted in Open thread | Permalink | 24 Comments\nComments\n"
            + comments + "\n";

        var a = Extract(dump);

        Assert.Contains(paragraph, a.Text);
        Assert.DoesNotContain("cash transfer", a.Text);
    }

    [Fact]
    public void Quotations_closed_by_he_said_are_no_comment_headers()
    {
        const string dump = """
            Mayor opens the new river bridge
            The new bridge over the river opened to traffic on Tuesday after three years of building work, the city said in a statement on Monday evening.
            "We waited a long time for this day," he said.
            The bridge carries two lanes for cars, a tram line and a wide path for cyclists and people on foot, and it cost less than the council had feared.
            "It will change how people cross the city," she said.
            Engineers will check the bearings again in the spring, when the river is at its highest and the load on the piers is greatest.
            "Nobody should worry about the floods," he said.
            Traffic on the old bridge upstream is expected to fall by half within a year, according to the city's own estimates.
            """;

        var a = Extract(dump);

        Assert.Contains("according to the city's own estimates", a.Text);
        Assert.Contains("Engineers will check the bearings", a.Text);
        Assert.DoesNotContain(a.Blocks, b => b.Label == Label.Comment);
    }

    [Fact]
    public void A_dump_of_two_lines_still_gives_its_paragraph()
    {
        var a = Extract("Short headline of a note\n\nThe council will meet again on Friday to vote on the budget. Residents may attend the session.\n");
        Assert.Equal("The council will meet again on Friday to vote on the budget. Residents may attend the session.", a.Text);
        Assert.Equal("Short headline of a note", a.Title);
    }

    [Fact]
    public void Captions_carrying_their_credit_and_composite_credits_stay_out_of_the_text()
    {
        const string dump = """
            Smog closes schools across the capital for a third day
            Schools across the capital stayed shut on Thursday for a third day as smog covered the city and the air quality index passed four hundred in most districts.
            Children wait for a bus in thick smog near the central station. Anna Berg/City Times/Getty Images
            The health ministry advised residents to stay indoors and handed out masks at railway stations, while hospitals reported a rise in patients with breathing problems.
            A view of the river bank on Wednesday morning.
            Tom Lee/Daily Post/Reuters
            Officials said the schools could reopen on Monday if the wind changes, but warned that the season of crop burning in the farms around the city has only begun.
            """;
        var a = Extract(dump);
        Assert.Equal(Label.Caption, Line(a, "Children wait").Label);
        Assert.Equal(Label.Credit, Line(a, "Tom Lee/").Label);
        Assert.Equal(Label.Caption, Line(a, "A view of the river").Label);
        Assert.DoesNotContain("Getty", a.Text);
        Assert.DoesNotContain("river bank", a.Text);
        Assert.Contains("health ministry", a.Text);
        Assert.Contains("crop burning", a.Text);
    }

    [Theory]
    [InlineData("Les også: Ny bro åpner i sentrum")]
    [InlineData("Läs också: Ny bro öppnar i centrum")]
    [InlineData("Leia também: Nova ponte abre no centro")]
    public void Read_also_markers_in_other_languages_are_teasers(string marker)
    {
        var a = Extract($"Council approves new bridge\n\nThe city council approved the new bridge on Tuesday after a debate that lasted more than six hours and ended with a clear majority.\n\n{marker}\n\nConstruction will begin in the spring and should last about two years, the city engineer told reporters after the vote.\n");
        Assert.Equal(Label.Teaser, Line(a, marker[..4]).Label);
        Assert.DoesNotContain(marker, a.Text);
    }

    [Fact]
    public void A_headline_opening_with_a_byline_word_is_no_byline()
    {
        const string dump = """
            Startseite

            Hybride Kriegsführung

            Von Hamburg bis Dresden: Im Netz der falschen Handwerker

            Eine Bande hat in mehreren Städten Rentner mit angeblichen Reparaturen betrogen und dabei hohe Summen kassiert, wie die Ermittler am Montag mitteilten.

            Von Anna Berger

            3. Mai 2026

            Die Polizei durchsuchte am Morgen zwölf Wohnungen in vier Bundesländern und stellte Bargeld, Schmuck und mehrere Fahrzeuge sicher, teilte die Staatsanwaltschaft mit.

            Den Beschuldigten wird gewerbsmäßiger Betrug in mehr als vierzig Fällen vorgeworfen, die Schadenssumme liege bei über einer halben Million Euro.
            """;
        var a = Extract(dump);
        Assert.NotEqual(Label.Author, Line(a, "Von Hamburg").Label);
        Assert.Equal(Label.Author, Line(a, "Von Anna").Label);
    }

    [Fact]
    public void A_dated_byline_under_the_headline_gives_the_date()
    {
        // The byline is the only dated line near the headline; a teaser's date stands further down.
        var paragraphs = string.Join("\n\n", Enumerable.Range(1, 9).Select(i =>
            $"Im {i}. Abschnitt des Rennens lag der Achter noch gut im Feld, doch der Seitenwind bremste die Boote auf den äußeren Bahnen deutlich."));
        var dump = "Finale verpasst: Die Ruderer hadern mit dem Wind\n\nVon Jan Vogel, Paris 05.08.2024, 20:59 Uhr\n\n"
            + paragraphs + "\n\nSport 04.08.2024\n\n" + paragraphs.Replace("Abschnitt", "Teilstück", StringComparison.Ordinal) + "\n";
        var a = Extract(dump);
        Assert.StartsWith("2024-08-05", a.Published);
    }

    [Fact]
    public void A_line_echoed_elsewhere_in_other_words_has_an_echo_share()
    {
        var page = TextPages.Of(
            "Flut in Sachsen: Pegel der Elbe steigt weiter",
            "Menü",
            "Startseite",
            "Pegel der Elbe steigt in Sachsen weiter an",
            "Ein Bild vom Fluss");
        Assert.Equal(1.0, page.EchoShare(3));
        Assert.Equal(0.0, page.EchoShare(4));
    }

    [Fact]
    public void The_echo_of_a_line_names_the_line_that_echoes_it()
    {
        var page = TextPages.Of(
            "Flut in Sachsen: Pegel der Elbe steigt weiter",
            "Menü",
            "Startseite",
            "Pegel der Elbe steigt in Sachsen weiter an");
        Assert.Equal(3, page.Echo(0).Line);
        Assert.Equal(0, page.Echo(3).Line);
    }

    [Fact]
    public void The_next_text_paragraph_is_the_same_asked_in_any_order()
    {
        var paragraph = "Die Stadt hat den neuen Radweg am Samstag eröffnet, nach zwei Jahren Bauzeit und vielen Umleitungen.";
        var texts = new[] { "Menü", "Startseite", paragraph, "Teilen", "Radweg eröffnet", paragraph + " Noch ein Satz.", "Impressum" };
        var blocks = texts.Select(t => new Block { Text = t, Kind = BlockKind.Paragraph }).ToList();
        var page = new TextPage(blocks, TextLexicons.Default);
        blocks[2].Mark(Label.Body, null);
        blocks[5].Mark(Label.Body, null);
        int[] want = [2, 2, 5, 5, 5, -1, -1];
        foreach (var order in new[] { new[] { 0, 1, 2, 3, 4, 5, 6 }, new[] { 6, 3, 0, 5, 1, 4, 2 } })
        {
            foreach (var j in order)
            {
                Assert.Equal(want[j], page.NextTextParagraph(j));
            }
        }
    }

    [Fact]
    public void A_headline_glued_to_its_kicker_gives_way_to_its_spaced_copy()
    {
        var page = TextPages.Of(
            "Nationale DemoDer 9. Juli naht: Gewerkschaften zeigen Stärke",
            "Nationale Demo / Der 9. Juli naht: Gewerkschaften zeigen Stärke",
            "Tausende zogen am Samstag durch die Hauptstadt.");
        Assert.Equal(1, TitleFeatures.Unglued(page, 0));
        Assert.Equal(1, TitleFeatures.Unglued(page, 1));
        Assert.Equal(2, TitleFeatures.Unglued(page, 2));
    }

    [Fact]
    public void Alt_text_over_its_caption_is_no_headline_candidate()
    {
        var page = TextPages.Of(
            "Minister speaks to reporters outside the ministry in the capital",
            "Minister speaks to reporters outside the ministry in the capital Photo: Anna Berg/Agency",
            "Minister rejects claims over travel costs of the delegation");
        Assert.False(TitleFeatures.IsCandidate(page, 0, 5));
        Assert.True(TitleFeatures.IsCandidate(page, 2, 5));
    }

    [Fact]
    public void Teasers_with_captions_above_the_article_do_not_hide_its_headline()
    {
        // A "most read" list whose captions read as prose comes before the article; the article's text begins
        // under its byline and date.
        var teasers = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"Workers prepared the stalls for the weekend market number {i} in the old town square on Friday morning, and the traders said they expected more visitors than last year.\n\n"
            + $"Local / {i} h ago\n\nTeaser headline number {i} about another story of the week\n\n"));
        var paragraphs = string.Join("\n\n", Enumerable.Range(1, 6).Select(i =>
            $"The council said on Friday that part {i} of the plan would cut waiting times at the harbour, and residents welcomed the change."));
        var dump = "Most Read\n\n" + teasers + "Harbour plan to cut waiting times for ferry passengers\n\n"
            + "By Jane Porter\n\nFriday, 22 Nov 2024 4:55 PM\n\n" + paragraphs + "\n";
        Assert.Equal("Harbour plan to cut waiting times for ferry passengers", Extract(dump).Title);
    }

    [Fact]
    public void A_page_without_a_paragraph_of_prose_still_has_its_headline()
    {
        const string dump = """
            Startseite

            Verein

            Ergebnisse der Kreismeisterschaft im Hallenhochsprung

            12. Februar 2024

            Schülerinnen W14

            1. Lena Maier 1,52 m

            2. Sophie Brandt 1,48 m

            3. Mia Koch 1,44 m
            """;
        Assert.Equal("Ergebnisse der Kreismeisterschaft im Hallenhochsprung", Extract(dump).Title);
    }

    [Theory]
    [InlineData("Customers Leave Without Paying At Troy SteakhouseA party of six left without paying their bill.", 1)]
    [InlineData("Police detained two suspects on Monday, officials said.", 0)]
    [InlineData("McDonald's and YouTube agreed on a deal.", 0)]
    public void A_headline_glued_to_its_summary_shows_in_the_line_counts(string line, int glued)
    {
        Assert.Equal(glued, LineStats.Of(line, TextLexicons.Default.Stopwords, [], -1).Glued);
    }

    [Fact]
    public void A_line_whose_wording_names_it_navigation_is_no_headline()
    {
        const string dump = """
            Folgen Sie uns auf allen Kanälen

            Die Stadtverwaltung hat am Montag die Pläne für die neue Brücke über den Fluss vorgestellt. Der Bau soll im kommenden Frühjahr beginnen und zwei Jahre dauern, teilte der Bürgermeister mit.

            Die Kosten werden auf rund zwölf Millionen Euro geschätzt. Einen Teil davon übernimmt das Land, den Rest finanziert die Stadt aus Rücklagen, die sie in den vergangenen Jahren gebildet hat.

            Während der Bauzeit bleibt die alte Fähre in Betrieb. Anwohner sollen regelmäßig über den Fortschritt der Arbeiten informiert werden, kündigte die Stadt an.
            """;
        Assert.NotEqual("Folgen Sie uns auf allen Kanälen", Extract(dump).Title);
    }
}
