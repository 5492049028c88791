namespace Prasa.Html.Streaming;

/// <summary>Lower-cased tag names, interned for the tags the standard names so that a page allocates none for them.</summary>
internal static class TagNames
{
    private static readonly string[] Known =
    [
        "a", "abbr", "address", "applet", "area", "article", "aside", "audio", "b", "base", "basefont", "bdi", "bdo",
        "bgsound", "big", "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col",
        "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed",
        "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5",
        "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "image", "img", "input", "ins", "kbd", "keygen",
        "label", "legend", "li", "link", "listing", "main", "map", "mark", "marquee", "math", "menu", "meta", "meter",
        "nav", "nobr", "noembed", "noframes", "noscript", "object", "ol", "optgroup", "option", "output", "p", "param",
        "picture", "plaintext", "pre", "progress", "q", "rb", "rp", "rt", "rtc", "ruby", "s", "samp", "script", "search",
        "section", "select", "slot", "small", "source", "span", "strike", "strong", "style", "sub", "summary", "sup",
        "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track",
        "tt", "u", "ul", "var", "video", "wbr", "xmp", "foreignobject", "desc", "mi", "mo", "mn", "ms", "mtext",
        "annotation-xml", "mglyph", "malignmark", "path", "g", "use", "symbol", "defs", "circle", "rect", "polygon",
        "line", "polyline", "ellipse", "lineargradient", "stop", "clippath", "mask", "amp-img", "noindex",
    ];

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Known.ToDictionary(k => k, k => k, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Intern(ReadOnlySpan<char> raw)
    {
        if (raw.Length <= 32)
        {
            Span<char> lower = stackalloc char[raw.Length];
            var clean = true;
            for (var i = 0; i < raw.Length; i++)
            {
                var c = raw[i];
                if (c == '\0')
                {
                    clean = false;
                }

                lower[i] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            }

            if (clean && Lookup.TryGetValue(lower, out var known))
            {
                return known;
            }

            return clean ? new string(lower) : new string(lower).Replace('\0', '\uFFFD');
        }

        return string.Create(raw.Length, raw.ToString(), static (span, src) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = src[i];
                span[i] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c == '\0' ? '\uFFFD' : c;
            }
        });
    }
}
