namespace Prasa.Text;

/// <summary>Two strings compared on one kind of character only, the other kind passed over.</summary>
public static class SameChars
{
    /// <summary>The same letters and digits in the same order, whatever stands between them ("Nationale DemoDer" and "Nationale Demo / Der").</summary>
    public static bool Letters(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Same(a, b, letters: true);

    /// <summary>The same other characters in the same order, whatever letters and digits stand between them ("1st:" and "2nd:", not "1." and "1)").</summary>
    public static bool Marks(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Same(a, b, letters: false);

    private static bool Same(ReadOnlySpan<char> a, ReadOnlySpan<char> b, bool letters)
    {
        int x = 0, y = 0;
        while (true)
        {
            while (x < a.Length && char.IsLetterOrDigit(a[x]) != letters)
            {
                x++;
            }

            while (y < b.Length && char.IsLetterOrDigit(b[y]) != letters)
            {
                y++;
            }

            if (x == a.Length || y == b.Length)
            {
                return x == a.Length && y == b.Length;
            }

            if (a[x++] != b[y++])
            {
                return false;
            }
        }
    }
}
