using Prasa.Lexicons;

namespace Prasa.Metadata;

/// <summary>The date vocabulary of Lexicons/dates.txt: month names by number, markers, relative-date words.</summary>
internal static class DateWords
{
    private static readonly (string Key, string Value)[] Rows = [.. LexiconFile.Read("dates.txt")];

    /// <summary>Month name or abbreviation (lower case, no dot) → month number.</summary>
    public static Dictionary<string, int> Months { get; } = BuildMonths();

    public static HashSet<string> Weekdays { get; } = Set("weekday");

    public static HashSet<string> Markers { get; } = Set("marker");

    public static HashSet<string> Updated { get; } = Set("updated");

    public static HashSet<string> Ago { get; } = Set("ago");

    public static HashSet<string> Before { get; } = Set("before");

    public static HashSet<string> Yesterday { get; } = Set("yesterday");

    public static HashSet<string> Today { get; } = Set("today");

    /// <summary>Unit word → its length; months and years are not resolved (too coarse to name a day).</summary>
    public static Dictionary<string, TimeSpan> Units { get; } = BuildUnits();

    public static HashSet<string> Set(string kind) => new(
        Rows.Where(r => r.Key == kind).SelectMany(r => r.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
        StringComparer.Ordinal);

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var m = 1; m <= 12; m++)
        {
            foreach (var w in Set("m" + m))
            {
                months.TryAdd(w, m);
            }
        }

        return months;
    }

    private static Dictionary<string, TimeSpan> BuildUnits()
    {
        var units = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var (kind, span) in new[]
                 {
                     ("unit-minute", TimeSpan.FromMinutes(1)), ("unit-hour", TimeSpan.FromHours(1)),
                     ("unit-day", TimeSpan.FromDays(1)), ("unit-week", TimeSpan.FromDays(7)),
                 })
        {
            foreach (var w in Set(kind))
            {
                units.TryAdd(w, span);
            }
        }

        return units;
    }
}
