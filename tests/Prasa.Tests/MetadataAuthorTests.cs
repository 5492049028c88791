using Prasa.Metadata;

namespace Prasa.Tests;

public class MetadataAuthorTests
{
    [Theory]
    [InlineData("By Jane Doe", "Jane Doe")]
    [InlineData("Autor: Jan Kowalski", "Jan Kowalski")]
    [InlineData("Opracowanie: Anna Nowak", "Anna Nowak")]
    [InlineData("oprac. Anna Nowak", "Anna Nowak")]
    [InlineData("Von Maria Müller", "Maria Müller")]
    [InlineData("View all posts by Daniel Green", "Daniel Green")]
    [InlineData("Zeige alle Beiträge von Cem Berg →", "Cem Berg")]
    [InlineData("Emily Stone 8 January 2020", "Emily Stone")]
    [InlineData("Bo2man am 29.12.2010", "Bo2man")]
    [InlineData("Eberhard Fuchs (Pressesprecher)", "Eberhard Fuchs")]
    [InlineData("Kirsten Freund / handwerk.de", "Kirsten Freund")]
    [InlineData("Perry Bacon Jr.", "Perry Bacon Jr.")]
    [InlineData("ByAlex Bozar", "Alex Bozar")]
    [InlineData("Text von Christian Seil Illustration von Markus Roo", "Christian Seil")]
    [InlineData("Dr. Max Kolter", "Dr. Max Kolter")]
    [InlineData("jancak", "jancak")]
    [InlineData("Peter Maahn/SP-X", "Peter Maahn")]
    [InlineData("Williams Perdomo @wperdomod", "Williams Perdomo")]
    [InlineData("Autoren Jelko Djuren", "Jelko Djuren")]
    [InlineData("Loïc Le Clerc", "Loïc Le Clerc")]
    [InlineData("Kolumnist*in: Evan Tepest", "Evan Tepest")]
    [InlineData("Markus Steinrisser Motorsport-Magazin.com Redakteur", "Markus Steinrisser")]
    [InlineData("par Loïc Durand le 30 septembre 2018", "Loïc Durand")]
    [InlineData("Rechtsanwalt Tobias Lenz", "Tobias Lenz")]
    [InlineData("Von NORDPOST-Experte Ines Walther", "Ines Walther")]
    [InlineData("Korrespondentin Ula Brenner", "Ula Brenner")]
    [InlineData("Brendan Carlin for The Mail on Sunday", "Brendan Carlin")]
    [InlineData("Malcolm Owen Monday", "Malcolm Owen")]
    [InlineData("Regan Foster September", "Regan Foster")]
    [InlineData("Theresa May", "Theresa May")]
    [InlineData("Billy Sunday", "Billy Sunday")]
    [InlineData("Lena Sun", "Lena Sun")]
    [InlineData("Anh Do", "Anh Do")]
    [InlineData("Olivier Minot Olivier Minot", "Olivier Minot")]
    public void CleansOneName(string value, string name) =>
        Assert.Equal([name], AuthorName.People(value).ToList());

