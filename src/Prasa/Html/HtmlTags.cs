using System.Buffers;

namespace Prasa.Html;

/// <summary>How the block builders treat each tag: as a block boundary, as something to skip whole, or inline.</summary>
public static class HtmlTags
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "ul", "caption", "legend", "dir", "listing", "xmp", "noframes",
    };

    private static readonly HashSet<string> SkipTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "svg", "math", "head", "iframe", "object", "embed", "canvas",
        "select", "button", "input", "textarea", "option", "audio", "video", "map", "frameset", "frame", "applet",
    };

    /// <summary>Block-level tags, and custom elements (a hyphen in the name), which wrap whole components.</summary>
    public static bool IsBlock(string tag) => BlockTags.Contains(tag) || tag.Contains('-');

    public static bool IsSkipped(string tag) => SkipTags.Contains(tag);

    public static int HeadingLevel(string tag) =>
        tag.Length == 2 && (tag[0] == 'h' || tag[0] == 'H') && tag[1] is >= '1' and <= '6' ? tag[1] - '0' : 0;

    /// <summary>
    /// React's streaming server rendering sends late parts of a page in hidden "S:n" segments that a script
    /// moves into place; to a reader they are visible. The segment number is written in hexadecimal.
    /// </summary>
    public static bool IsStreamedSegment(string? id) =>
        id is { Length: > 2 } && id[0] == 'S' && id[1] == ':' && !id.AsSpan(2).ContainsAnyExcept(HexDigits);

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdef");

    /// <summary>Inline styles that hide an element from every reader.</summary>
    public static bool IsHiddenStyle(string? style)
    {
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }

        var s = style.Replace(" ", "", StringComparison.Ordinal);
        return s.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || s.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }
}
