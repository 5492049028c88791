using System.Globalization;
using System.Text.RegularExpressions;
using Prasa.Lexicons;
using Prasa.Metadata;

namespace Prasa.Text;

/// <summary>
/// Reads the date of a date line in the words a page writes it ("13 grudnia 2023, 21:15",
/// "Published Dec. 13, 2023", "3. Mai 2024"), and tells publication lines from update lines.
/// Month names come from Lexicons/text-months.txt.
/// </summary>
public static partial class TextDate
{
    private static readonly Dictionary<string, int> Months = LoadMonths(out UpdateWords);
    private static readonly HashSet<string> UpdateWords;

    [GeneratedRegex(@"\b(?<d>\d{1,2})\.?\s+(?:de\s+)?(?<mon>\p{L}{3,12})\.?,?\s+(?:de\s+)?(?<y>(?:19|20)\d{2})(?:\D{1,6}(?<h>\d{1,2})[:.](?<mi>\d{2}))?")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<mon>\p{L}{3,12})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d{2})(?:\D{1,6}(?<h>\d{1,2})[:.](?<mi>\d{2}))?")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    /// <summary>The first date the line states, as ISO 8601 (date, or date and time without offset), or null.</summary>
    public static string? Read(string line)
    {
        string? best = null;
        var at = int.MaxValue;
        foreach (var regex in new[] { DayMonthYear(), MonthDayYear() })
        {
            foreach (Match m in regex.Matches(line))
            {
                if (m.Index < at && Format(m) is { } value)
                {
                    (best, at) = (value, m.Index);
                    break;
                }
            }
        }

        var numeric = DateValue.FromText(line);
        if (numeric is not null)
        {
            var nm = NumericStart(line);
            if (nm < at)
            {
                best = numeric;
            }
        }

        return best;
    }

    /// <summary>True when the line begins by saying it gives the time of an update.</summary>
    public static bool IsUpdate(string line)
    {
        var m = Word().Match(line);
        return m.Success && m.Index < 3 && UpdateWords.Contains(m.Value.ToLowerInvariant());
    }

    private static int NumericStart(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (char.IsDigit(line[i]))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static string? Format(Match m)
    {
        if (!Months.TryGetValue(m.Groups["mon"].Value.ToLowerInvariant(), out var month))
        {
            return null;
        }

        var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (d < 1 || d > DateTime.DaysInMonth(y, month))
        {
            return null;
        }

        var date = $"{y:D4}-{month:D2}-{d:D2}";
        if (m.Groups["h"].Success)
        {
            var h = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
            var mi = int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture);
            if (h < 24 && mi < 60)
            {
                return $"{date}T{h:D2}:{mi:D2}:00";
            }
        }

        return date;
    }

    private static Dictionary<string, int> LoadMonths(out HashSet<string> update)
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        update = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, words) in LexiconFile.Read("text-months.txt"))
        {
            var list = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (key == "update")
            {
                update.UnionWith(list);
                continue;
            }

            var month = int.Parse(key, CultureInfo.InvariantCulture);
            foreach (var w in list)
            {
                months.TryAdd(w, month);
            }
        }

        return months;
    }
}
