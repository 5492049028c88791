using Prasa.Blocks;
using Prasa.Text;

namespace Prasa.Tests;

/// <summary>A kicker glued before the headline in a dump comes off where a "Topic: headline" line of the page shows the headline's start.</summary>
public class GluedKickerTests
{
    private const string Glued = "Hafenfest in Gdynia Rekordbesuch trotz Regen, Veranstalter zufrieden";

    [Fact]
    public void The_headline_starts_where_the_topic_line_after_its_colon_starts()
    {
        var page = TextPages.Of("Startseite", "Polen: Rekordbesuch trotz Regen, Veranstalter sehr zufrieden mit dem Wochenende", Glued, "Von Anna Berg");
        Assert.Equal("Rekordbesuch trotz Regen, Veranstalter zufrieden", GluedKicker.Headline(page, 2));
    }

    [Fact]
    public void Without_a_topic_line_the_title_stays_whole()
    {
        var page = TextPages.Of("Startseite", Glued, "Von Anna Berg", "Rekordbesuch trotz Regen beim Hafenfest, sagen die Veranstalter.");
        Assert.Equal(Glued, GluedKicker.Headline(page, 1));
    }

    [Fact]
    public void A_topic_line_that_shares_the_kickers_words_cuts_nothing()
    {
        // The "kicker" is part of the story here: the topic line names the harbour festival after its colon too.
        var page = TextPages.Of("Nachrichten: Rekordbesuch beim Hafenfest in Gdynia trotz Regen", Glued);
        Assert.Equal(Glued, GluedKicker.Headline(page, 1));
    }

    [Fact]
    public void A_topic_line_about_another_story_cuts_nothing()
    {
        var page = TextPages.Of("Sport: Rekordbesuch im Stadion beim Derby am Sonntag", Glued);
        Assert.Equal(Glued, GluedKicker.Headline(page, 1));
    }

    [Fact]
    public void A_headline_with_its_own_separator_is_left_as_the_page_gives_it()
    {
        var page = TextPages.Of("Polen: Rekordbesuch beim Hafenfest trotz Regen, Veranstalter zufrieden", "Hafenfest: Rekordbesuch trotz Regen, Veranstalter zufrieden");
        Assert.Equal("Hafenfest: Rekordbesuch trotz Regen, Veranstalter zufrieden", GluedKicker.Headline(page, 1));
    }

    [Fact]
    public void A_cut_leaving_fewer_than_three_words_is_no_cut()
    {
        var page = TextPages.Of("Polen: Veranstalter zufrieden", "Hafenfest in Gdynia mit Rekordbesuch Veranstalter zufrieden");
        Assert.Equal("Hafenfest in Gdynia mit Rekordbesuch Veranstalter zufrieden", GluedKicker.Headline(page, 1));
    }
}
