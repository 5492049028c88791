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

        return ClassId(cls.AsSpan(), id.AsSpan());
    }

    /// <summary><see cref="ClassId(string?, string?)"/> for an element that has a class or an id, or both (a missing one is empty).</summary>
    public static string ClassId(ReadOnlySpan<char> cls, ReadOnlySpan<char> id)
    {
        // Built on the stack: one string per element, not three (concatenation, trim, lower case).
        var length = cls.Length + 1 + id.Length;
        Span<char> joined = length <= 256 ? stackalloc char[256] : new char[length];
        cls.CopyTo(joined);
        joined[cls.Length] = ' ';
        id.CopyTo(joined[(cls.Length + 1)..]);
        return Lexicons.InvariantLower.Of(joined[..length].Trim());
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
