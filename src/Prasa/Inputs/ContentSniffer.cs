namespace Prasa.Inputs;

/// <summary>Tells HTML from a plain-text dump by what the text holds, not by the file's name.</summary>
public static class ContentSniffer
{
    private static readonly string[] Markers =
        ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ", "<article", "<script", "<table", "<span", "<br"];

    /// <summary>The same test on raw bytes, from their first few kilobytes.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 4096)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        return LooksLikeHtml(System.Text.Encoding.UTF8.GetString(head));
    }

    public static bool LooksLikeHtml(string text) => LooksLikeHtml(text.AsSpan());

    /// <summary><see cref="LooksLikeHtml(string)"/> for text held in a buffer.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<char> text)
    {
        var head = text[..Math.Min(text.Length, 4096)].TrimStart();
        if (head.StartsWith("<!--") || head.StartsWith("<?xml") || head.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var hits = 0;
        foreach (var m in Markers)
        {
            if (head.Contains(m, StringComparison.OrdinalIgnoreCase))
            {
                hits++;
            }
        }

        // A dump may quote a tag or two; a page is full of them.
        return hits >= 2 || (head.Length > 0 && head[0] == '<' && hits >= 1);
    }

    /// <summary>The bytes <see cref="LooksBinary"/> counts: NUL and the control bytes but tab, line breaks and escape.</summary>
    private static readonly System.Buffers.SearchValues<byte> Suspicious = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(b => b is < 0x09 or (> 0x0D and not 0x1B)).Select(b => (byte)b)]);

    /// <summary>Binary content: more than a trace of NUL bytes, or many control characters, near the start.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return false;
        }

        var head = bytes[..Math.Min(bytes.Length, 8192)];
        if (head.IndexOfAny(Suspicious) < 0)
        {
            // No NUL and no control byte: text (one vectorised search, where the loop below reads every byte).
            return false;
        }

        var nul = 0;
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                nul++;
            }
            else if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B))
            {
                control++;
            }
        }

        // Scraped text sometimes carries a few NULs from the page; a binary file is full of them.
        return head.Length > 0 && (nul > head.Length / 100 || nul + control > head.Length / 20);
    }
}
