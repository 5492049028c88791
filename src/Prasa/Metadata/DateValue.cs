using System.Globalization;
using System.Text.RegularExpressions;

namespace Prasa.Metadata;

/// <summary>Normalises date values to ISO 8601: with the offset when the source gives one, a date alone when only a date is known.</summary>
public static partial class DateValue
{
    [GeneratedRegex(@"^(?<y>(?:19|20)\d{2})-?(?<m>\d{2})-?(?<d>\d{2})(?:[T ](?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:\.\d+)?)?\s*(?<z>Z|[+-]\d{2}:?\d{2})?)?")]
    private static partial Regex Iso();

    [GeneratedRegex(@"[+-]\d{2}:?\d{2}\s*$|\b(?:GMT|UTC)\b|\dZ$")]
    private static partial Regex HasOffset();

    [GeneratedRegex(@"^(?:19|20)\d{2}[/.-]\d{1,2}$")]
    private static partial Regex YearMonth();

    public static string? Normalise(string? value, DateTimeOffset? fetch = null)
    {
        var iso = Parse(value);
        if (iso is null || !DateTimeOffset.TryParse(iso[..10], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var day))
        {
            return null;
        }

        return TextDate.Possible(day, fetch) ? iso : null;
    }

    private static string? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var m = Iso().Match(value.Trim());
        if (m.Success)
        {
            return Format(m);
        }

        // RFC 1123 and kin ("Sun, 23 Jul 2023 07:30:00 +0200"): the offset only when written.
        if (HasOffset().IsMatch(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto))
        {
            return dto.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        }

        // "2017/01" names a month, not a day: the first of it would be an invented date.
        if (YearMonth().IsMatch(value.Trim()))
        {
            return null;
        }

        if (DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dt))
        {
            return value.Contains(':', StringComparison.Ordinal)
                ? dt.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
                : dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return TextDate.First(value, relative: false)?.Iso;
    }

    private static string? Format(Match m)
    {
        var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo))
        {
            return null;
        }

        var date = $"{y:D4}-{mo:D2}-{d:D2}";
        if (!m.Groups["h"].Success)
        {
            return date;
        }

        var h = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var mi = int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture);
        if (h > 23 || mi > 59)
        {
            return date;
        }

        var s = m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        var time = $"{date}T{h:D2}:{mi:D2}:{Math.Min(s, 59):D2}";
        if (!m.Groups["z"].Success)
        {
            return time;
        }

        var z = m.Groups["z"].Value;
        return z == "Z" ? time + "+00:00" : time + (z.Contains(':') ? z : z[..3] + ":" + z[3..]);
    }
}
