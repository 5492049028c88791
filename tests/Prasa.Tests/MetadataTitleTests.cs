using System.Text;
using Prasa.Html;
using Prasa.Metadata;

namespace Prasa.Tests;

public class MetadataTitleTests
{
    private static string? Title(string html)
    {
        var doc = new AngleSharpBlockBuilder().Build(html);
        return TitleFinder.Find(doc, JsonLdArticle.Read(doc.Head.JsonLd));
    }

    [Fact]
    public void PrefersTheH1OverATitleTagWithTheSiteGluedOn() =>
        Assert.Equal("Rada Miasta przyjęła budżet", Title(
            "<html><head><title>Rada Miasta przyjęła budżet | Gazeta Krakowska</title></head>"
            + "<body><h1>Rada Miasta przyjęła budżet</h1><p>Tekst.</p></body></html>"));

    [Fact]
    public void StripsTheSiteNameFromTheTitleTagWhenThereIsNoH1() =>
        Assert.Equal("Rada Miasta przyjęła budżet na 2024 rok", Title(
            "<html><head><title>Rada Miasta przyjęła budżet na 2024 rok - Gazeta</title>"
            + "<meta property=\"og:site_name\" content=\"Gazeta\"></head><body><p>Tekst.</p></body></html>"));

    [Fact]
    public void SkipsALogoH1ThatIsALink() =>
        Assert.Equal("Mayor opens the new bridge", Title(
            "<html><head><meta property=\"og:title\" content=\"Mayor opens the new bridge\"></head><body>"
            + "<h1><a href=\"/\">Daily Courier</a></h1><article><p>Text of the article.</p></article></body></html>"));

    [Fact]
    public void TakesTheJsonLdHeadlineWhenTheH1IsUnrelated() =>
        Assert.Equal("Mayor opens the new bridge", Title(
            "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Mayor opens the new bridge\"}</script>"
            + "</head><body><h1>Local news</h1><p>Text.</p></body></html>"));

    [Fact]
    public void ChoosesAmongSeveralH1sTheOneTheMetadataNames() =>
        Assert.Equal("Mayor opens the new bridge", Title(
            "<html><head><meta property=\"og:title\" content=\"Mayor opens the new bridge | Courier\"></head><body>"
            + "<h1>Newsletter</h1><h1>Mayor opens the new bridge</h1><p>Text.</p></body></html>"));

    [Theory]
    [InlineData("Headline of the day | Gazeta", "Gazeta", "Headline of the day")]
    [InlineData("Gazeta - Headline of the day", "Gazeta", "Headline of the day")]
    [InlineData("A long headline that says what happened – Site", null, "A long headline that says what happened")]
    public void StripsSiteNames(string title, string? site, string expected)
    {
        var html = new StringBuilder("<html><head>");
        if (site is not null)
        {
            html.Append("<meta property=\"og:site_name\" content=\"").Append(site).Append("\">");
        }

        var doc = new AngleSharpBlockBuilder().Build(html.Append("</head><body></body></html>").ToString());
        Assert.Equal(expected, TitleSiteName.Strip(title, doc.Head));
    }

    [Fact]
    public void TakesTheH2ATitleStatesWhenTheH1IsTheLogo() =>
        Assert.Equal("Podcasts in Plex einbinden", Title(
            "<html><head><title>Fehlfunktionen » Blog Archiv » Podcasts in Plex einbinden</title></head><body>"
            + "<h1><a href=\"/\">Fehlfunktionen</a></h1><div><h2>Podcasts in Plex einbinden</h2><p>Text.</p></div></body></html>"));

    [Fact]
    public void TakesTheH2ATitleStatesWhenTheH1IsASectionName() =>
        Assert.Equal("Tag des Zweinutzungshuhns am 22. Januar", Title(
            "<html><head><title>Tag des Zweinutzungshuhns am 22. Januar</title></head><body>"
            + "<h1>Detailansicht</h1><div><h2>Tag des Zweinutzungshuhns am 22. Januar</h2><p>Text.</p></div></body></html>"));

