namespace Prasa.Blocks;

/// <summary>The label vocabulary of PRODUCT.md; the JSON name is the lower-case member name.</summary>
public enum Label
{
    Other,
    Title,
    Lead,
    Body,
    Heading,
    Date,
    Author,
    Caption,
    Credit,
    Teaser,
    Paywall,
    Recommendation,
    Ad,
    Tags,
    Navigation,
    Duplicate,
    Comment,
}

public static class LabelExtensions
{
    private static readonly string[] Names = Enum.GetNames<Label>().Select(n => n.ToLowerInvariant()).ToArray();

    public static string Name(this Label label) => Names[(int)label];

    /// <summary>Labels whose blocks make up the main text.</summary>
    public static bool IsContent(this Label label) => label is Label.Body or Label.Lead or Label.Heading;
}
