namespace Prasa.Html;

/// <summary>The attribute words every block builder records for an element, computed one way for all of them.</summary>
public static class ElementHints
{
    /// <summary>Class and id attribute values, lower-cased and space separated.</summary>
    public static string ClassId(string? cls, string? id)
    {
        if (cls is null && id is null)
        {
            return "";
        }

        return ((cls ?? "") + " " + (id ?? "")).Trim().ToLowerInvariant();
    }

    /// <summary>itemprop, role, the last segment of itemtype and aria-hidden, lower-cased and space separated.</summary>
    public static string Hints(string? itemprop, string? role, string? itemtype, string? ariaHidden)
    {
        if (itemprop is null && role is null && itemtype is null && ariaHidden is null)
        {
            return "";
        }

        var type = itemtype is null ? null : itemtype[(itemtype.LastIndexOf('/') + 1)..];
        return string.Join(' ', new[] { itemprop, role, type, ariaHidden == "true" ? "aria-hidden" : null }
            .Where(s => !string.IsNullOrEmpty(s))).ToLowerInvariant();
    }
}
