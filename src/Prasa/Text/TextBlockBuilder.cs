using Prasa.Blocks;

namespace Prasa.Text;

/// <summary>Turns a plain-text dump into blocks: every non-empty line is one block.</summary>
public static class TextBlockBuilder
{
    public static BlockDocument Build(string text)
    {
        var doc = new BlockDocument();
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range.Start.Value, range.End.Value - range.Start.Value).Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            doc.Blocks.Add(new Block { Text = line.ToString(), Kind = BlockKind.Paragraph, Position = doc.Blocks.Count });
        }

        return doc;
    }
}
