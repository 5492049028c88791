using Prasa.Tests.Fixtures;

namespace Prasa.Tests;

/// <summary>In a slideshow the captions are the story; in an article they stay captions.</summary>
public class SlideshowTests
{
    private static readonly string[] Slides =
    [
        "The new phone is not what anyone expected: a successor to a model from four years ago, with the same small body and a far faster chip inside it.",
        "Its form factor is the first surprise, a screen of under five inches that puts it among the smallest phones any maker still sells this year.",
        "The chip is the one the flagship uses, so games and photo editing run as smoothly as they do on phones that cost twice as much in the shops.",
        "It brings back the fingerprint sensor in the home button, which many buyers had missed since the face scanner replaced it on the bigger models.",
    ];

    private static string Page(string extraProse) => $"""
        <html><head><title>The new phone: all we know</title></head><body>
        <h1>The new phone: all we know</h1>
        <div class="story">{extraProse}
        {string.Concat(Slides.Select((s, i) => $"<figure><img src=\"/s{i}.jpg\"><figcaption>{s} Photo: Agencies</figcaption></figure><p>{i + 1}/4</p>"))}
        </div></body></html>
        """;

    [Fact]
    public void Slide_captions_are_the_text_of_a_slideshow()
    {
        var article = new Extractor().Extract(NewsPage.Page(Page("")), explain: true);

        foreach (var slide in Slides)
        {
            Assert.Contains(slide, article.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Captions_of_an_article_with_its_own_text_stay_captions()
    {
        var prose = string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"<p>Paragraph {i} of the review goes through the phone's battery, screen and camera in turn, comparing each with last year's model and with the two rivals that sell at the same price in most shops.</p>"));

        var article = new Extractor().Extract(NewsPage.Page(Page(prose)), explain: true);

        Assert.Contains("Paragraph 8 of the review", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Slides[0], article.Text, StringComparison.Ordinal);
    }
}
