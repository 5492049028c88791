namespace Prasa.Lexicons;

/// <summary>
/// Prefilters for phrase searches: a multi-string SearchValues runs vectorised only over ASCII needles
/// (with other letters it walks an Aho–Corasick automaton character by character, slower than the
/// checks it should save), so a phrase is searched by its longest ASCII stretch, which every match holds.
/// </summary>
internal static class AsciiNeedle
{
    public static string Of(string phrase)
    {
        var (start, length) = (0, 0);
        for (var i = 0; i < phrase.Length;)
        {
            var from = i;
            while (i < phrase.Length && char.IsAscii(phrase[i]))
            {
                i++;
            }

            if (i - from > length)
            {
                (start, length) = (from, i - from);
            }

            i++;
        }

        return phrase.Substring(start, length);
    }
}
