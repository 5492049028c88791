namespace Prasa.Blocks;

/// <summary>
/// A page as the classifier sees it: its blocks in order, the elements that hold them, and what the
/// page says about itself outside the text (meta tags, JSON-LD, title). This is the narrow interface
/// between whatever parses the page and everything after it.
/// </summary>
public sealed class BlockDocument
{
    public List<Block> Blocks { get; } = [];

    public List<ElementInfo> Elements { get; } = [];

    public PageHead Head { get; } = new();

    /// <summary>Whether the element is <paramref name="outer"/> or sits inside it (false for -1, a text dump's line).</summary>
    public bool IsWithin(int element, int outer)
    {
        for (var e = element; e >= 0; e = Elements[e].Parent)
        {
            if (e == outer)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Metadata carriers found in an HTML page; empty for text dumps.</summary>
public sealed class PageHead
{
    /// <summary>The text of &lt;title&gt;.</summary>
    public string? TitleTag { get; set; }

    /// <summary>The lang attribute of &lt;html&gt;.</summary>
    public string? Language { get; set; }

    public string? Canonical { get; set; }

    /// <summary>meta name/property/itemprop (lower-cased) and content, in page order.</summary>
    public List<KeyValuePair<string, string>> Meta { get; } = [];

    /// <summary>The raw text of each application/ld+json script.</summary>
    public List<string> JsonLd { get; } = [];

    /// <summary>datetime attributes of &lt;time&gt; elements, with the element that holds them.</summary>
    public List<(string Value, int Element, bool PubDate)> Times { get; } = [];

    /// <summary>Text of links with rel=author or author-like classes.</summary>
    public List<string> AuthorLinks { get; } = [];

    /// <summary>Images: source URL, alt text and the element that holds them.</summary>
    public List<(string Src, string Alt, int Element)> Images { get; } = [];

    public string? MetaContent(string key)
    {
        foreach (var (k, v) in Meta)
        {
            if (k == key && !string.IsNullOrWhiteSpace(v))
            {
                return v;
            }
        }

        return null;
    }
}
