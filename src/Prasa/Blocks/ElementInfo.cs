namespace Prasa.Blocks;

/// <summary>
/// What the classifier may know of an element that holds blocks. Elements are listed in document
/// order, so a parent always comes before its children and sums can be folded in one backwards pass.
/// </summary>
public sealed class ElementInfo
{
    public required string Tag { get; init; }

    public int Parent { get; init; } = -1;

    public int Depth { get; init; }

    /// <summary>Class and id attribute values, lower-cased and space separated.</summary>
    public string ClassId { get; init; } = "";

    /// <summary>itemprop, role and similar markup hints, lower-cased and space separated.</summary>
    public string Hints { get; init; } = "";
}
