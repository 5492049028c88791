using Prasa.Blocks;

namespace Prasa.Lexicons;

/// <summary>
/// A phrase of the line lexicons (lines.txt, text-lines.txt) that holds a star: "czytaj też*" (the line
/// opens with it), "* said" (ends with it), "a * b*" (b somewhere after a). Both the HTML classifier's
/// <c>LineLexicon</c> and text mode's <c>PhraseMatcher</c> read phrases this way; they differ only in
/// how they pick the patterns to try and how long a line may be.
/// </summary>
public sealed record LinePattern(string Prefix, string? Infix, string Suffix, Label Label, string Phrase)
{
    /// <summary>The pattern of a lower-cased phrase with a star in it (at <paramref name="star"/>).</summary>
    public static LinePattern Parse(string lowered, int star, Label label, string phrase)
    {
        var prefix = lowered[..star].TrimEnd();
        var rest = lowered[(star + 1)..];
        var second = rest.IndexOf('*');
        return second > 0
            ? new LinePattern(prefix, rest[..second].Trim(), "", label, phrase)
            : new LinePattern(prefix, null, rest.Trim(), label, phrase);
    }

    /// <summary>Whether a normalised (trimmed, lower-cased) line matches.</summary>
    public bool Matches(ReadOnlySpan<char> line)
    {
        if (!line.StartsWith(Prefix, StringComparison.Ordinal) || !line.EndsWith(Suffix, StringComparison.Ordinal))
        {
            return false;
        }

        // "share" must not match "shareholders".
        if (Prefix.Length > 0 && line.Length > Prefix.Length && char.IsLetter(line[Prefix.Length]) && !char.IsWhiteSpace(Prefix[^1]))
        {
            return false;
        }

        return Infix is null || line[Prefix.Length..].Contains(Infix, StringComparison.Ordinal);
    }
}
