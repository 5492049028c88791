namespace Prasa.Html.Streaming;

/// <summary>
/// Whether a doctype puts the page in quirks mode (the HTML standard's list, shortened to the public
/// identifiers that occur in practice). For our purposes quirks mode changes one thing: a table does
/// not close an open paragraph.
/// </summary>
internal static class DoctypeQuirks
{
    private static readonly string[] QuirkyPrefixes =
    [
        "+//silmaril//dtd html pro v0r11 19970101//", "-//as//dtd html 3.0 aswedit + extensions//",
        "-//advasoft ltd//dtd html 3.0 aswedit + extensions//", "-//ietf//dtd html", "-//metrius//", "-//microsoft//",
        "-//netscape comm. corp.//", "-//o'reilly and associates//", "-//sq//", "-//softquad", "-//spyglass//",
        "-//sun microsystems corp.//", "-//w3c//dtd html 3", "-//w3c//dtd html 4.0 frameset//",
        "-//w3c//dtd html 4.0 transitional//", "-//w3c//dtd html experimental", "-//w3c//dtd w3 html//",
        "-//w3o//dtd w3 html 3.0//", "-//webtechs//dtd mozilla html",
    ];

    public static bool IsQuirks(ReadOnlySpan<char> body)
    {
        var text = body.Trim().ToString().ToLowerInvariant();
        var nameEnd = text.IndexOfAny([' ', '\t', '\n', '\r', '\f']);
        var name = nameEnd < 0 ? text : text[..nameEnd];
        if (name != "html")
        {
            return true;
        }

        var publicId = Quoted(text, "public");
        var systemId = publicId is null ? Quoted(text, "system") : QuotedAfter(text, text.IndexOf("public", StringComparison.Ordinal));
        if (publicId is null)
        {
            return false;
        }

        if (publicId is "-//w3o//dtd w3 html strict 3.0//en//" or "-/w3c/dtd html 4.0 transitional/en" or "html")
        {
            return true;
        }

        foreach (var prefix in QuirkyPrefixes)
        {
            if (publicId.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return systemId is null && (publicId.StartsWith("-//w3c//dtd html 4.01 frameset//", StringComparison.Ordinal)
            || publicId.StartsWith("-//w3c//dtd html 4.01 transitional//", StringComparison.Ordinal));
    }

    private static string? Quoted(string text, string keyword)
    {
        var k = text.IndexOf(keyword, StringComparison.Ordinal);
        if (k < 0)
        {
            return null;
        }

        return FirstQuoted(text, k + keyword.Length, out _);
    }

    // The system identifier is the second quoted string after PUBLIC.
    private static string? QuotedAfter(string text, int publicAt)
    {
        if (FirstQuoted(text, publicAt + 6, out var end) is null)
        {
            return null;
        }

        return FirstQuoted(text, end, out _);
    }

    private static string? FirstQuoted(string text, int from, out int end)
    {
        end = from;
        var open = text.IndexOfAny(['"', '\''], from);
        if (open < 0)
        {
            return null;
        }

        var close = text.IndexOf(text[open], open + 1);
        if (close < 0)
        {
            end = text.Length;
            return text[(open + 1)..];
        }

        end = close + 1;
        return text[(open + 1)..close];
    }
}