    [Fact]
    public void TakesTheH2OpeningTheTextWhenThePageHasNoH1()
    {
        var para = "<p>" + string.Concat(Enumerable.Repeat("Die Ausbildung im Bootsdienst dauert zwei Wochenenden und endet mit einer Prüfung. ", 3)) + "</p>";
        Assert.Equal("Bootsdienst Ausbildung", Title(
            "<html><head><title>Feuerwehr Oldenburg - Ausbildung</title></head><body><h2><a href=\"/\">Start</a></h2>"
            + "<h2>Bootsdienst Ausbildung</h2>" + para + "</body></html>"));
        Assert.Equal("Feuerwehr Blog", Title(
            "<html><head><title>Feuerwehr Blog</title></head><body><h2>Monday, November 01, 2004</h2>" + para + "</body></html>"));
    }

    [Fact]
    public void DropsTheLogoAndArchivePartsOfATitle() =>
        Assert.Equal("Interning of small integers", Title(
            "<html><head><title>Four Years Remaining » Blog Archive » Interning of small integers</title></head><body>"
            + "<h1><a href=\"/\">Four Years Remaining</a></h1><p>Text.</p></body></html>"));

    [Fact]
    public void KeepsAnOgTitleWrittenApartFromTheTitleTagWhole() =>
        Assert.Equal("Firefox – Weniger Werbung unter Android", Title(
            "<html><head><title>Firefox – Weniger Werbung unter Android | Der Blog</title>"
            + "<meta property=\"og:title\" content=\"Firefox – Weniger Werbung unter Android\"></head><body><p>Text.</p></body></html>"));

    [Fact]
    public void TakesTheTitlesFormWhenTheH1GluesAKickerBeforeIt() =>
        Assert.Equal("Große Aufgaben für die neue Regierung", Title(
            "<html><head><title>Große Aufgaben für die neue Regierung</title></head><body>"
            + "<h1><span>Tunesien</span> <span>Große Aufgaben für die neue Regierung</span></h1><p>Text.</p></body></html>"));

    [Fact]
    public void KeepsAKickerTheH1JoinsWithAColon() =>
        Assert.Equal("Pure Leere: Marita Kramer verpasst die Spiele", Title(
            "<html><head><meta property=\"og:title\" content=\"Marita Kramer verpasst die Spiele\"></head><body>"
            + "<h1>Pure Leere: Marita Kramer verpasst die Spiele</h1><p>Text.</p></body></html>"));

    [Fact]
    public void ChoosesTheH1CoveringMostOfATitle() =>
        Assert.Equal("Auf das erste Elektron kommt es an", Title(
            "<html><head><title>News - Eawag</title><meta property=\"og:title\" content=\"Auf das erste Elektron kommt es an\"></head><body>"
            + "<h1>News</h1><h1>Auf das erste Elektron kommt es an</h1><p>Text.</p></body></html>"));

    [Fact]
    public void DropsAGluedSiteNameAndDateFromTheH1()
    {
        Assert.Equal("Was wir nicht hören wollen", Title(
            "<html><body><h1>Was wir nicht hören wollen | FASSETTE.NET</h1><p>Text.</p></body></html>"));
        Assert.Equal("Zuschauer kehren in die Hallen zurück", Title(
            "<html><body><h1>Zuschauer kehren in die Hallen zurück 02.02.2022 • Verband, Presse</h1><p>Text.</p></body></html>"));
        Assert.Equal("Ergebnisse der Meisterschaft, 19.5.2007", Title(
            "<html><body><h1>Ergebnisse der Meisterschaft, 19.5.2007</h1><p>Text.</p></body></html>"));
    }

    [Fact]
    public void TellsTheSiteNameATitleTagGluesOn()
    {
        var doc = new AngleSharpBlockBuilder().Build("<html><head><title>Achtsam durch die Krise | Die Furche</title></head><body></body></html>");
        Assert.Equal(["Die Furche"], TitleSiteName.Parts(doc.Head).Select(p => p.Trim()).ToList());
    }

    [Fact]
    public void KeepsSoftHyphensAsThePageWritesThem() =>
        Assert.Equal("Mes\u00ADsen\u00ADger sind kein rechts\u00ADfreier Raum", Title(
            "<html><body><h1>Mes&shy;sen&shy;ger sind kein rechts&shy;freier   Raum</h1><p>Text.</p></body></html>"));

