using Prasa.Dedup;

namespace Prasa.Tests.Dedup;

// The memory test reads the process's managed heap, so nothing else may run beside it.
[Collection(nameof(DuplicateIndexTests))]
public class DuplicateIndexTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly string[] Paragraphs =
    [
        "The city council voted on Tuesday to expand the tram network by twelve kilometres, linking the northern districts to the centre for the first time since the line was closed in the seventies.",
        "Construction is expected to begin next spring and to last about three years, the deputy mayor said, adding that the cost would be shared between the city budget and European funds.",
        "Residents of the northern districts have long complained that buses are overcrowded and slow, especially during the morning rush, when the journey to the centre can take an hour.",
        "Opposition councillors supported the plan but questioned the timetable, arguing that similar projects in other cities had taken twice as long as promised and had cost far more.",
        "The transport authority will publish detailed route maps in the coming weeks and hold public consultations in each district before the final design is approved by the council.",
        "Local businesses along the planned route welcomed the decision, though some shop owners worried about losing customers while the streets are closed for the works next year.",
        "Environmental groups praised the vote as a step towards cutting car traffic, noting that the tram would run on electricity bought from renewable sources under a new contract.",
        "The last extension of the network, completed eight years ago, carried more passengers than forecast within its first year, which supporters cite as a reason for optimism now.",
    ];

    private static string Article(params string[] paragraphs) => string.Join("\n\n", paragraphs);

    [Fact]
    public void Finds_an_exact_copy_whatever_the_case_and_spacing()
    {
        var index = new DuplicateIndex();
        Assert.Null(index.Check(TextSignature.Of(Article(Paragraphs))!, "a"));
        var shouted = Article(Paragraphs).ToUpperInvariant().Replace(" ", "  ");
        Assert.Equal("a", index.Check(TextSignature.Of(shouted)!, "b"));
    }

    [Fact]
    public void Finds_a_near_copy_with_one_paragraph_changed()
    {
        var index = new DuplicateIndex();
        Assert.Null(index.Check(TextSignature.Of(Article(Paragraphs))!, "first"));
        var edited = (string[])Paragraphs.Clone();
        edited[3] = "A spokesman for the opposition said later that the party would table its own proposal for a cheaper bus rapid transit line, which it believes could be ready within eighteen months.";
        Assert.Equal("first", index.Check(TextSignature.Of(Article(edited))!, "second"));
    }

    [Fact]
    public void Does_not_join_two_articles_from_one_template()
    {
        // The same site furniture around two different stories: only the main text is signed, and the
        // shared sign-off lines are not enough to make them near copies.
        const string furniture = "Read more from our city desk. Subscribe to our newsletter for the latest local news every morning.";
        var other = new[]
        {
            "The regional hospital opened a new cardiology ward on Monday after two years of renovation, adding forty beds and a modern catheterisation laboratory to its facilities.",
            "Doctors said the ward would shorten waiting times for heart procedures, which have grown to several months since the pandemic, and would allow more complex operations to be done locally.",
            "The renovation was funded mostly by the national health fund, with a smaller contribution from the regional government and a charity that has supported the hospital for decades.",
            "Patients who were transferred to the new ward praised its bright rooms and quieter corridors, while nurses welcomed the additional staff hired for the night shifts this autumn.",
        };
        var index = new DuplicateIndex();
        Assert.Null(index.Check(TextSignature.Of(Article([.. Paragraphs[..4], furniture]))!, "tram"));
        Assert.Null(index.Check(TextSignature.Of(Article([.. other, furniture]))!, "hospital"));
        Assert.Equal(2, index.Pages);
    }

    [Fact]
    public void Signatures_are_deterministic_and_empty_text_has_none()
    {
        var a = TextSignature.Of(Article(Paragraphs))!;
        var b = TextSignature.Of(Article(Paragraphs))!;
        Assert.Equal(a.Sketch.ToArray(), b.Sketch.ToArray());
        Assert.Equal(TextSignature.Size, a.Sketch.Length);
        Assert.Null(TextSignature.Of(" \n ,.; "));
    }

    [Fact]
    public void A_short_text_is_its_own_shingle()
    {
        var index = new DuplicateIndex();
        Assert.Null(index.Check(TextSignature.Of("Breaking news")!, "a"));
        Assert.Null(index.Check(TextSignature.Of("Weather today")!, "b"));
        Assert.Equal("a", index.Check(TextSignature.Of("breaking  NEWS.")!, "c"));
    }

    [Fact]
    public void The_earliest_of_several_near_copies_is_named()
    {
        var index = new DuplicateIndex();
        var edited = (string[])Paragraphs.Clone();
        edited[7] = "Critics of the plan pointed out that the same promise had been made before two earlier elections and that neither time had a single metre of track been laid afterwards.";
        Assert.Null(index.Check(TextSignature.Of(Article(Paragraphs[..7]))!, "first"));
        Assert.Equal("first", index.Check(TextSignature.Of(Article(Paragraphs))!, "second"));
        Assert.Equal("first", index.Check(TextSignature.Of(Article(edited))!, "third"));
        Assert.Equal(1, index.Pages);
    }

    /// <summary>
    /// The memory figure of docs/corpus-runs.md: 200,000 distinct synthetic articles go into the index,
    /// and the managed heap grows by about 60 bytes a page (sketch and table; sources go to disk).
    /// </summary>
    [Fact]
    public void The_index_holds_a_few_dozen_bytes_a_page()
    {
        const int n = 200_000;
        var words = "harbour council tram budget storm stone coast river bridge school hospital election court market winter summer"
            .Split(' ');
        var signatures = new TextSignature[n];
        for (var i = 0; i < n; i++)
        {
            // Distinct texts: each draws its own sequence of words from its number.
            var text = new System.Text.StringBuilder();
            var x = (ulong)i + 1;
            for (var w = 0; w < 30; w++)
            {
                x = (x * 6364136223846793005UL) + 1442695040888963407UL;
                text.Append(words[(int)(x >> 60)]).Append(' ');
            }

            signatures[i] = TextSignature.Of(text.Append(i).ToString())!;
        }

        using var index = new DuplicateIndex();
        var before = GC.GetTotalMemory(true);
        var joined = 0;
        for (var i = 0; i < n; i++)
        {
            joined += index.Check(signatures[i], $"corpus/shard-{i / 1000:0000}/page-{i:0000000}.html") is null ? 0 : 1;
        }

        var perPage = (GC.GetTotalMemory(true) - before) / (double)index.Pages;
        output.WriteLine($"{index.Pages} pages: {perPage:0.0} bytes a page by the GC heap, {index.Bytes / (double)index.Pages:0.0} by the index's count");
        Assert.True(joined < n / 100, $"{joined} of {n} random texts joined");
        Assert.InRange(perPage, 24, 72);
        Assert.InRange(index.Bytes / (double)index.Pages, 24, 72);
        GC.KeepAlive(signatures);
    }
}

[CollectionDefinition(nameof(DuplicateIndexTests), DisableParallelization = true)]
public class DuplicateIndexTestsAlone;
