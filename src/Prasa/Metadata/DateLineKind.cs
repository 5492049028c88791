namespace Prasa.Metadata;

/// <summary>Tells an update line ("Aktualizacja: …", "Updated …") from a publication line.</summary>
public static class DateLineKind
{
    /// <summary>Where the update marker of a line stands ("Published … Updated Dec. 14"), or null.</summary>
    public static int? UpdateAt(string text)
    {
        var span = text.AsSpan();
        foreach (var range in span.SplitAny(" \t:,.|"))
        {
            var w = span[range];
            if (w.Length > 0 && DateWords.Updated.Contains(w.ToString().ToLowerInvariant()))
            {
                return range.Start.Value;
            }
        }

        return null;
    }

    public static bool IsUpdate(string text)
    {
        var span = text.AsSpan();
        foreach (var range in span.SplitAny(" \t:,.|"))
        {
            var w = span[range];
            if (w.Length > 0 && DateWords.Updated.Contains(w.ToString().ToLowerInvariant()))
            {
                return true;
            }

            if (char.IsDigit(w.Length > 0 ? w[0] : ' '))
            {
                return false;
            }
        }

        return false;
    }
}
