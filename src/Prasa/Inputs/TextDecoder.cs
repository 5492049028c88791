using System.Text;
using System.Text.RegularExpressions;

namespace Prasa.Inputs;

/// <summary>
/// Turns a page's bytes into text: byte-order mark first, then a charset the transport or the page
/// declares (checked against the bytes: a page labelled ISO-8859-1 that is valid UTF-8 is UTF-8), then
/// UTF-8 validity, then a guess among the legacy code pages of Central and Western Europe.
/// </summary>
public static partial class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"^\s*<\?xml[^>]+encoding\s*=\s*[""']([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex XmlEncoding();

    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes, string? declared = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8.GetString(bytes[3..]), "utf-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        }

        if (DecodeUtf8(bytes) is { } text)
        {
            return text;
        }

        var validUtf8 = IsValidUtf8(bytes, out var ascii);
        if (ascii)
        {
            return (Encoding.ASCII.GetString(bytes), "ascii");
        }

        if (validUtf8)
        {
            // Valid multi-byte UTF-8 by chance in a legacy page is vanishingly rare; mislabels are common.
            // (So the declared charset is not even looked for.)
            return (Encoding.UTF8.GetString(bytes), "utf-8");
        }

        var label = declared ?? Declared(bytes);
        var encoding = label is null ? null : ByName(label);

        if (encoding is not null && encoding.CodePage != 65001)
        {
            return (encoding.GetString(bytes), encoding.WebName);
        }

        var guess = LegacyGuess.Guess(bytes);
        return (guess.GetString(bytes), guess.WebName);
    }

    /// <summary>Pages up to this many bytes are decoded in one pass through a buffer.</summary>
    private const int OnePassBytes = 1 << 20;

    /// <summary>
    /// A page that is valid UTF-8 (ASCII too) decoded and checked in one pass through a buffer the thread
    /// keeps, where the checks for ASCII and UTF-8 and the count of characters before the copy each read the
    /// page again; null for any other page. (A buffer from the shared array pool raised the peak memory of
    /// a 7,240-page run by 45 MB.)
    /// </summary>
    private static (string Text, string Encoding)? DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        if (!DecodeUtf8(bytes, out var chars))
        {
            return null;
        }

        // As many characters as bytes: every byte was one, ASCII.
        return (chars.ToString(), chars.Length == bytes.Length ? "ascii" : "utf-8");
    }

    private static bool DecodeUtf8(ReadOnlySpan<byte> bytes, out ReadOnlySpan<char> text)
    {
        text = default;
        if (bytes.Length > OnePassBytes)
        {
            return false;
        }

        // A UTF-8 page has at most as many UTF-16 code units as bytes.
        var chars = t_chars is { } held && held.Length >= bytes.Length ? held : t_chars = new char[Math.Max(bytes.Length, 64 * 1024)];
        if (System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out _, out var written, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
        {
            return false;
        }

        text = chars.AsSpan(0, written);
        return true;
    }

    /// <summary>
    /// The text <see cref="Decode"/> gives a page without a byte-order mark that is valid UTF-8 (ASCII too),
    /// up to 1 MB, without making a string of it: it stays in the thread's buffer, valid until the thread
    /// decodes another page. False for any other page.
    /// </summary>
    internal static bool TryDecodeUtf8(ReadOnlySpan<byte> bytes, out ReadOnlySpan<char> text)
    {
        text = default;
        return !bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) && !bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
            && !bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) && DecodeUtf8(bytes, out text);
    }

    /// <summary>Each thread's buffer for <see cref="DecodeUtf8"/>, grown to the largest page it decoded (at most <see cref="OnePassBytes"/>).</summary>
    [ThreadStatic]
    private static char[]? t_chars;

    /// <summary>The charset the page names in its first bytes (meta charset, http-equiv or XML declaration).</summary>
    public static string? Declared(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 32 * 1024)]);
        var m = MetaCharset().Match(head);
        if (m.Success)
        {
            return m.Groups[1].Value;
        }

        m = XmlEncoding().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    public static Encoding? ByName(string label)
    {
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();

        // The WHATWG encoding standard maps these labels onto their Windows supersets.
        name = name switch
        {
            "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "iso8859-1" => "windows-1252",
            "x-cp1250" or "cp1250" => "windows-1250",
            "cp1252" => "windows-1252",
            "iso8859-2" or "latin2" => "iso-8859-2",
            "utf8" => "utf-8",
            _ => name,
        };
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes, out bool ascii)
    {
        ascii = System.Text.Ascii.IsValid(bytes);
        if (ascii)
        {
            return true;
        }

        return System.Text.Unicode.Utf8.IsValid(bytes) || IsValidUtf8ButTruncated(bytes);
    }

    // A page cut off in the middle of a multi-byte character is still a UTF-8 page.
    private static bool IsValidUtf8ButTruncated(ReadOnlySpan<byte> bytes)
    {
        for (var cut = 1; cut <= 3 && cut < bytes.Length; cut++)
        {
            if (System.Text.Unicode.Utf8.IsValid(bytes[..^cut]))
            {
                return true;
            }
        }

        return false;
    }
}
