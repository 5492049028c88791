namespace Prasa.Blocks;

/// <summary>
/// One block of a page: a paragraph, heading, list item, cell or line of a dump. It is the unit that
/// every classifier labels, whether the page came as HTML or as a text dump.
/// </summary>
public sealed class Block
{
    public required string Text { get; init; }

    public BlockKind Kind { get; init; }

    /// <summary>1–6 for headings, 0 otherwise.</summary>
    public int HeadingLevel { get; init; }

    /// <summary>Characters of the text that sit inside links.</summary>
    public int LinkChars { get; init; }

    /// <summary>The element (index into <see cref="BlockDocument.Elements"/>) that owns the block; -1 for text dumps.</summary>
    public int Element { get; init; } = -1;

    /// <summary>For table cells: the element of the row, so renderers can rebuild the table.</summary>
    public int Row { get; init; } = -1;

    /// <summary>Index of the block on its page.</summary>
    public int Position { get; init; }

    public double LinkDensity => Text.Length == 0 ? 0 : Math.Min(1.0, (double)LinkChars / Text.Length);

    public Label Label { get; set; } = Label.Other;

    /// <summary>Why a block was left out of the main text, in words a person can read.</summary>
    public string? Reason { get; set; }

    public void Mark(Label label, string? reason = null)
    {
        Label = label;
        Reason = reason;
    }
}
