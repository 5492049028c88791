using System.Globalization;
using System.Text;
using Prasa.Lexicons;

namespace Prasa.Html.Streaming;

/// <summary>Character references (&amp;name; and &amp;#n;) decoded as the HTML standard's tokenizer does.</summary>
internal static class HtmlEntities
{
    private static readonly Dictionary<string, string> Named = Load();
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NamedLookup = Named.GetAlternateLookup<ReadOnlySpan<char>>();

    // The standard maps these C1 code points onto the windows-1252 characters that pages mean by them.
    private static readonly char[] C1 =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    private const int LongestName = 32;

    private static Dictionary<string, string> Load()
    {
        var map = new Dictionary<string, string>(2300, StringComparer.Ordinal);
        foreach (var (name, points) in LexiconFile.Read("html-entities.txt"))
        {
            var sb = new StringBuilder(2);
            foreach (var hex in points.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                sb.Append(char.ConvertFromUtf32(int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            }

            map[name] = sb.ToString();
        }

        return map;
    }

    /// <summary>
    /// Decodes the reference that starts at <paramref name="s"/>[0] (an ampersand). Appends the result
    /// (or the ampersand alone, when nothing matches) and returns how many characters it consumed.
    /// </summary>
    public static int Decode(ReadOnlySpan<char> s, bool inAttribute, StringBuilder to)
    {
        if (s.Length > 1 && s[1] == '#')
        {
            return DecodeNumeric(s, to);
        }

        var run = 1;
        while (run < s.Length && run <= LongestName && char.IsAsciiLetterOrDigit(s[run]))
        {
            run++;
        }

        if (run == 1)
        {
            to.Append('&');
            return 1;
        }

        if (run < s.Length && s[run] == ';' && NamedLookup.TryGetValue(s[1..(run + 1)], out var full))
        {
            to.Append(full);
            return run + 1;
        }

        // Legacy references may stand without the semicolon; the longest one that matches wins.
        for (var len = Math.Min(run - 1, 6); len >= 2; len--)
        {
            if (NamedLookup.TryGetValue(s.Slice(1, len), out var legacy))
            {
                var next = 1 + len < s.Length ? s[1 + len] : '\0';
                if (inAttribute && (next == '=' || char.IsAsciiLetterOrDigit(next)))
                {
                    break;
                }

                to.Append(legacy);
                return 1 + len;
            }
        }

        to.Append('&');
        return 1;
    }

    private static int DecodeNumeric(ReadOnlySpan<char> s, StringBuilder to)
    {
        var i = 2;
        var hex = i < s.Length && (s[i] == 'x' || s[i] == 'X');
        if (hex)
        {
            i++;
        }

        var start = i;
        long value = 0;
        while (i < s.Length)
        {
            var c = s[i];
            int digit;
            if (char.IsAsciiDigit(c))
            {
                digit = c - '0';
            }
            else if (hex && char.IsAsciiHexDigit(c))
            {
                digit = (c | 0x20) - 'a' + 10;
            }
            else
            {
                break;
            }

            value = Math.Min(value * (hex ? 16 : 10) + digit, 0x110000);
            i++;
        }

        if (i == start)
        {
            to.Append(s[..start]);
            return start;
        }

        if (i < s.Length && s[i] == ';')
        {
            i++;
        }

        if (value == 0 || value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
        {
            to.Append('\uFFFD');
        }
        else if (value is >= 0x80 and <= 0x9F)
        {
            to.Append(C1[(int)value - 0x80]);
        }
        else if (value < 0x10000)
        {
            to.Append((char)value);
        }
        else
        {
            to.Append(char.ConvertFromUtf32((int)value));
        }

        return i;
    }
}
