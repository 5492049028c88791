using Prasa.Blocks;
using Prasa.Text;

namespace Prasa.Tests;

/// <summary>The "Topic: headline" rewording of the chosen headline above it is the title; breadcrumbs and browser titles are not.</summary>
public class TopicTwinTests
{
    private const string Headline = "Fishermen protest against the new harbour fees in Gdynia";

    [Theory]
    [InlineData("Harbour of Gdynia: Fishermen protest against the new harbour fees in Gdynia")]
    [InlineData("Port fees in Gdynia: Angry fishermen protest against the new harbour fees")]
    public void A_topic_rewording_above_the_headline_is_the_title(string rewording)
    {
        var page = TextPages.Of("Home", rewording, "Menu", "Harbour dispute", Headline, "By Anna Berg");
        Assert.Equal(1, TopicTwin.Of(page, 4));
    }

    [Theory]
    // A breadcrumb trail that ends in the very headline, or with a trail's separators.
    [InlineData("You are here: News Local Fishermen protest against the new harbour fees in Gdynia")]
    [InlineData("You are here: Home / News / Fishermen protest against the new harbour fees")]
    // The browser's title, with the site's name after a bar.
    [InlineData("Harbour of Gdynia: Fishermen protest against the new harbour fees | City Times")]
    // A one-word label, not a topic.
    [InlineData("Video: Fishermen protest against the new harbour fees in Gdynia")]
    // Another story.
    [InlineData("Harbour of Gdynia: New ferry line to Karlskrona opens in spring")]
    public void Other_lines_of_that_form_are_no_title(string line)
    {
        var page = TextPages.Of("Home", line, "Menu", "Harbour dispute", Headline, "By Anna Berg");
        Assert.Equal(4, TopicTwin.Of(page, 4));
    }

    [Fact]
    public void A_rewording_below_the_headline_is_no_title()
    {
        var page = TextPages.Of("Home", Headline, "By Anna Berg", "Harbour of Gdynia: Fishermen protest against the new harbour fees in Gdynia");
        Assert.Equal(1, TopicTwin.Of(page, 1));
    }
}