    [Fact]
    public void FoldingJoinsWordsASoftHyphenBreaks() =>
        Assert.Equal("helikopterlandeplatz beim haus", Prasa.Extraction.TextNormal.Fold("Helikopter\u00ADlandeplatz beim Haus"));

    [Fact]
    public void FindsATextDumpsHeadlineAboveTheByline()
    {
        var doc = Prasa.Text.TextBlockBuilder.Build(
            "Subscribe for $1\n\nLocal\n\nCity approves plan to replace Harbor Street Bridge\n\nBy Jane Doe\n\n"
            + "Published Dec. 13, 2023\n\nThe City Council voted on Tuesday night to replace the old bridge, ending years of debate about its future.\n");
        Assert.Equal("City approves plan to replace Harbor Street Bridge", TitleFinder.FromText(doc));
    }

    [Fact]
    public void TakesTheKickerOutOfTheHeadline()
    {
        const string html = "<html><body><h1> <span class=\"dachzeile\">Nach den Wahlen</span> <span class=\"headline\">Rada Miasta przyjęła budżet</span></h1></body></html>";
        Assert.Equal("Rada Miasta przyjęła budżet", HeadlineKicker.Strip("Nach den Wahlen Rada Miasta przyjęła budżet", html));
        Assert.Equal("Other title", HeadlineKicker.Strip("Other title", html));
    }

    [Fact]
    public void DropsHiddenSeparatorsWithTheKicker() =>
        Assert.Equal("Bohren, bis es heiß wird", HeadlineKicker.Strip("Klimaschutz: Bohren, bis es heiß wird",
            "<h1><span class=\"article__kicker\">Klimaschutz</span><span class=\"visually-hidden\">: </span><span>Bohren, bis es heiß wird</span></h1>"));

    private static string? TitleWithMarkup(string html)
    {
        var doc = new AngleSharpBlockBuilder().Build(html);
        return TitleFinder.Find(doc, JsonLdArticle.Read(doc.Head.JsonLd), html);
    }

    private static string Head(string? og = null, string? headline = null, string? title = null) =>
        "<html><head>" + (title is null ? "" : "<title>" + title + "</title>")
        + (og is null ? "" : "<meta property=\"og:title\" content=\"" + og + "\">")
        + (headline is null ? "" : "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" + headline + "\"}</script>")
        + "</head>";

    private const string Body = "<p>The council met on Tuesday and talked for a long time about the bridge and the budget.</p></article></body></html>";

    [Fact]
    public void TakesTheHeadersHeadlineOverAnH1InTheBreadcrumbTrail()
    {
        var head = Head(og: "Warum Kritik an seinem Charakter verpufft", headline: "Donald Trump: Kritik ist wirkungslos");
        var crumb = "<body><nav class=\"breadcrumb\"><ul><li><a href=\"/\">Politik</a></li><li><h1>Donald Trump: Kritik ist wirkungslos</h1></li></ul></nav><article>";
        Assert.Equal("Warum Kritik an seinem Charakter verpufft", Title(
            head + crumb + "<h2><span class=\"label\">Meinung</span> <span>Warum Kritik an seinem Charakter verpufft</span></h2>" + Body));

        // The kicker in an element of its own inside the heading.
        Assert.Equal("Warum Kritik an seinem Charakter verpufft", Title(
            head + crumb + "<h2><div class=\"label\">Meinung –</div> Warum Kritik an seinem Charakter verpufft</h2>" + Body));

        // A heading that merely repeats one of the titles does not say which one is shown: the trail's h1 stays.
        Assert.Equal("Donald Trump: Kritik ist wirkungslos", Title(
            head + crumb + "<h2>Warum Kritik an seinem Charakter verpufft</h2>" + Body));
    }

    [Fact]
    public void DropsAKickerTheH1MarksBeforeTheTitlesGluedForm() =>
        Assert.Equal("Autohäuser rechnen mit langsamem Anlaufen", TitleWithMarkup(
            Head(og: "Corona-Lockerungen: Autohäuser rechnen mit langsamem Anlaufen | MDR.DE")
            + "<body><article><h1><span class=\"dachzeile\">Nach Corona-Lockerungen</span> <span class=\"headline\">Autohäuser rechnen mit langsamem Anlaufen</span></h1>" + Body));

