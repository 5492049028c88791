using System.Text;

namespace Prasa.Html.Streaming;

/// <summary>An element the streaming builder has opened: what the tree rules and the block walk need of it.</summary>
internal sealed class OpenElement
{
    public required string Tag { get; init; }

    public Ns Ns { get; init; }

    /// <summary>The element it was inserted into; stays its parent even when the rules take it off the stack early.</summary>
    public OpenElement? Parent { get; init; }

    public bool InStack { get; set; }

    /// <summary>Under &lt;body&gt;: only these are walked into blocks.</summary>
    public bool InBody { get; set; }

    /// <summary>This element or an ancestor is skipped or hidden.</summary>
    public bool Hidden { get; set; }

    /// <summary>Hidden by its own attributes (copied to the clones the formatting rules make of it).</summary>
    public bool OwnHidden { get; set; }

    public bool InLink { get; set; }

    /// <summary>An &lt;a&gt; with an href: a link. A bare &lt;a name&gt; is only an anchor and links nothing.</summary>
    public bool Href { get; set; }

    public bool InTemplate { get; set; }

    /// <summary>Opened a block in the accumulator, to close on exit.</summary>
    public bool Block { get; set; }

    /// <summary>A raw-text element (script, style, title…) whose text comes as the next token.</summary>
    public bool RawText { get; set; }

    public bool HtmlIntegration { get; set; }

    /// <summary>&lt;a rel=author&gt;: the slot in PageHead.AuthorLinks its text fills.</summary>
    public int AuthorSlot { get; set; } = -1;

    public bool AuthorRel { get; set; }

    public StringBuilder? Capture { get; set; }

    public bool IsHtml(string tag) => Ns == Ns.Html && Tag == tag;

    /// <summary>Where the "has an element in scope" searches stop.</summary>
    public bool IsScopeBoundary => Ns switch
    {
        Ns.Html => Tag is "applet" or "caption" or "html" or "table" or "td" or "th" or "marquee" or "object" or "template",
        Ns.Svg => Tag is "foreignobject" or "desc" or "title",
        _ => Tag is "mi" or "mo" or "mn" or "ms" or "mtext" or "annotation-xml",
    };

    public bool IsMathTextIntegration => Ns == Ns.MathMl && Tag is "mi" or "mo" or "mn" or "ms" or "mtext";
}
