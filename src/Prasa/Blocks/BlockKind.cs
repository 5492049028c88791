namespace Prasa.Blocks;

/// <summary>What kind of markup a block came from; text dumps only know <see cref="Paragraph"/>.</summary>
public enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Preformatted,
    TableCell,
    Caption,
    Other,
}
