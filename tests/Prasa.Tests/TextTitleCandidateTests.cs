using Prasa.Blocks;
using Prasa.Text;

namespace Prasa.Tests;

/// <summary>The headline chooser's candidate rules and its standfirst feature, on lines written for these tests.</summary>
public class TextTitleCandidateTests
{
    [Theory]
    [InlineData("A file photograph shows the harbour master speaking at the port office in Gdynia on May 3, 2024. — Picture by Jan Nowak", true)]
    [InlineData("Fishermen unload their catch at the old pier on Tuesday morning. — Reuters pic", true)]
    [InlineData("Fishermen unload their catch at the old pier on Tuesday morning. — Reuters file pic", true)]
    [InlineData("The new ferry leaves the harbour for its first trip to the island. –– Picture from Instagram/harbourferry", true)]
    [InlineData("Der neue Bürgermeister nach seiner Wahl vor dem Rathaus der Stadt - Foto: Anna Berg", true)]
    [InlineData("Harbour festival draws record crowds — in pictures", false)]
    [InlineData("Voters queue outside the town hall in Gdynia — Photos from the vote", false)]
    [InlineData("Der neue Bürgermeister vor dem Rathaus der Stadt am Abend - Foto von der Polizei Gdynia", true)]
    [InlineData("Harbour festival 2024 — The week in pictures", false)]
    [InlineData("The old lighthouse gets a new lamp after forty years - Photo", false)]
    [InlineData("Harbour master defends new fees — Port authority responds", false)]
    [InlineData("Ferry services resume after the storm", false)]
    public void A_line_that_ends_in_a_photo_credit_is_a_caption(string line, bool credit)
    {
        Assert.Equal(credit, TitleCandidates.EndsInCredit(line));
    }

    [Theory]
    [InlineData("« Our garden in the first frost", true)]
    [InlineData("← Older post: our garden in the first frost", true)]
    [InlineData("Our garden in the first frost →", true)]
    [InlineData("Next post: the harbour at dawn »", true)]
    [InlineData("«The harbour will not close this winter», says the mayor", false)]
    [InlineData("« The harbour will not close » : the mayor answers", false)]
    [InlineData("The harbour will not close this winter", false)]
    [InlineData("‹ Older post", true)]
    [InlineData("Newer post ›", true)]
    [InlineData("‹Tagesschau›-Moderator tritt nach zwanzig Jahren zurück", false)]
    [InlineData("Der Stadtrat sagt ‹Nein›", false)]
    public void A_link_to_the_previous_or_next_post_is_no_headline(string line, bool link)
    {
        Assert.Equal(link, TitleCandidates.IsPostLink(line));
    }

    [Theory]
    [InlineData("Published: 10:00am, 20 Jan, 2020", true)]
    [InlineData("Aktualizacja: 05.05.2021, 05:53", true)]
    [InlineData("Updated : 3 March 2025", true)]
    [InlineData("Konzert-Highlights im November 2022: die zehn besten Abende", false)]
    [InlineData("Brexit: 31 January 2020 is the day the UK leaves", false)]
    public void A_date_line_opened_by_its_label_is_no_headline(string line, bool labelled)
    {
        Assert.Equal(labelled, TitleCandidates.IsLabelledDate(line));
    }

    [Theory]
    [InlineData("amiga, dogs, floppy, Hunde, Hundeleben", true)]
    [InlineData("Gdańsk, Gdynia, Sopot, Hel, Puck", true)]
    [InlineData("Sun, sea and sand: five beaches, four towns, one summer", false)]
    [InlineData("Gdańsk, Gdynia, Sopot", false)]
    public void Single_words_between_commas_are_tags(string line, bool list)
    {
        Assert.Equal(list, TitleCandidates.IsWordList(line));
    }

    [Theory]
    [InlineData("Anna Berg / 22.04.2020 / 06:15 / Foto: Jan Nowak", true)]
    [InlineData("Neuer Blick auf das „Blue Marble“-Foto: Forscher simulieren die Erde", false)]
    [InlineData("Gdańsk / Gdynia / Sopot: the summer of the tri-city", false)]
    public void Facts_between_slashes_closed_by_a_credit_are_no_headline(string line, bool meta)
    {
        Assert.Equal(meta, TitleCandidates.IsMetaLine(line));
    }

    [Fact]
    public void A_caption_closed_by_its_credit_is_no_headline_candidate()
    {
        var caption = "A file photograph shows the harbour master speaking at the port office on May 3, 2024. — Picture by Jan Nowak";
        var page = TextPages.Of(
            "Harbour master says new fees will pay for the dredging",
            caption,
            caption,
            "By Anna Berg",
            "The harbour master said on Friday that the new fees would pay for dredging the channel, which silts up every winter.");
        Assert.True(TitleFeatures.IsCandidate(page, 0, 4));
        Assert.False(TitleFeatures.IsCandidate(page, 1, 4));
        Assert.False(TitleFeatures.IsCandidate(page, 2, 4));
    }

    [Fact]
    public void The_authors_names_beside_their_byline_are_no_headline_candidate()
    {
        var page = TextPages.Of(
            "Joburg has failed its street traders: here is what the city should do",
            "Anna Berg, Jan Nowak and Maria Silva",
            "By Anna Berg, Jan Nowak and Maria Silva",
            "6 Jan 2026",
            "The inner city is a busy hub of trade, and the traders who work its pavements keep many families fed through the year.");
        Assert.True(page.IsByline[2]);
        Assert.True(TitleFeatures.IsCandidate(page, 0, 4));
        Assert.False(TitleFeatures.IsCandidate(page, 1, 4));
    }

    [Fact]
    public void A_line_ending_in_a_colon_is_no_headline_candidate()
    {
        var page = TextPages.Of(
            "Harbour master defends the new fees",
            "This website uses the following additional cookies:",
            "The harbour master said on Friday that the new fees would pay for dredging the channel, which silts up every winter.");
        Assert.True(TitleFeatures.IsCandidate(page, 0, 2));
        Assert.False(TitleFeatures.IsCandidate(page, 1, 2));
    }

    [Fact]
    public void A_standfirst_that_restates_the_headline_above_it_is_marked()
    {
        var page = TextPages.Of(
            "Weather",
            "Strong winds possible in severe storm along the northern coast",
            "Strong winds are possible along the whole northern coast on Friday and Saturday, forecasters say",
            "By Anna Berg",
            "Forecasters expect gusts of up to 120 km/h along the coast on Friday, and ferries may stay in port until the storm has passed.");
        var f = new double[TitleFeatures.Count];
        TitleFeatures.Recurrence(page, 2, f);
        Assert.Equal(1, f[TitleFeatures.RestatesAbove]);

        // The headline has only a one-word section name above it.
        TitleFeatures.Recurrence(page, 1, f);
        Assert.Equal(0, f[TitleFeatures.RestatesAbove]);

        // A line under a shorter one that shares none of its words restates nothing.
        var other = TextPages.Of(
            "Ferry timetable for the winter",
            "Strong winds are possible along the whole northern coast on Friday and Saturday, forecasters say");
        TitleFeatures.Recurrence(other, 1, f);
        Assert.Equal(0, f[TitleFeatures.RestatesAbove]);

        // A line that repeats the words of a longer line above it is no standfirst of it.
        var shorter = TextPages.Of(
            "Strong winds are possible along the whole northern coast on Friday and Saturday, forecasters say",
            "Strong winds possible along the northern coast");
        TitleFeatures.Recurrence(shorter, 1, f);
        Assert.Equal(0, f[TitleFeatures.RestatesAbove]);
    }
}
