namespace Prasa.Metadata;

/// <summary>Tells an update line ("Aktualizacja: …", "Updated …") from a publication line.</summary>
public static class DateLineKind
{
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
