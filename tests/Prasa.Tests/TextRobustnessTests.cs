using FsCheck.Xunit;
using Prasa.Inputs;
using Prasa.Text;

namespace Prasa.Tests;

public class TextRobustnessTests
{
    private static Article? TryExtract(string text)
    {
        try
        {
            return new Extractor().Extract(new PageInput { Source = "x.txt", Bytes = System.Text.Encoding.UTF8.GetBytes(text) }, InputMode.Text, explain: true);
        }
        catch (ExtractionException)
        {
            // The documented refusal of input that is not a page (empty, binary); anything else is a bug.
            return null;
        }
    }

    [Property(MaxTest = 300)]
    public void Any_text_gives_an_article_or_a_refusal(string? text)
    {
        var a = TryExtract(text ?? "");
        if (a is not null)
        {
            Assert.All(a.Blocks, b => Assert.NotNull(b.Text));
        }
    }

    [Property(MaxTest = 200)]
    public void Any_lines_give_every_line_a_label(string[]? lines)
    {
        var text = string.Join("\n\n", (lines ?? []).Select(l => l ?? ""));
        var a = TryExtract(text);
        if (a is not null)
        {
            Assert.Equal(text.Split('\n').Count(l => l.Trim().Length > 0), a.Blocks.Count);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2_000_000)]
    public void One_huge_line(int words)
    {
        var text = string.Concat(Enumerable.Repeat("słowo ", words));
        var a = TryExtract(text);
        Assert.NotNull(a);
    }

    [Fact]
    public void Mixed_scripts_and_control_characters()
    {
        var text = "標題\n\nЗаголовок статьи\n\n\u200b\u00ad\u0007\n\nالعربية نص طويل جدا. " + new string('ß', 5000) + "\n\n😀😀😀\n\n" + string.Join("\n", Enumerable.Range(0, 3000).Select(i => $"{i}."));
        Assert.NotNull(TryExtract(text));
    }

    [Fact]
    public void Classifier_handles_an_empty_document()
    {
        var page = new TextBlockClassifier().Classify(new Blocks.BlockDocument());
        Assert.Equal(0, page.Count);
    }
}
