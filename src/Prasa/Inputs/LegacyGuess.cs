using System.Text;

namespace Prasa.Inputs;

/// <summary>
/// Picks the legacy single-byte code page of an undeclared page that is not UTF-8: windows-1250 and
/// ISO-8859-2 (Central European, Polish among them) or windows-1252 (Western). Each candidate decodes
/// the high bytes; the one that yields more letters of its own languages, and fewer control or symbol
/// characters, wins.
/// </summary>
public static class LegacyGuess
{
    private const string CentralLetters = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻčďěňřšťůžČĎĚŇŘŠŤŮŽőűŐŰ";
    private const string WesternLetters = "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝ";

    public static Encoding Guess(ReadOnlySpan<byte> bytes)
    {
        string[] names = ["windows-1250", "iso-8859-2", "windows-1252"];
        Encoding best = Encoding.GetEncoding("windows-1252");
        var bestScore = int.MinValue;
        foreach (var name in names)
        {
            var enc = Encoding.GetEncoding(name);
            var score = Score(enc, bytes, name == "windows-1252" ? WesternLetters : CentralLetters);
            if (score > bestScore)
            {
                bestScore = score;
                best = enc;
            }
        }

        return best;
    }

    private static int Score(Encoding enc, ReadOnlySpan<byte> bytes, string letters)
    {
        Span<byte> one = stackalloc byte[1];
        Span<char> c = stackalloc char[2];
        var score = 0;
        var limit = Math.Min(bytes.Length, 256 * 1024);
        for (var i = 0; i < limit; i++)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                continue;
            }

            one[0] = b;
            enc.GetChars(one, c);
            var ch = c[0];
            if (letters.Contains(ch))
            {
                score += 2;
            }
            else if (char.IsControl(ch) || ch == '\ufffd')
            {
                score -= 3;
            }
            else if (!char.IsLetter(ch))
            {
                score -= 1;
            }
        }

        return score;
    }
}