    [Fact]
    public void DropsALabelOnlyScreenReadersHear()
    {
        Assert.Equal("Energiewende und gesellschaftlicher Wandel", HeadlineKicker.Strip("Headline: Energiewende und gesellschaftlicher Wandel",
            "<h1><div><span class=\"visuallyhidden\">Headline:</span> Energiewende und gesellschaftlicher Wandel</div></h1>"));

        // A hidden separator is the headline's own text form.
        Assert.Equal("Waffen für Israel: Beschwerde eingelegt", HeadlineKicker.Strip("Waffen für Israel: Beschwerde eingelegt",
            "<h1><span>Waffen für Israel<span class=\"visually-hidden\">:</span></span> <span>Beschwerde eingelegt</span></h1>"));
    }

    [Fact]
    public void KeepsTheHeadlineWhenAKickerClassFollowsIt() =>
        Assert.Equal("Waffen für Israel: Palästinenser legt Beschwerde ein", HeadlineKicker.Strip("Waffen für Israel: Palästinenser legt Beschwerde ein",
            "<h1><span class=\"subline\">Waffen für Israel<span class=\"visually-hidden\">:</span></span> <span class=\"topline\">Palästinenser legt Beschwerde ein</span></h1>"));

    [Fact]
    public void KeepsTheH1ThatOgTitleOrTheTitleTagStatesAgainstTheJsonLdHeadline()
    {
        const string h1 = "A woman who lost 130 pounds shares 7 changes she did not expect";
        Assert.Equal(h1, Title(Head(og: h1, headline: "Woman who lost 130lb: unexpected changes") + "<body><article><h1>" + h1 + "</h1>" + Body));
        Assert.Equal(h1, Title(Head(og: "Woman who lost 130lb: unexpected changes", headline: "Woman who lost 130lb: unexpected changes", title: h1 + " | Courier")
            + "<body><article><h1>" + h1 + "</h1>" + Body));
    }

    [Fact]
    public void KeepsTheH1OverAShortFormOgTitleAndJsonLdAgreeOn() =>
        Assert.Equal("Der Nervenkrieg um den Brexit geht in die nächste Runde", Title(
            Head(og: "Brexit: Nervenkrieg geht in nächste Runde", headline: "Brexit: Nervenkrieg geht in nächste Runde")
            + "<body><article><h1>Der Nervenkrieg um den Brexit geht in die nächste Runde</h1>" + Body));

    [Fact]
    public void KeepsTheH1WhenOgTitleAndJsonLdGlueASectionBeforeIt()
    {
        Assert.Equal("Lotte Tobisch ist tot", Title(
            Head(og: "Chronik: Lotte Tobisch ist tot", headline: "Chronik: Lotte Tobisch ist tot") + "<body><article><h1>Lotte Tobisch ist tot</h1>" + Body));

        // Two words are too little to stand for the headline the titles state.
        Assert.Equal("Chronik: Lotte Tobisch ist tot", Title(
            Head(og: "Chronik: Lotte Tobisch ist tot", headline: "Chronik: Lotte Tobisch ist tot") + "<body><article><h1>Ist tot</h1>" + Body));
    }

    [Fact]
    public void TakesALinkedH1ThatTheTitlesState() =>
        Assert.Equal("3 verrückte Orte in Berlin", Title(
            Head(og: "3 verrückte Orte in Berlin", title: "3 verrückte Orte in Berlin « BLOG OFF!")
            + "<body><h1>Kennst Du meine Videos?</h1><article><h1><a href=\"/orte\">3 verrückte Orte in Berlin</a></h1>" + Body));

