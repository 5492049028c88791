using System.Globalization;
using System.Text.RegularExpressions;

namespace Prasa.Metadata;

/// <summary>A date found in text: where it stands and its ISO 8601 form (offset only when written, time only when written).</summary>
public readonly record struct FoundDate(string Iso, int Index, int Length, bool Relative)
{
    /// <summary>The calendar day, for comparisons.</summary>
    public string Day => Iso[..10];
}

/// <summary>
/// Reads dates written for people: "23.07.2023 07:30", "13 grudnia 2023", "niedziela, 23 lipca 2023",
/// "July 23, 2023", "23. Juli 2023 um 7:30 Uhr", "2023年7月23日", ISO stamps, and relative ones
/// ("2 godz. temu", "wczoraj", "vor 3 Stunden") when the fetch time is known. Impossible dates (before
/// 1990, after the fetch time) are not dates.
/// </summary>
public static partial class TextDate
{
    /// <summary>The earliest year a news date may have.</summary>
    public const int MinYear = 1990;

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})-(?<m>[01]?\d)-(?<d>[0-3]?\d)(?:(?:T|\s+)(?<h>[0-2]?\d):(?<mi>[0-5]\d)(?::(?<s>[0-5]\d)(?:[.,]\d+)?)?\s*(?<z>Z|[+-][01]\d:?[0-5]\d)?)?(?![\d-])")]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"(?<![\d.])(?<y>(?:19|20)\d{2})(?<sep>[./])\s?(?<m>[01]?\d)\k<sep>\s?(?<d>[0-3]?\d)\.?(?![\d/]|\.\d)")]
    private static partial Regex YearFirstPattern();

    [GeneratedRegex(@"(?:(?<![\d.,/])|(?<=:\d\d))(?<d>[0-3]?\d)\s?(?<sep>[./|-])\s?(?<m>[0-3]?\d)\s?\k<sep>\s?(?<y>(?:19|20)\d{2}|\d{2})(?![\d/]|[.-]\d)")]
    private static partial Regex DayFirstPattern();

    // The day may follow a clock glued to it ("12:0030. Januar") or a numeric date ("30.01.202430. Januar 2024": a
    // flattened page gives the short and the written form of the date as one line).
    [GeneratedRegex(@"(?:(?<!\d)|(?<=:\d\d)|(?<=[./](?:19|20)\d\d))(?<d>[0-3]?\d)(?:\.|º|er|st|nd|rd|th)?[\s-]*(?:de\s+|of\s+)?(?<mon>\p{L}{3,12})\.?,?[\s-]*(?:de\s+|del\s+)?(?<y>(?:19|20)\d{2})(?:(?!\d)|(?=[0-2]?\d:[0-5]\d))", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthNamePattern();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<mon>\p{L}{3,12})\.?\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d{2})(?:(?!\d)|(?=[0-2]?\d:[0-5]\d))", RegexOptions.IgnoreCase)]
    private static partial Regex MonthNameDayPattern();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*[年년]\s*(?<m>[01]?\d)\s*[月월]\s*(?<d>[0-3]?\d)\s*[日일]?")]
    private static partial Regex CjkPattern();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\.\s*(?<mon>\p{L}{3,12})\.?\s+(?<d>[0-3]?\d)\.?", RegexOptions.IgnoreCase)]
    private static partial Regex YearMonthNamePattern();

    [GeneratedRegex(@"^\s*(?:[,|•·/–—-]|\b(?:o\s+godz|godz|um|à|a\s+las|alle|ore|at|v|kl|klo|saat)\b\.?)?\s*(?<h>[0-2]?\d)(?:[:.]|h(?=\d))(?<mi>[0-5]\d)(?::(?<s>[0-5]\d))?(?!\d)\s*(?<ampm>[ap]\.?\s?m\b\.?)?\s*(?:uhr\s*)?(?<z>Z\b|(?:UTC|GMT)\s*[+-][01]?\d(?::?[0-5]\d)?|\+[01]\d:?[0-5]\d)?", RegexOptions.IgnoreCase)]
    private static partial Regex TimeAfter();

    [GeneratedRegex(@"(?<!\d)(?<n>\d{1,3})\s*(?<unit>\p{L}+)\.?\s+(?<ago>\p{L}+)", RegexOptions.IgnoreCase)]
    private static partial Regex AgoPattern();

    [GeneratedRegex(@"(?<pre>\p{L}+)\s+(?<n>\d{1,3})\s*(?<unit>\p{L}+)", RegexOptions.IgnoreCase)]
    private static partial Regex BeforePattern();

    [GeneratedRegex(@"\p{L}+'?\p{L}*")]
    private static partial Regex WordPattern();

    /// <summary>The first date in the text, or null.</summary>
    public static FoundDate? First(string text, DateTimeOffset? fetch = null, bool relative = false, bool monthFirst = false)
    {
        FoundDate? best = null;
        foreach (var d in All(text, fetch, relative, monthFirst))
        {
            if (best is null || d.Index < best.Value.Index)
            {
                best = d;
            }
        }

        return best;
    }

    /// <summary>Every date in the text, in no particular order; overlapping readings are all listed.</summary>
    public static IEnumerable<FoundDate> All(string text, DateTimeOffset? fetch = null, bool relative = false, bool monthFirst = false)
    {
        // Every written date holds four digits at least (\d: any decimal digit; "1.2.23" is the shortest)
        // and every "N units ago" one; most lines hold fewer, and then only the relative forms can be a date.
        if (Digits(text, 4) < 4)
        {
            if (relative && fetch is { } today)
            {
                foreach (var r in DateLine.HasDigit(text) ? Relative(text, today) : RelativeWords(text, today))
                {
                    yield return r;
                }
            }

            yield break;
        }

        var latest = (fetch ?? DateTimeOffset.UtcNow).AddDays(1);
        foreach (Match m in IsoPattern().Matches(text))
        {
            if (Build(m, Int(m, "y"), Int(m, "m"), Int(m, "d"), latest, withTime: m) is { } iso)
            {
                yield return new FoundDate(iso, m.Index, m.Length, false);
            }
        }

        foreach (Match m in YearFirstPattern().Matches(text))
        {
            if (Build(m, Int(m, "y"), Int(m, "m"), Int(m, "d"), latest, TimeAfter().Match(text[(m.Index + m.Length)..])) is { } iso)
            {
                yield return new FoundDate(iso, m.Index, m.Length, false);
            }
        }

        foreach (Match m in DayFirstPattern().Matches(text))
        {
            int d = Int(m, "d"), mo = Int(m, "m"), y = Int(m, "y");
            if (y < 100)
            {
                // Two-digit years only in the dotted European form, and only this century.
                if (m.Groups["sep"].Value != ".")
                {
                    continue;
                }

                y += 2000;
            }

            // "07/23/2023" is American; "7/8/2023" is American only on English pages.
            if (m.Groups["sep"].Value == "/" && (mo > 12 || (monthFirst && d <= 12)))
            {
                (d, mo) = (mo, d);
            }

            if (Build(m, y, mo, d, latest, TimeAfter().Match(text[(m.Index + m.Length)..])) is { } iso)
            {
                yield return new FoundDate(iso, m.Index, m.Length, false);
            }
        }

        foreach (var regex in new[] { DayMonthNamePattern(), MonthNameDayPattern(), YearMonthNamePattern() })
        {
            foreach (Match m in regex.Matches(text))
            {
                if (!DateWords.Months.TryGetValue(m.Groups["mon"].Value.ToLowerInvariant(), out var mo))
                {
                    continue;
                }

                if (Build(m, Int(m, "y"), mo, Int(m, "d"), latest, TimeAfter().Match(text[(m.Index + m.Length)..])) is { } iso)
                {
                    yield return new FoundDate(iso, m.Index, m.Length, false);
                }
            }
        }

        foreach (Match m in CjkPattern().Matches(text))
        {
            if (Build(m, Int(m, "y"), Int(m, "m"), Int(m, "d"), latest, TimeAfter().Match(text[(m.Index + m.Length)..])) is { } iso)
            {
                yield return new FoundDate(iso, m.Index, m.Length, false);
            }
        }

        if (relative && fetch is { } now)
        {
            foreach (var r in Relative(text, now))
            {
                yield return r;
            }
        }
    }

    /// <summary>True when the year is one a news page can carry, given when it was fetched.</summary>
    public static bool Possible(DateTimeOffset date, DateTimeOffset? fetch) =>
        date.Year >= MinYear && date <= (fetch ?? DateTimeOffset.UtcNow).AddDays(1);

    private static IEnumerable<FoundDate> Relative(string text, DateTimeOffset now)
    {
        foreach (Match m in AgoPattern().Matches(text))
        {
            if (DateWords.Ago.Contains(m.Groups["ago"].Value.ToLowerInvariant()) && Span(m, now) is { } d)
            {
                yield return new FoundDate(d, m.Index, m.Length, true);
            }
        }

        foreach (Match m in BeforePattern().Matches(text))
        {
            if (DateWords.Before.Contains(m.Groups["pre"].Value.ToLowerInvariant()) && Span(m, now) is { } d)
            {
                yield return new FoundDate(d, m.Index, m.Length, true);
            }
        }

        foreach (var r in RelativeWords(text, now))
        {
            yield return r;
        }
    }

    /// <summary>The decimal digits of a text, counted up to <paramref name="enough"/>.</summary>
    private static int Digits(string text, int enough)
    {
        var n = 0;
        for (var i = 0; i < text.Length && n < enough; i++)
        {
            n += char.IsDigit(text[i]) ? 1 : 0;
        }

        return n;
    }

    /// <summary>"wczoraj", "today": the days that words name.</summary>
    private static IEnumerable<FoundDate> RelativeWords(string text, DateTimeOffset now)
    {
        foreach (Match m in WordPattern().Matches(text))
        {
            var w = m.Value.ToLowerInvariant();
            if (DateWords.Yesterday.Contains(w))
            {
                yield return new FoundDate(Day(now.AddDays(-1)), m.Index, m.Length, true);
            }
            else if (DateWords.Today.Contains(w))
            {
                yield return new FoundDate(Day(now), m.Index, m.Length, true);
            }
        }
    }

    private static string? Span(Match m, DateTimeOffset now)
    {
        var unit = m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('.');
        if (!DateWords.Units.TryGetValue(unit, out var span))
        {
            return null;
        }

        var n = Int(m, "n");
        return n > 400 ? null : Day(now - (span * n));
    }

    private static string Day(DateTimeOffset t) => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int Int(Match m, string group) =>
        m.Groups[group].Success ? int.Parse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : 0;

    /// <summary>The ISO form of a date and, when given, its time and offset; null for an impossible date.</summary>
    private static string? Build(Match date, int y, int mo, int d, DateTimeOffset latest, Match withTime)
    {
        if (y < MinYear || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo))
        {
            return null;
        }

        var day = new DateTimeOffset(y, mo, d, 0, 0, 0, TimeSpan.Zero);
        if (day > latest)
        {
            return null;
        }

        var iso = $"{y:D4}-{mo:D2}-{d:D2}";
        if (!withTime.Success || !withTime.Groups["h"].Success)
        {
            return iso;
        }

        var h = Int(withTime, "h");
        var mi = Int(withTime, "mi");
        var ampm = withTime.Groups["ampm"].Value;
        if (ampm.Length > 0)
        {
            if (h is < 1 or > 12)
            {
                return iso;
            }

            h = (h % 12) + (char.ToLowerInvariant(ampm[0]) == 'p' ? 12 : 0);
        }

        if (h > 23 || mi > 59)
        {
            return iso;
        }

        var s = Int(withTime, "s");
        iso += $"T{h:D2}:{mi:D2}:{Math.Min(s, 59):D2}";
        return withTime.Groups["z"].Success ? iso + Offset(withTime.Groups["z"].Value) : iso;
    }

    /// <summary>"Z", "+0200", "+02:00", "GMT+2" → "+00:00", "+02:00"; empty for what is not an offset.</summary>
    private static string Offset(string z)
    {
        z = z.Replace("UTC", "", StringComparison.OrdinalIgnoreCase).Replace("GMT", "", StringComparison.OrdinalIgnoreCase).Trim();
        if (z is "Z" or "z" or "")
        {
            return "+00:00";
        }

        var sign = z[0];
        var digits = z[1..].Replace(":", "", StringComparison.Ordinal);
        int hh, mm;
        if (digits.Length <= 2)
        {
            hh = int.Parse(digits, CultureInfo.InvariantCulture);
            mm = 0;
        }
        else
        {
            hh = int.Parse(digits[..^2], CultureInfo.InvariantCulture);
            mm = int.Parse(digits[^2..], CultureInfo.InvariantCulture);
        }

        return hh > 14 || mm > 59 ? "" : $"{sign}{hh:D2}:{mm:D2}";
    }
}
