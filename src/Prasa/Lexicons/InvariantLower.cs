namespace Prasa.Lexicons;

/// <summary>
/// Lower-casing as <see cref="MemoryExtensions.ToLowerInvariant(ReadOnlySpan{char}, Span{char})"/> does it,
/// through a table of every UTF-16 code unit: the framework calls into ICU for the rest of a text once it
/// meets one character outside ASCII (a typographic quote will do), which costs more than the lookups.
/// </summary>
public static class InvariantLower
{
    /// <summary>char.ToLowerInvariant of each code unit, filled as characters are met (0: not yet). Threads racing on an entry write the same value.</summary>
    private static readonly char[] Table = new char[65536];

    /// <summary>The lower-case form of one code unit (char.ToLowerInvariant).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static char Of(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }

        var l = Table[c];
        return l != 0 ? l : Fill(c);
    }

    private static char Fill(char c)
    {
        var l = char.ToLowerInvariant(c);
        Table[c] = l;
        return l;
    }

    /// <summary>Writes the lower-case text into <paramref name="destination"/>: its length, or -1 when it does not fit.</summary>
    public static int Into(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < source.Length)
        {
            return -1;
        }

        // A surrogate pair is lower-cased as one code point (Deseret, Osage, Adlam…): left to the framework.
        if (source.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return source.ToLowerInvariant(destination);
        }

        // The ASCII head in one vectorised call (most lines are ASCII, or start so), the rest a character at a time.
        System.Text.Ascii.ToLower(source, destination, out var head);
        for (var i = head; i < source.Length; i++)
        {
            destination[i] = Of(source[i]);
        }

        return source.Length;
    }

    /// <summary>The lower-case form of a text (<see cref="string.ToLowerInvariant()"/>).</summary>
    public static string Of(ReadOnlySpan<char> text)
    {
        if (text.Length > 256)
        {
            return text.ToString().ToLowerInvariant();
        }

        // Into leaves a text with surrogates to the framework itself.
        Span<char> buffer = stackalloc char[text.Length];
        return new string(buffer[..Into(text, buffer)]);
    }
}
