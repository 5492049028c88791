using System.Text.RegularExpressions;
using Prasa.Lexicons;

namespace Prasa.Metadata;

/// <summary>Recognises short lines that only state when an article was published or updated.</summary>
public static partial class DateLine
{
    private static readonly HashSet<string> Months = Words("month");
    private static readonly HashSet<string> Markers = Words("marker");
    private static readonly HashSet<string> Relative = Words("relative");

    [GeneratedRegex(@"\b(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2})\b")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b\d{1,2}[:.]\d{2}\b")]
    private static partial Regex Clock();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();

    [GeneratedRegex("wczoraj|yesterday|gestern", RegexOptions.IgnoreCase)]
    private static partial Regex YesterdayWord();

    /// <summary>
    /// True when a short line is a date or time stamp, perhaps with a marker word ("Updated"), or a
    /// dateline of short parts one of which is a date ("Jane Doe / SITE.COM / Apr 16, 2026, 14:04 IST").
    /// </summary>
    public static bool IsDateLine(string text)
    {
        if (IsPlainDateLine(text))
        {
            return true;
        }

        if (text.Length > 120 || text.IndexOfAny(PartSeparators) < 0)
        {
            return false;
        }

        var parts = text.Split(PartSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length is >= 2 and <= 5 && parts.All(p => Extraction.Prose.Words(p) <= 6) && parts.Any(IsPlainDateLine);
    }

    private static readonly char[] PartSeparators = ['|', '/', '·', '•'];

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlainDateLine(string text)
    {
        if (text.Length > 90 || text.Length < 4)
        {
            return false;
        }

        // A date line needs a digit or a word for yesterday (see "dated" below); most lines have neither.
        if (!HasDigit(text) && !YesterdayWord().IsMatch(text))
        {
            return false;
        }

        var hasNumeric = NumericDate().IsMatch(text);
        var hasYear = Year().IsMatch(text);
        var hasClock = Clock().IsMatch(text);
        int words = 0, known = 0, months = 0, relative = 0;
        foreach (Match m in WordPattern().Matches(text))
        {
            words++;
            var w = m.Value.ToLowerInvariant().TrimEnd('.');
            if (Months.Contains(w))
            {
                months++;
                known++;
            }
            else if (Markers.Contains(w))
            {
                known++;
            }
            else if (Relative.Contains(w))
            {
                relative++;
                known++;
            }
        }

        // A month name counts only with a year or a time: "od 1 czerwca do 30 września" is not a date line.
        var dated = hasNumeric || (months > 0 && (hasYear || hasClock))
            || (relative > 0 && Regex.IsMatch(text, @"\d|wczoraj|yesterday|gestern", RegexOptions.IgnoreCase));
        if (!dated)
        {
            return false;
        }

        // Everything but a few words must be date vocabulary: "Updated 5 hours ago" yes, a sentence no.
        return words - known <= 3;
    }

    private static HashSet<string> Words(string kind) => new(
        LexiconFile.Read("dates.txt").Where(r => r.Key == kind).SelectMany(r => r.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
        StringComparer.Ordinal);
}
