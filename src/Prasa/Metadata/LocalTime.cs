using System.Globalization;
using Prasa.Lexicons;

namespace Prasa.Metadata;

/// <summary>
/// Gives a local time without an offset the offset of the one time zone its language is written in
/// (Lexicons/timezones.txt), daylight saving included; other times are left as they are.
/// </summary>
public static class LocalTime
{
    private static readonly Dictionary<string, TimeZoneInfo?> Zones = LexiconFile.Read("timezones.txt")
        .ToDictionary(r => r.Key, r => Find(r.Value), StringComparer.Ordinal);

    public static string? WithOffset(string? iso, string? language)
    {
        if (iso is null || iso.Length != 19 || language is null || !Zones.TryGetValue(language, out var zone) || zone is null)
        {
            return iso;
        }

        if (!DateTime.TryParseExact(iso, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return iso;
        }

        var offset = zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    /// <summary>The one time zone the language is written in, or null.</summary>
    public static TimeZoneInfo? Zone(string? language) =>
        language is not null && Zones.TryGetValue(language, out var zone) ? zone : null;

    private static TimeZoneInfo? Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }
}
