using System.Text.RegularExpressions;

namespace Prasa.Metadata;

/// <summary>Recognises short lines that only state when an article was published or updated.</summary>
public static partial class DateLine
{
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Months = DateWords.Months.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Markers =
        new HashSet<string>([.. DateWords.Markers, .. DateWords.Updated, .. DateWords.Weekdays], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Relative =
        new HashSet<string>([.. DateWords.Ago, .. DateWords.Before, .. DateWords.Units.Keys, .. DateWords.Yesterday, .. DateWords.Today], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Yesterday = DateWords.Yesterday.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The unit signs of a Chinese, Japanese or Korean date ("2025年1月13日 21時37分"): each a word of its own between the digits.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CjkUnits = DateWords.Set("cjk").GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex(@"\b(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2})\b")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"(?:19|20)\d{2}\s*[年년]\s*[01]?\d\s*[月월]\s*[0-3]?\d\s*[日일]")]
    private static partial Regex CjkDate();

    [GeneratedRegex(@"\b\d{1,2}[:.]\d{2}\b")]
    private static partial Regex Clock();

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

    /// <summary>Any decimal digit, as the regexes' \d reads one.</summary>
    internal static bool HasDigit(string text)
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

    // Its stack buffers are written before they are read: not cleared first.
    [System.Runtime.CompilerServices.SkipLocalsInit]
    private static bool IsPlainDateLine(string text)
    {
        if (text.Length > 90 || text.Length < 4)
        {
            return false;
        }

        // A date line needs a digit or a word for yesterday (see "dated" below); most lines have neither.
        var digit = HasDigit(text);
        if (!digit && !HasYesterdayWord(text))
        {
            return false;
        }

        // The words first: one pass without allocation, and most lines with a digit fail the vocabulary
        // test below before any regex runs.
        int words = 0, known = 0, months = 0, relative = 0;
        var yesterday = false;
        var ideographs = text.AsSpan().IndexOfAnyInRange('\u3040', '\u9fff') >= 0;
        Span<char> buffer = stackalloc char[text.Length];
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            // Chinese and Japanese run their words together: a run of more than four ideographs and kana counts
            // as a reader counts it (two and a half signs a word), so that a caption with a date in it is no date
            // line while a name or a marker ("公開日") before the date is one word.
            words += i - start <= 4 || !ideographs || text.AsSpan(start, i - start).IndexOfAnyInRange('\u3040', '\u9fff') < 0 ? 1 : (int)Math.Ceiling((i - start) / 2.5);
            var w = buffer[..Lexicons.InvariantLower.Into(text.AsSpan(start, i - start), buffer)];

            // Short month abbreviations are everyday words too ("sie", "lis", "set", "mag"): they count
            // only next to a number.
            if (Months.ContainsKey(w) && (w.Length > 4 || NextToDigit(text, start, i - start)))
            {
                months++;
                known++;
            }
            else if (Markers.Contains(w))
            {
                known++;
            }
            else if (w.Length <= 2 && CjkUnits.Contains(w))
            {
                known++;
            }
            else if (Relative.Contains(w))
            {
                relative++;
                known++;
            }

            yesterday = yesterday || (!digit && Yesterday.Contains(w));

            // Everything but a few words must be date vocabulary: "Updated 5 hours ago" yes, a sentence no.
            // Without a digit ("wczoraj", "gestern") the line must be all but bare. Words outside the
            // vocabulary only add up, so the test is settled as soon as there are too many.
            if (words - known > (digit ? 3 : 1))
            {
                return false;
            }
        }

        // A month name counts only with a year or a time: "od 1 czerwca do 30 września" is not a date line.
        return NumericDate().IsMatch(text) || (text.AsSpan().IndexOfAny('年', '년') >= 0 && CjkDate().IsMatch(text)) || (months > 0 && (Year().IsMatch(text) || Clock().IsMatch(text)))
            || (relative > 0 && (digit || yesterday));
    }

    private static bool NextToDigit(string text, int start, int length)
    {
        for (var i = start - 1; i >= 0 && i >= start - 3; i--)
        {
            if (char.IsDigit(text[i]))
            {
                return true;
            }

            if (char.IsLetter(text[i]))
            {
                break;
            }
        }

        for (var i = start + length; i < text.Length && i <= start + length + 3; i++)
        {
            if (char.IsDigit(text[i]))
            {
                return true;
            }

            if (char.IsLetter(text[i]))
            {
                break;
            }
        }

        return false;
    }
}
