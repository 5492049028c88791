using Prasa.Metadata;

namespace Prasa.Tests;

public class MarkupScannerTests
{
    [Fact]
    public void FindsItempropDatesOnMetaAndSpans()
    {
        var hits = MarkupScanner.Scan("""
            <meta itemprop="datePublished" content="2024-03-05T10:00:00Z">
            <span ITEMPROP='dateModified' datetime="2024-03-06">6 March</span>
            """);
        Assert.Collection(hits,
            h => Assert.Equal((MarkupKind.Published, "2024-03-05T10:00:00Z", "", true), (h.Kind, h.Value, h.Text, h.Strong)),
            h => Assert.Equal((MarkupKind.Modified, "2024-03-06", "6 March", true), (h.Kind, h.Value, h.Text, h.Strong)));
    }

    [Fact]
    public void MarksWhatAClassHides()
    {
        var hits = MarkupScanner.Scan("""
            <span class="vcard rich-snippet-hidden"><span><a rel="author" href="/author/isa/">Isa Angel</a></span></span>
            <img class="hidden" src="x.png"><div class="field--label-hidden"><a rel="author" href="/author/ole/">Ole Kamp</a></div>
            """);
        Assert.Equal([("Isa Angel", true), ("Ole Kamp", false)], hits.Where(h => h.Strong).Select(h => (h.Text, h.Hidden)));
    }

    [Fact]
    public void ReadsClassAndIdWordsWhateverTheirCaseAndEntities()
    {
        var hits = MarkupScanner.Scan("""
            <div class="Post-DATE">5 March 2024</div>
            <p id="article&#45;author">Anna Nowak</p>
            <div class="byline">x</div>
            """);
        Assert.Equal([MarkupKind.Published, MarkupKind.Author, MarkupKind.Author], hits.Select(h => h.Kind));
        Assert.Equal("Anna Nowak", hits[1].Text);
    }

    [Fact]
    public void UpdatedDateClassIsTheModifiedDate()
    {
        var hit = Assert.Single(MarkupScanner.Scan("<span class=\"date updated\">6 March 2024</span>"));
        Assert.Equal(MarkupKind.Modified, hit.Kind);
        Assert.False(hit.Strong);
    }

    [Fact]
    public void SkipsCommentsFormsScriptsAndQuotedAngleBrackets()
    {
        var hits = MarkupScanner.Scan("""
            <div class="comment-date">yesterday</div>
            <input id="author" name="author">
            <script>var s = '<span class="date">not here</span>';</script>
            <a title="a > b" rel="author" href="/anna">Anna Nowak</a>
            """);
        var hit = Assert.Single(hits);
        Assert.Equal((MarkupKind.Author, "Anna Nowak", true), (hit.Kind, hit.Text, hit.Strong));
    }

    [Fact]
    public void TagsWithoutAttributeValuesAreNotHits()
    {
        Assert.Empty(MarkupScanner.Scan("<p hidden>x</p><div>5 March 2024</div><span class>y</span>"));
    }
}
