using Prasa.Blocks;

namespace Prasa.Text;

/// <summary>Turns a plain-text dump into blocks: every non-empty line is one block.</summary>
public static class TextBlockBuilder
{
    public static BlockDocument Build(string text)
    {
        var doc = new BlockDocument();
        for (var start = 0; start <= text.Length;)
        {
            var end = text.AsSpan(start).IndexOf('\n') is var nl and >= 0 ? start + nl : text.Length;
            var line = text.AsSpan(start, end - start).Trim();
            start = end + 1;
            if (!line.IsEmpty)
            {
                doc.Blocks.Add(new Block { Text = line.ToString(), Kind = BlockKind.Paragraph, Position = doc.Blocks.Count });
            }
        }

        return doc;
    }
}
