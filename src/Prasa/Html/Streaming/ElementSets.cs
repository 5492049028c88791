namespace Prasa.Html.Streaming;

/// <summary>The element categories of the HTML standard's tree construction that decide where elements end.</summary>
internal static class ElementSets
{
    private static readonly HashSet<string> SpecialHtml =
    [
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br",
        "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset",
        "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head",
        "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee",
        "menu", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre",
        "script", "search", "section", "select", "source", "style", "summary", "table", "tbody", "td", "template",
        "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp",
    ];

    private static readonly HashSet<string> Void =
    [
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta",
        "param", "source", "track", "wbr", "frame",
    ];

    /// <summary>Start tags that close an open &lt;p&gt; (the "close a p element in button scope" group).</summary>
    private static readonly HashSet<string> ClosesParagraph =
    [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section",
        "summary", "ul",
    ];

    /// <summary>HTML start tags that end SVG or MathML content.</summary>
    private static readonly HashSet<string> BreakOut =
    [
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2",
        "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre",
        "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
    ];

    private static readonly HashSet<string> HeadTags =
    [
        "base", "basefont", "bgsound", "link", "meta", "title", "noscript", "noframes", "style", "script", "template",
    ];

    public static bool IsSpecial(string tag, Ns ns) => ns switch
    {
        Ns.Html => SpecialHtml.Contains(tag),
        Ns.Svg => tag is "foreignobject" or "desc" or "title",
        _ => tag is "mi" or "mo" or "mn" or "ms" or "mtext" or "annotation-xml",
    };

    public static bool IsVoid(string tag) => Void.Contains(tag);

    public static bool IsParagraphCloser(string tag) => ClosesParagraph.Contains(tag);

    public static bool IsBreakOut(string tag) => BreakOut.Contains(tag);

    public static bool IsHeadTag(string tag) => HeadTags.Contains(tag);

    public static bool IsHeading(string tag) => tag.Length == 2 && tag[0] == 'h' && tag[1] is >= '1' and <= '6';

    /// <summary>Elements whose end tags the standard implies (generate implied end tags).</summary>
    public static bool HasImpliedEnd(string tag) => tag is "dd" or "dt" or "li" or "optgroup" or "option" or "p" or "rb" or "rp" or "rt" or "rtc";

    public static bool IsTableSection(string tag) => tag is "tbody" or "thead" or "tfoot";

    public static bool IsTableContext(string tag) => tag is "table" or "tbody" or "thead" or "tfoot" or "tr";

    public static bool IsFormatting(string tag) => tag is "b" or "big" or "code" or "em" or "font" or "i" or "nobr" or "s" or "small" or "strike" or "strong" or "tt" or "u";
}

internal enum Ns : byte
{
    Html,
    Svg,
    MathMl,
}
