using Prasa.Blocks;
using Prasa.Text;

namespace Prasa.Tests;

/// <summary>A text page of the given lines, one block a line, read with the shipped lexicons.</summary>
internal static class TextPages
{
    public static TextPage Of(params string[] lines) =>
        new(lines.Select(t => new Block { Text = t, Kind = BlockKind.Paragraph }).ToList(), TextLexicons.Default);
}
