using System.Text;

namespace Prasa.Extraction;

/// <summary>
/// Folding text for comparisons: lower case, letters and digits only, single spaces. A soft hyphen
/// ("Helikopter\u00ADlandeplatz") only marks where a line may break, so it joins rather than splits a word.
/// </summary>
public static class TextNormal
{
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c != '\u00AD')
            {
                space = true;
            }
        }

        return sb.ToString();
    }
}