    [Fact]
    public void DropsAKickerSetOnALineOfItsOwn()
    {
        Assert.Equal("Klimavorreiter Oberland?", HeadlineKicker.Strip("Energiewende Oberland: Klimavorreiter Oberland?",
            "<h1 class=\"entry-title\"><span class='sub-heading'>Energiewende Oberland:</span></br> Klimavorreiter Oberland?</h1>"));
        Assert.Equal("Große Aufgaben für die neue Regierung", HeadlineKicker.Strip("Tunesien Große Aufgaben für die neue Regierung",
            "<h1><small>Tunesien</small><br />Große Aufgaben für die neue Regierung</h1>"));

        // A line break inside the headline itself leaves it whole.
        Assert.Equal("Große Aufgaben für die neue Regierung", HeadlineKicker.Strip("Große Aufgaben für die neue Regierung",
            "<h1>Große Aufgaben<br>für die neue Regierung</h1>"));
    }

    [Fact]
    public void DropsAnElementOpeningTheH1ThatATitleSetsOff()
    {
        const string h1 = "<h1> <span class=\"subtitle\">Olympische Spiele in Paris</span> Getränke per Schiff ins Stadtzentrum </h1>";
        Assert.Equal("Getränke per Schiff ins Stadtzentrum", TitleWithMarkup(
            Head(title: "Olympische Spiele in Paris - Getränke per Schiff ins Stadtzentrum - Lebensmittelpraxis.de") + "<body><article>" + h1 + Body));

        // A title that reads them as one line keeps the h1 whole.
        Assert.Equal("Olympische Spiele in Paris Getränke per Schiff ins Stadtzentrum", TitleWithMarkup(
            Head(title: "Olympische Spiele in Paris Getränke per Schiff ins Stadtzentrum") + "<body><article>" + h1 + Body));

        // The block text glues an unstyled kicker element to the headline; the title still sets it off.
        Assert.Equal("Der 9. Juli naht: Gewerkschaften demonstrieren", TitleWithMarkup(
            Head(og: "Nationale Demo / Der 9. Juli naht: Gewerkschaften demonstrieren")
            + "<body><article><h1><span>Nationale Demo</span>Der 9. Juli naht: Gewerkschaften demonstrieren</h1>" + Body));

        // A separator inside the h1 is the headline's own.
        Assert.Equal("Eskalation im Nordatlantik: Wenn die Ozeane überhitzen", TitleWithMarkup(
            Head(title: "Eskalation im Nordatlantik: Wenn die Ozeane überhitzen")
            + "<body><article><h1><span class=\"k\">Eskalation im Nordatlantik</span><span class=\"visually-hidden\">: </span><span>Wenn die Ozeane überhitzen</span></h1>" + Body));
    }

    [Fact]
    public void DropsASubtitleTheH1SetsAfterTheDeclaredHeadline()
    {
        const string h1 = "<h1><span class=\"primary\">Radni przyjęli budżet miasta na rok 2027</span> <span class=\"secondary\">Drogi najważniejsze</span></h1>";
        Assert.Equal("Radni przyjęli budżet miasta na rok 2027", TitleWithMarkup(
            Head(headline: "Radni przyjęli budżet miasta na rok 2027", title: "Radni przyjęli budżet miasta na rok 2027 - Gazeta Nadodrzańska") + "<body><article>" + h1 + Body));

        // Without a title that states the first part alone, the h1 stays whole.
        Assert.Equal("Radni przyjęli budżet miasta na rok 2027 Drogi najważniejsze", TitleWithMarkup(
            Head(title: "Radni przyjęli budżet miasta na rok 2027 Drogi najważniejsze") + "<body><article>" + h1 + Body));
    }

    [Fact]
    public void TakesALinkedH1ThatOpensTheTitleBeforeItsSubtitle()
    {
        const string h1 = "<h1><a href=\"/doi/123\">Effects of Winter Road Salt on Urban Trees</a></h1>";
        Assert.Equal("Effects of Winter Road Salt on Urban Trees", Title(
            Head(title: "Effects of Winter Road Salt on Urban Trees: A Ten-Year Study: Journal of Urban Ecology: Vol 4") + "<body>" + h1 + Body));

        // A blog's logo opens its titles the same way, but og:title then states the post's title alone.
        Assert.Equal("Notes from the Garden Shed", Title(
            Head(og: "Notes from the Garden Shed", title: "Urban Tree Diaries: Notes from the Garden Shed")
            + "<body><h1><a href=\"/\">Urban Tree Diaries</a></h1><article><h2>Notes from the Garden Shed</h2>" + Body));
    }
}

