using Prasa.Blocks;

namespace Prasa.Text;

/// <summary>Turns a plain-text dump into blocks: every non-empty line is one block.</summary>
public static class TextBlockBuilder
{
    public static BlockDocument Build(string text)
    {
        var doc = new BlockDocument();
        for (var start = 0; NextLine(text, ref start, out var line);)
        {
            if (!line.IsEmpty)
            {
                doc.Blocks.Add(new Block { Text = line.ToString(), Kind = BlockKind.Paragraph, Position = doc.Blocks.Count });
            }
        }

        return doc;
    }

    /// <summary>
    /// The next line of a dump from <paramref name="start"/>, trimmed (empty when blank), and the start of the
    /// one after it; false past the end. <see cref="SiteLines.ObserveText"/> reads a dump's lines this way
    /// too, so that it counts the very lines that become blocks.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool NextLine(ReadOnlySpan<char> text, ref int start, out ReadOnlySpan<char> line)
    {
        if (start > text.Length)
        {
            line = default;
            return false;
        }

        var end = text[start..].IndexOf('\n') is var nl and >= 0 ? start + nl : text.Length;
        line = text[start..end].Trim();
        start = end + 1;
        return true;
    }
}