    [Theory]
    [InlineData("By Jane Doe and John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("Anna Nowak, Piotr Wiśniewski i Ewa Zając", new[] { "Anna Nowak", "Piotr Wiśniewski", "Ewa Zając" })]
    [InlineData("Von Birgit Baum und Jan Mark", new[] { "Birgit Baum", "Jan Mark" })]
    [InlineData("Jan Kowalski, PAP", new[] { "Jan Kowalski" })]
    [InlineData("Ralf Dorn im Gespräch mit Petra Voss", new[] { "Ralf Dorn", "Petra Voss" })]
    [InlineData("Rudi Stern in conversation with Mia Hale", new[] { "Rudi Stern", "Mia Hale" })]
    [InlineData("Anna Sleeman, Frankfurt", new[] { "Anna Sleeman" })]
    [InlineData("Anna Sleeman, Jan Mark", new[] { "Anna Sleeman", "Jan Mark" })]
    [InlineData("Markus M. Hafner, London, Beat Baum", new[] { "Markus M. Hafner", "Beat Baum" })]
    [InlineData("Rachel Lane, MS, RD", new[] { "Rachel Lane" })]
    [InlineData("Fabian Dorn, Illustrator: Adriaan Prent", new[] { "Fabian Dorn" })]
    [InlineData("By Clara Mills, Globe Correspondent", new[] { "Clara Mills" })]
    [InlineData("Clara MillsBusiness Columnist", new[] { "Clara Mills" })]
    [InlineData("Von Ulrich ExnerKorrespondent", new[] { "Ulrich Exner" })]
    [InlineData("Ronald McDonald Columnist", new string[0])]
    [InlineData("Piotr Wiśniewski, Senior Columnist", new[] { "Piotr Wiśniewski" })]
    public void SplitsSeveralNames(string value, string[] names) =>
        Assert.Equal(names, AuthorName.People(value).ToList());

    [Theory]
    [InlineData("PAP")]
    [InlineData("AFP")]
    [InlineData("dpa")]
    [InlineData("Redakcja")]
    [InlineData("Redaktion")]
    [InlineData("No Author")]
    [InlineData("admin")]
    [InlineData("View my complete profile")]
    [InlineData("https://example.com/author/jane-doe")]
    [InlineData("jane@example.com")]
    [InlineData("Example Media GmbH")]
    [InlineData("Photo: Jan Kowalski")]
    [InlineData("deinen Hochzeitsbloggern")]
    [InlineData("By")]
    [InlineData("INTERIA.PL")]
    [InlineData("Zespół wPolityce.pl")]
    [InlineData("Zuletzt geändert")]
    [InlineData("Please enter your name here")]
    [InlineData("Donnerstag")]
    [InlineData("MEDIAHUIS N.V.")]
    [InlineData("Staff Writer")]
    [InlineData("Name")]
    [InlineData("publisher")]
    [InlineData("anónimo")]
    [InlineData("Unbenannt")]
    [InlineData("SPIEGEL ONLINE, Hamburg, Germany")]
    [InlineData("ERBOL")]
    [InlineData("Photograph by Tom Reed, Fauna & Flora Trust")]
    [InlineData("nordpost_team")]
    [InlineData("NPT-Redaktion")]
    [InlineData("Monday November")]
    [InlineData("Authorizing... Thanks")]
    [InlineData("PAID CONTENT")]
    [InlineData("Letters To The Editor")]
    [InlineData("Herausgeber")]
    [InlineData("HNN Staff")]
    [InlineData("Staff Reports")]
    [InlineData("Telegraph Sport")]
    [InlineData("Redacción EC")]
    public void RejectsWhatNamesNoPerson(string value) => Assert.Empty(AuthorName.People(value));

    [Fact]
    public void TellsAPhraseFromAByline()
    {
        Assert.True(AuthorName.HasPhrase("Krótko o przepisach prawa w Nowej Zelandii i Polsce 22 kwietnia 2021"));
        Assert.False(AuthorName.HasPhrase("Anna Nowak, Piotr Wiśniewski i Ewa Zając"));
    }

    [Theory]
    [InlineData("rp.pl", "rp.pl")]
    [InlineData("Rzeczpospolita", "Rzeczpospolita")]
    [InlineData("Interscenario", "interscenar.io")]
    [InlineData("Google", "Google Online Security Blog")]
    [InlineData("Die FURCHE", "furche.at")]
    [InlineData("Deutsche Welle", "DW")]
    [InlineData("JF", "JUNGE FREIHEIT")]
    [InlineData("El Colombiano", "www.elcolombiano.com")]
    [InlineData("FC Hafen Kurier", "hafen-kurier.de")]
    public void RejectsTheSiteItself(string value, string site) => Assert.Empty(AuthorName.People(value, [site]));

    [Theory]
    [InlineData("Jan Kowalski, PAP", new[] { "PAP" })]
    [InlineData("Redaktion", new[] { "Redaktion" })]
    [InlineData("Hafen Kurier", new[] { "Hafen Kurier" })]
    [InlineData("Hafenkurier.de/ Agenturen", new[] { "Hafenkurier.de/ Agenturen" })]
    [InlineData("NPT-Redaktion", new[] { "NPT-Redaktion" })]
    [InlineData("Jan Kowalski", new string[0])]
    [InlineData("Nachrichten", new string[0])]
    [InlineData("admin", new string[0])]
    [InlineData("Photo: Hafen Kurier", new string[0])]
    public void NamesTheOrganisationsOfAnAuthorValue(string value, string[] credit) =>
        Assert.Equal(credit, AuthorName.Organisations(value, ["Hafen Kurier", "hafenkurier.de"]).ToList());

    [Fact]
    public void CutsTheSiteNameAfterAName()
    {
        Assert.Equal(["Ada Brook"], AuthorName.People("By Ada Brook HarbourVoice Staff", ["HarbourVoice"]).ToList());
        Assert.Equal(["Ada Brook The Editor"], AuthorName.People("Ada Brook The Editor", ["The Harbour Times"]).ToList());
    }

    [Fact]
    public void KeepsALowerCaseSurnameOnlyWhereThePersonIsDeclared()
    {
        Assert.Equal(["Imran kabir"], AuthorName.People("Imran kabir", declared: true).ToList());
        Assert.Empty(AuthorName.People("Imran kabir"));
        Assert.Empty(AuthorName.People("Please enter your name", declared: true));
    }

    [Theory]
    [InlineData(new[] { "Tobias Lenz", "tobiaslenz.de" }, "Tobias Lenz")]
    [InlineData(new[] { "Tobias Lenz", "www.tobias-lenz.net" }, "Tobias Lenz")]
    [InlineData(new[] { "Hafen Kurier", "hafenkurier.de" }, "Hafen Kurier")]
    [InlineData(new[] { "Tobias Lenz", "lenz-verlag.de" }, null)]
    [InlineData(new[] { "Herr Lenz", "herrlenz.de" }, null)]
    [InlineData(new[] { "Der Hafen", "derhafen.de" }, null)]
    [InlineData(new[] { "HAFEN KURIER", "hafenkurier.de" }, null)]
    public void TellsAPersonalSitesOwner(string[] organisations, string? owner) => Assert.Equal(owner, AuthorName.SiteOwner(organisations));

    [Theory]
    [InlineData("Nils Pickert", "Nils", true)]
    [InlineData("Gàbor Muniér", "gabor_munier", true)]
    [InlineData("Christian P. Stadtfeld", "christian.stadtfeld", true)]
    [InlineData("Arian Schlichenmayer", "arianschlichenmayer", true)]
    [InlineData("Edilson La Rosa", "edilson.la.rosa", true)]
    [InlineData("Anna Nowak", "Piotr", false)]
    [InlineData("Anna Nowak", "anna.kowalska", false)]
    public void TellsAFullNameFromTheUserNameItWritesOut(string full, string user, bool extends) =>
        Assert.Equal(extends, AuthorName.Extends(full, user));

    [Theory]
    [InlineData("Sven Schreivogel", true)]
    [InlineData("Loïc Le Clerc", true)]
    [InlineData("All Rights Reserved", false)]
    [InlineData("Und Grundschritt", false)]
    [InlineData("Keep Talking Sports!", false)]
    [InlineData("Marina", false)]
    public void TellsAFullNameFromAPhrase(string value, bool name) => Assert.Equal(name, AuthorName.LooksLikeFullName(value));
}

public class AuthorFinderTests
{
    private static List<string> Authors(string html) => Extract(html).Author;

    private const string Text =
        "<p>The council voted on Tuesday night to replace the old bridge over the river, ending years of debate about its future and its cost.</p>"
        + "<p>Work is to start next spring and should take two years, during which a temporary crossing will carry buses and bicycles.</p>"
        + "<p>Residents who spoke at the meeting mostly welcomed the decision, though some asked for a wider footpath on the new bridge.</p>";

    /// <summary>The page's body after its head: the headline and <see cref="Text"/>.</summary>
    private const string BridgeBody = "<body><h1>New bridge</h1><article>" + Text + "</article></body></html>";

    /// <summary>An uploader's account in the meta author gives way to a shown byline, and stays where none is shown.</summary>
    [Theory]
    [InlineData("<p class=\"byline\">Anna Berg</p>", "Anna Berg")]
    [InlineData("", "editor42")]
    public void TakesAShownBylineOverAnUploadersAccount(string byline, string author) =>
        Assert.Equal([author], Authors("<html><head><meta name=\"author\" content=\"editor42\"></head><body><h1>New bridge</h1>"
            + "<article>" + byline + Text + "</article></body></html>"));

    [Fact]
    public void ReadsTheWriterOfAnSeoCardPair() =>
        Assert.Equal(["Karla Wendt"], Authors("<html><head><meta name=\"twitter:label1\" content=\"Verfasst von\">"
            + "<meta name=\"twitter:data1\" content=\"Karla Wendt\"><meta name=\"twitter:label2\" content=\"Geschätzte Lesezeit\">"
            + "<meta name=\"twitter:data2\" content=\"3 Minuten\"></head>" + BridgeBody));

    [Fact]
    public void ReadsTheAuthorOfARecipeOrAForumPosting()
    {
        Assert.Equal(["kuchenfee"], Authors("<html><head><script type=\"application/ld+json\">{\"@type\":\"Recipe\",\"name\":\"Apple cake\","
            + "\"author\":{\"@type\":\"Person\",\"name\":\"kuchenfee\"}}</script></head><body><h1>Apple cake</h1><article>" + Text + "</article></body></html>"));
        Assert.Equal(["Brückenfan"], Authors("<html><head><script type=\"application/ld+json\">{\"@type\":\"DiscussionForumPosting\",\"headline\":\"New bridge\","
            + "\"author\":{\"@type\":\"Person\",\"name\":\"Brückenfan\"}}</script></head>" + BridgeBody));
    }

    [Fact]
    public void TakesTheWebPagesAuthorAfterTheShownByline()
    {
        const string Ld = "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\",\"author\":{\"@id\":\"#p1\"}},"
            + "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Gerd Amsel\"}]}</script>";
        Assert.Equal(["Gerd Amsel"], Authors("<html><head>" + Ld + "</head>" + BridgeBody));
        Assert.Equal(["Harald Bauer"], Authors("<html><head>" + Ld + "</head><body><h1>New bridge</h1><article>"
            + "<p class=\"byline\">By <span itemprop=\"author\">Harald Bauer</span></p>" + Text + "</article></body></html>"));
    }

    [Fact]
    public void TakesOnlyTheFirstOfAListOfLabelledBylines() =>
        Assert.Equal(["Gina Falk"], Authors("<html><body><h1>New bridge</h1><article>"
            + "<span itemprop=\"author\">Autor: Gina Falk, Datum: 03.03.2019</span>" + Text + "</article><aside><ul>"
            + "<li><a href=\"/a\">Old ferry</a> <span itemprop=\"author\">Autor: Ole Kamp, Datum: 01.02.2019</span></li>"
            + "<li><a href=\"/b\">Night buses</a> <span itemprop=\"author\">Autor: Lea Brandt, Datum: 11.01.2019</span></li>"
            + "</ul></aside></body></html>"));

    [Fact]
    public void ReadsTheBylineEndingALineBrokenArticle() =>
        Assert.Equal(["Tobias Lenz"], Authors("<html><body><h1>New bridge</h1><article><p>"
            + "The council voted on Tuesday night to replace the old bridge over the river, ending years of debate about its future.<br>"
            + "Work is to start next spring and should take two years, during which a temporary crossing will carry buses and bicycles.<br>"
            + "Residents who spoke at the meeting mostly welcomed the decision, though some asked for a wider footpath.<br>"
            + "Autor: Rechtsanwalt Tobias Lenz</p></article></body></html>"));

    [Fact]
    public void TakesThePersonalSitesOwnerWhereNoOtherPersonIsNamed()
    {
        const string Head = "<html><head><title>New bridge | Tobias Lenz</title><meta property=\"og:site_name\" content=\"Tobias Lenz\">"
            + "<link rel=\"canonical\" href=\"https://tobiaslenz.de/new-bridge\"><meta name=\"author\" content=\"Tobias Lenz\">";
        Assert.Equal(["Tobias Lenz"], Authors(Head + "</head>" + BridgeBody));
        Assert.Equal(["Harald Bauer"], Authors(Head + "</head><body><h1>New bridge</h1><article>"
            + "<p class=\"byline\">By <span class=\"author\">Harald Bauer</span></p>" + Text + "</article></body></html>"));
    }

    [Fact]
    public void TakesTheNameSignedAboveTheFootnotes() =>
        Assert.Equal(["Tobias Lenz"], Authors("<html><body><h1>New bridge</h1><article>" + Text
            + "<p>Tobias Lenz</p><p>(1) Figures from the council's 2019 traffic count.</p><p>(2) Estimated by the city's planning office.</p></article></body></html>"));

    [Fact]
    public void TakesNoBoldLineOverAHeadingForASignature() =>
        Assert.Empty(Authors("<html><body><h1>New bridge</h1><article>" + Text
            + "<p><b>Bessere Radwege</b></p><h2>Kosten</h2><p>The bridge will cost 40 million euros, most of it paid by the state and the rest by the city.</p>"
            + "<p>The council expects the first cars to cross the new bridge in the summer of 2027, if the works keep to the plan.</p></article></body></html>"));

    [Fact]
    public void TakesTheCopyrightHolderASiteIsNamedFor() =>
        Assert.Equal(["Tobias Lenz"], Authors("<html><head><title>Tobias Lenz's Notebook | New bridge</title></head><body><h1>New bridge</h1>"
            + "<article>" + Text + "</article><div id=\"nav\"><a href=\"/\">Home</a></div><div>x</div><div>y</div><div>z</div><div>w</div>"
            + "<footer><p>Copyright (c) 2012- Tobias Lenz. All rights reserved.</p></footer></body></html>"));

    [Fact]
    public void TakesTheAccountOfTheCommentsThePostsAuthorWrote()
    {
        const string Comments = "<ol class=\"comment-list\"><li class=\"comment byuser comment-author-ritawolf even depth-1\"><p>Lovely walk!</p></li>"
            + "<li class=\"comment byuser comment-author-ninabloggt bypostauthor odd alt depth-1\"><p>Thank you, Rita!</p></li></ol>";
        Assert.Equal(["ninabloggt"], Authors("<html><body><h1>New bridge</h1><article>" + Text + "</article>" + Comments + "</body></html>"));

        // A byline the page shows comes first; a comment list without the post's author names no one.
        Assert.Equal(["Harald Bauer"], Authors("<html><body><h1>New bridge</h1><article><p class=\"byline\">By <span class=\"author\">Harald Bauer</span></p>"
            + Text + "</article>" + Comments + "</body></html>"));
        Assert.Empty(Authors("<html><body><h1>New bridge</h1><article>" + Text + "</article>"
            + "<ol><li class=\"comment byuser comment-author-ritawolf even depth-1\"><p>Lovely walk!</p></li></ol></body></html>"));

        // A commenter's name in an author class is not the writer's.
        Assert.Equal(["ninabloggt"], Authors("<html><body><h1>New bridge</h1><article>" + Text + "</article><ol class=\"comment-list\">"
            + "<li class=\"comment even depth-1\"><span class=\"author\">ritawolf</span><p>Lovely walk!</p></li>"
            + "<li class=\"comment byuser comment-author-ninabloggt bypostauthor odd alt depth-1\"><span class=\"author\">ninabloggt</span><p>Thank you, Rita!</p></li></ol></body></html>"));
    }

    [Fact]
    public void TakesTheBylineStandingBesideTheHeadlineOverTheMetaAuthor()
    {
        const string Head = "<html><head><meta name=\"author\" content=\"Peter Amende\"></head><body>";
        Assert.Equal(["Cooper"], Authors(Head + "<h1>New bridge</h1><div class=\"info\">Geschrieben von Cooper am 25.08.2015 22:30</div>"
            + "<article>" + Text + "</article></body></html>"));

        // A paragraph opening with "Vom" is the text's first sentence, not a byline.
        Assert.Equal(["Peter Amende"], Authors(Head + "<h1>New bridge</h1><article><p>Vom Bahnhof Potsdam fährt die Tram zur neuen Brücke.</p>"
            + Text + "</article></body></html>"));
    }

    [Fact]
    public void TakesEveryWriterTheShownBylineListsWhereTheJsonLdNamesOne()
    {
        const string Head = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"New bridge\","
            + "\"author\":{\"@type\":\"Person\",\"name\":\"Anna Berg\"}}</script></head><body><h1>New bridge</h1>";
        Assert.Equal(["Anna Berg", "Jan Roe"], Authors(Head + "<div class=\"meta\"><span class=\"author\">von Anna Berg, Jan Roe</span></div>"
            + "<article>" + Text + "</article></body></html>"));

        // A shown byline that does not name the declared writer is someone else's (a teaser's, a reviewer's).
        Assert.Equal(["Anna Berg"], Authors(Head + "<div class=\"meta\"><span class=\"author\">von Ole Kamp, Jan Roe</span></div>"
            + "<article>" + Text + "</article></body></html>"));
    }

    [Fact]
    public void TakesAPersonAWeakerSourceNamesOverABylineNamingTheSite()
    {
        const string Head = "<html><head><link rel=\"canonical\" href=\"https://www.stadtbote.com/news/new-bridge\">"
            + "<meta property=\"og:site_name\" content=\"www.stadtbote.com\"><meta name=\"author\" content=\"Stadt Bote\"></head><body><h1>New bridge</h1>";
        Assert.Equal(["Jana Ruhl"], Authors(Head + "<div class=\"info\"><span class=\"author\">Jana Ruhl | vor 3 Stunden</span></div>"
            + "<article>" + Text + "<p>Stadt Bote</p></article></body></html>"));

        // Where no one else is named, the byline stays as the page writes it.
        Assert.Equal(["Stadt Bote"], Authors(Head + "<article>" + Text + "<p>Stadt Bote</p></article></body></html>"));
    }

    [Fact]
    public void TakesADatedBylineParagraphUnderTheHeadlineOverTheMetaAuthor()
    {
        const string Head = "<html><head><meta name=\"author\" content=\"Matthias Hille - Lukas Balbach\"></head><body><div class=\"post\">";
        Assert.Equal(["Fabian"], Authors(Head + "<h2>New bridge</h2><p class=\"date\">Erstellt von <a href=\"/author/fabian/\">Fabian</a> am Dienstag 6. Mai 2014</p>"
            + "<div class=\"entrytext\">" + Text + "</div></div></body></html>"));
        Assert.Equal(["Ann Lee"], Authors("<html><body><h1>New bridge</h1><p>Created by Ann Lee on May 6, 2014</p><article>" + Text + "</article></body></html>"));
    }

    [Fact]
    public void TakesTheSignatureClosingTheArticleBeforeTheNextSection()
    {
        const string Ticker = "<h2>Ticker</h2><div class=\"ticker\"><p>The ferry company said on Monday that it would run an extra boat on weekends while the old bridge is closed for the works.</p>"
            + "<p>Bus line 12 will take a detour through the harbour district from next month, the transport authority said in a statement on Friday.</p></div>";
        Assert.Equal(["Stefan Wasmer"], Authors("<html><body><h1>New bridge</h1><div class=\"main\"><div class=\"article\">" + Text
            + "<p><b><i>Stefan Wasmer</i></b></p></div>" + Ticker + "</div></body></html>"));

        // A list's last item over a heading is no signature.
        Assert.Empty(Authors("<html><body><h1>New bridge</h1><div class=\"main\"><div class=\"article\">" + Text
            + "<ul><li>Safe cycle lanes</li><li>Quiet footpaths</li></ul></div>" + Ticker + "</div></body></html>"));
    }

    [Fact]
    public void TakesNoNameFromDatedLinesDeepInTheText() =>
        Assert.Empty(Authors("<html><body><h1>Concerts in November</h1><article>" + string.Concat(Enumerable.Repeat(Text, 6))
            + "<p>02.11.2022 - Placebo - Stadthalle</p><p>17.11.2022 - Grelle Forelle</p><p>23.11.2022 - Die Nerven - Arena</p></article></body></html>"));

    [Fact]
    public void TakesTheLabelledBylineUnderTheHeadlineOverAnUploadersAccount()
    {
        Assert.Equal(["Margarita Koreneva"], Authors("<html><body><h1>New bridge</h1><div class=\"submitted\">Gespeichert von <span class=\"username\">human</span> am 7. Juli 2019 - 18:44</div>"
            + "<article><p>Blog Beitrag von Margarita Koreneva</p>" + Text + "</article></body></html>"));

        // A labelled line far down a page that lists several posts is another post's.
        var far = string.Concat(Enumerable.Repeat(Text, 6));
        Assert.Equal(["human"], Authors("<html><body><h1>New bridge</h1><div class=\"submitted\">Gespeichert von <span class=\"username\">human</span> am 7. Juli 2019 - 18:44</div>"
            + "<article>" + far + "<p>Blog Beitrag von Margarita Koreneva</p></article></body></html>"));
    }

    [Fact]
    public void TakesTheFullNameTheTextWritesOutForAnAccountOfFirstAndLastName()
    {
        const string Head = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"New bridge\","
            + "\"author\":{\"@type\":\"Person\",\"name\":\"christian.stadtfeld\"}}</script></head><body><h1>New bridge</h1><article>";
        Assert.Equal(["Christian P. Stadtfeld"], Authors(Head + Text
            + "<figure><img src=\"a.jpg\"><figcaption>Chefredakteur Christian P. Stadtfeld on the bridge</figcaption></figure></article></body></html>"));

        // Where the text does not write it out, the account stays; a first name alone is how some writers sign.
        Assert.Equal(["christian.stadtfeld"], Authors(Head + Text + "</article></body></html>"));
        Assert.Equal(["Christian"], Authors("<html><head><meta name=\"author\" content=\"Christian\"></head><body><h1>New bridge</h1><article>" + Text
            + "<figure><img src=\"a.jpg\"><figcaption>Christian Meier on the bridge</figcaption></figure></article></body></html>"));
    }

    [Fact]
    public void TakesAParagraphAnExplicitBylinePhraseOpensOverTheMetaAuthor()
    {
        const string Head = "<html><head><meta name=\"author\" content=\"Paul Soldan\"></head><body><h1>New bridge</h1><article>";
        Assert.Equal(["Eugen Zentner"], Authors(Head + "<p><em>Ein Interview von <strong>Eugen Zentner</strong> mit <strong>Sonja Silberhorn</strong>.</em></p>"
            + Text + "</article></body></html>"));

        // A paragraph that opens with a plain "Von" is the text's first sentence.
        Assert.Equal(["Paul Soldan"], Authors(Head + "<p>Von Anna Berg stammt die Idee.</p>" + Text + "</article></body></html>"));
    }

    [Fact]
    public void TakesTheForumAccountASeriesDeclaresItsAuthor()
    {
        Assert.Equal(["Catch more fish"], Authors("<html><head><script type=\"application/ld+json\">{\"@type\":\"CreativeWorkSeries\",\"headline\":\"New bridge\","
            + "\"author\":{\"@type\":\"Person\",\"name\":\"Catch more fish\"}}</script></head>" + BridgeBody));

        // Declared a person, a name of up to three words may hold lower-case words; undeclared, it is a phrase.
        Assert.Equal(["Catch more fish"], AuthorName.People("Catch more fish", declared: true).ToList());
        Assert.Empty(AuthorName.People("Catch more fish"));
    }

    [Fact]
    public void TakesNoPhotographerAJsonLdImageNames()
    {
        const string Ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"New bridge\","
            + "\"image\":{\"@type\":\"ImageObject\",\"url\":\"https://example.com/a.jpg\",\"author\": \"Kay Nietfeld\"}}</script>";
        Assert.Empty(Authors("<html><head>" + Ld + "</head>" + BridgeBody));

        // A page script's data layer still names the writer.
        Assert.Equal(["Anna Berg"], Authors("<html><head>" + Ld + "<script>var dataLayer = [{\"author\": \"Anna Berg\"}];</script></head><body><h1>New bridge</h1><article>"
            + Text + "</article></body></html>"));
    }

    [Fact]
    public void TakesNoNameAScriptListsToLeaveOut()
    {
        const string Config = "<script>var config = {\"myCapture\":{\"blacklist\":{\"byline\":[\"AP Photo\",\"Getty\"]}}};</script>";
        Assert.Empty(Authors("<html><head>" + Config + "</head>" + BridgeBody));

        // A key after the list of exclusions still names the writer.
        Assert.Equal(["Anna Berg"], Authors("<html><head>" + Config + "<script>var page = {\"section\":\"news\",\"byline\":\"Anna Berg\"};</script></head><body><h1>New bridge</h1><article>"
            + Text + "</article></body></html>"));
    }

    private static Article Extract(string html) =>
        new Extractor().Extract(new Prasa.Inputs.PageInput { Source = "t.html", Bytes = System.Text.Encoding.UTF8.GetBytes(html) }, Prasa.Inputs.InputMode.Html);

    [Fact]
    public void CreditsTheOrganisationDeclaredTheAuthor()
    {
        var a = Extract("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"New bridge\","
            + "\"author\":{\"@type\":\"Organization\",\"name\":\"Harbour Press Agency\"}}</script></head>" + BridgeBody);
        Assert.Empty(a.Author);
        Assert.Equal(["Harbour Press Agency"], a.Credit);
    }

    [Fact]
    public void CreditsTheAgencyBesideTheWriter()
    {
        var a = Extract("<html><head><meta name=\"author\" content=\"Jan Kowalski, PAP\"></head>" + BridgeBody);
        Assert.Equal(["Jan Kowalski"], a.Author);
        Assert.Equal(["PAP"], a.Credit);
        using var buffer = new MemoryStream();
        using (var w = new System.Text.Json.Utf8JsonWriter(buffer, Prasa.Output.ArticleJson.Options))
        {
            Prasa.Output.ArticleJson.Write(w, a, blocks: false);
        }

        Assert.Contains("\"credit\":[\"PAP\"]", System.Text.Encoding.UTF8.GetString(buffer.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void TakesTheFullNameForAUserName() =>
        Assert.Equal(["Anna Berg"], Authors("<html><head><meta name=\"author\" content=\"anna.berg\"></head><body><h1>New bridge</h1>"
            + "<article>" + Text + "</article><footer><p>Author: Anna Berg</p></footer></body></html>"));

    [Fact]
    public void TakesTheMarkedBylineOverTheMetaAuthor() =>
        Assert.Equal(["Harald Bauer"], Authors("<html><head><meta name=\"author\" content=\"Peter Amende\"></head><body><h1>New bridge</h1>"
            + "<article><p class=\"byline\">By <span itemprop=\"author\">Harald Bauer</span></p>" + Text + "</article></body></html>"));

    [Fact]
    public void ReadsEveryCreatorWhenTheJsonLdAuthorNamesOnlyTheFirst() =>
        Assert.Equal(["Anna Berg", "Jan Roe"], Authors("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"headline\":\"New bridge\",\"author\":{\"@type\":\"Person\",\"name\":\"Anna Berg\"},\"creator\":[\"Anna Berg\",\"Jan Roe\"]}</script>"
            + "</head>" + BridgeBody));

    [Fact]
    public void ReadsABylineInsideTheArticlesLastLine() =>
        Assert.Equal(["Fritz Imhof"], Authors("<html><body><h1>New bridge</h1><article>" + Text + Text
            + "<p>Datum: 19.11.2021<br> Autor: Fritz Imhof<br>Quelle: Livenet</p></article></body></html>"));

    [Fact]
    public void ReadsANameUnderAnAuthorHeading() =>
        Assert.Equal(["Nikolai Huke"], Authors("<html><body><h1>New bridge</h1><article>" + Text + "</article>"
            + "<aside><h4>Autor</h4><p><a href=\"/profil/nh\">Nikolai Huke</a></p></aside></body></html>"));

    [Fact]
    public void TakesTheCopyrightHolderUnderTheArticleButNotAFootersCompany()
    {
        Assert.Equal(["Sven Schreivogel"], Authors("<html><body><h1>New bridge</h1><article>" + Text
            + "<p>© 2019 Sven Schreivogel</p></article></body></html>"));
        Assert.Empty(Authors("<html><body><h1>New bridge</h1><article>" + Text + "</article><div id=\"nav\"><a href=\"/\">Home</a></div>"
            + "<div>x</div><div>y</div><div>z</div><div>w</div><footer><p>© 2023 Acme Verlag Nord</p></footer></body></html>"));
    }

    [Theory]
    [InlineData("(责编：牛镛、岳弘彬)", new[] { "牛镛", "岳弘彬" })]
    [InlineData("责任编辑： 焦鹏", new[] { "焦鹏" })]
    [InlineData("中国航天技术", new string[0])]
    public void ReadsChineseEditorLines(string line, string[] names) => Assert.Equal(names, BylineLine.CjkNames(line));

    [Fact]
    public void ReadsEveryNameOfAPostedByList() =>
        Assert.Equal("Nathan Parker, Varun Khaneja, Eric Mill and Kiran C Nair",
            BylineLine.Inline("Posted by Nathan Parker, Varun Khaneja, Eric Mill and Kiran C Nair - Chrome Safe Browsing team"));
}

public class BylineLineTests
{
    [Theory]
    [InlineData("Posted by Anna Berg on May 3, 2020", "Anna Berg")]
    [InlineData("par Didier Roy, 21 juin 2018", "Didier Roy")]
    [InlineData("Gespeichert von rasos am 24. Juli 2017 - 18:55", "rasos")]
    [InlineData("By Giovanni Gaggero | 12/10/2020", "Giovanni Gaggero")]
    [InlineData("Eingetragen am 3. Januar 2020 vom Support Team", "Support Team")]
    [InlineData("12.03.2021 · Autor: Jan Kowalski", "Jan Kowalski")]
    [InlineData("Posted by Konstantin 21.10.2019", "Konstantin")]
    [InlineData("Ein Artikel von Pamela Sladek | 27.01.2022 - 12:45", "Pamela Sladek")]
    [InlineData("Datum: 19.11.2021\n Autor: Fritz Imhoff\nQuelle: Livenet", "Fritz Imhoff")]
    [InlineData("Von Roland Brock und Sebastian Dresch\n Kakuma /Kenia", "Roland Brock und Sebastian Dresch")]
    [InlineData("Eine Kolumne von Nils Pickert", "Nils Pickert")]
    [InlineData("Ein Interview von Eugen Zentner mit Sonja Silber", "Eugen Zentner")]
    [InlineData("Alles von Tobias Lenz", "Tobias Lenz")]
    [InlineData("Stars (1 / 1) 06.11.2023 13:30 von Olga Symbolbild imago", "Olga")]
    [InlineData("Von Anna Berg Foto: Jan Mark", "Anna Berg")]
    // Where the prefilter must let a line through: a plain word after a number and spaces, after a
    // separator with no space, after a line break; a colon with spaces around it; a phrase with its
    // words far apart; a plain word ending in a full stop.
    [InlineData("12.03.2021   von Jan Kowalski", "Jan Kowalski")]
    [InlineData("Wirtschaft|von Jan Kowalski", "Jan Kowalski")]
    [InlineData("Datum: 19.11.2021\n\tBy Fritz Imhoff", "Fritz Imhoff")]
    [InlineData("Zdjęcia · Autor :  Jan Kowalski", "Jan Kowalski")]
    [InlineData("Strona główna posted \t by Anna Berg", "Anna Berg")]
    [InlineData("oprac. Jan Kowalski", "Jan Kowalski")]
    public void FindsBylinesInsideLines(string line, string names) => Assert.Equal(names, BylineLine.Inline(line));

    [Theory]
    [InlineData("The bridge was built in 1932 and carries 20,000 cars a day")]
    [InlineData("Kommentare")]
    [InlineData("Rede von Bundespräsident Johannes Rau beim Konvent")]
    [InlineData("The report was written by hand and stamped: by 1932 no copy was left")]
    [InlineData("Maybe by: 20")]
    public void FindsNoBylineInOtherLines(string line) => Assert.Null(BylineLine.Inline(line));

    [Theory]
    [InlineData("04.02.2022 | 13:10 Uhr | Uta Helk", "Uta Helk")]
    [InlineData("25.10.2022 - Reiner Nagl", "Reiner Nagl")]
    [InlineData("Montag, 7. März 2022 | 13:10", null)]
    [InlineData("25.10.2022 - Kultur", null)]
    [InlineData("Janic Cathomen, 01.12.2021", "Janic Cathomen")]
    [InlineData("Montag, 7. März 2022", null)]
    public void FindsTheNameInADateline(string line, string? name) => Assert.Equal(name, BylineLine.NamePart(line));
}
