using System.Text.RegularExpressions;

namespace Prasa.Metadata;

/// <summary>Recognises short lines that only state when an article was published or updated.</summary>
public static partial class DateLine
{
    private static readonly Dictionary<string, int> Months = DateWords.Months;
    private static readonly HashSet<string> Markers = [.. DateWords.Markers, .. DateWords.Updated, .. DateWords.Weekdays];
    private static readonly HashSet<string> Relative =
        [.. DateWords.Ago, .. DateWords.Before, .. DateWords.Units.Keys, .. DateWords.Yesterday, .. DateWords.Today];

    [GeneratedRegex(@"\b(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2})\b")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b\d{1,2}[:.]\d{2}\b")]
    private static partial Regex Clock();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();

    /// <summary>Words for yesterday (Lexicons/dates.txt) anywhere in the text; a cheap test before the regexes.</summary>
    private static bool HasYesterdayWord(string text)
    {
        foreach (var w in DateWords.Yesterday)
        {
            if (text.Contains(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

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
        if (!HasDigit(text) && !HasYesterdayWord(text))
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
            if (Months.ContainsKey(w))
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
            || (relative > 0 && (HasDigit(text) || WordPattern().Matches(text).Any(w => DateWords.Yesterday.Contains(w.Value.ToLowerInvariant()))));
        if (!dated)
        {
            return false;
        }

        // Everything but a few words must be date vocabulary: "Updated 5 hours ago" yes, a sentence no.
        return words - known <= 3;
    }
}
