using Prasa.Html;

namespace Prasa.Tests.Html;

public class BlockAccumulatorTests
{
    [Fact]
    public void Every_whitespace_character_and_only_those_collapse_to_a_space()
    {
        for (var c = 1; c <= char.MaxValue; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            var acc = new BlockAccumulator();
            acc.OpenBlock("p", "", "");
            acc.AppendText($"a{(char)c}{(char)c}b", false);
            var text = acc.Finish().Blocks[0].Text;
            var space = char.IsWhiteSpace((char)c) || c == '\u200b';
            Assert.True(space ? text == "a b" : text == $"a{(char)c}{(char)c}b", $"U+{c:X4} gave \"{text}\"");
        }
    }

    [Fact]
    public void Link_characters_count_the_spaces_inside_links()
    {
        var acc = new BlockAccumulator();
        acc.OpenBlock("p", "", "");
        acc.AppendText("  read ", false);
        acc.AppendText(" more  here ", true);
        acc.AppendText("\n done", false);
        var block = acc.Finish().Blocks[0];
        Assert.Equal("read more here done", block.Text);
        Assert.Equal(" more here".Length, block.LinkChars);
    }
}
