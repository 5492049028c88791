namespace Prasa.Extraction;

/// <summary>Cheap, language-independent measures of whether a piece of text reads like running prose.</summary>
public static class Prose
{
    public static int Words(ReadOnlySpan<char> text)
    {
        var words = 0;
        var cjk = 0;
        var inWord = false;
        foreach (var c in text)
        {
            // Chinese and Japanese write without spaces: two characters make about one word.
            if (c is >= '\u3040' and <= '\u30ff' or >= '\u3400' and <= '\u9fff' or >= '\uf900' and <= '\ufaff')
            {
                cjk++;
                inWord = false;
                continue;
            }

            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words + (cjk / 2);
    }

    /// <summary>Sentence ends: a full stop, question or exclamation mark (or CJK ones) after a letter.</summary>
    public static int SentenceEnds(ReadOnlySpan<char> text)
    {
        var n = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (IsSentenceEnd(text, i))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Whether the character at i (i ≥ 1) ends a sentence, as <see cref="SentenceEnds"/> counts them.</summary>
    public static bool IsSentenceEnd(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (c is not ('.' or '!' or '?' or '…' or '。' or '！' or '？' or '؟' or '।'))
        {
            return false;
        }

        var prev = text[i - 1];
        return (c is '。' or '！' or '？' || char.IsLetter(prev) || prev is ')' or '"' or '”' or '’' or '\'' or '»' or '%' || char.IsDigit(prev))
            && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] is '"' or '”' or '»' or ')' or '’');
    }

    /// <summary>Running text: at least one full sentence of some length, or a long stretch of words.</summary>
    public static bool IsProse(string text)
    {
        var words = Words(text);
        if (words >= 25)
        {
            return true;
        }

        return words >= 6 && SentenceEnds(text) > 0;
    }
}
