namespace Prasa.Text;

/// <summary>Counts over one line's characters and words, gathered in one pass.</summary>
public struct LineStats
{
    public int Chars;
    public int Letters;
    public int Upper;
    public int Digits;
    public int Punct;
    public int Commas;
    public int Words;
    public int CapWords;
    public int WordChars;
    public int SentenceEnds;
    public int Stop;
    public int Boiler;
    public int Separators;

    /// <summary>Words where a capital follows three lower-case letters: a headline glued to the text under it ("SteakhouseA party of six").</summary>
    public int Glued;
    public bool EndsSentence;
    public bool EndsColon;
    public bool StartsUpper;
    public bool StartsQuote;
    public bool HasUrl;

    /// <summary>Counts a line; votes[l] gains one for each stopword of language l (when votes is given).</summary>
    public static LineStats Of(ReadOnlySpan<char> text, Stopwords stop, Span<int> votes, int language, Stopwords? boiler = null)
    {
        var s = new LineStats { Chars = text.Length };
        Span<char> word = stackalloc char[32];
        var wordLen = 0;
        var lowerRun = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (IsIdeographic(c))
            {
                // Chinese and Japanese write no spaces: each ideograph or kana counts as a word, so a
                // sentence there weighs what it weighs in a spaced script.
                lowerRun = 0;
                s.Letters++;
                s.Words++;
                s.WordChars++;
                if (wordLen > 0)
                {
                    s.Words++;
                    s.WordChars += wordLen;
                    wordLen = 0;
                }

                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (wordLen == 0 && char.IsUpper(c))
                {
                    s.CapWords++;
                }
                else if (lowerRun >= 3 && char.IsUpper(c))
                {
                    s.Glued++;
                }

                lowerRun = char.IsLower(c) ? lowerRun + 1 : 0;

                if (wordLen < word.Length)
                {
                    word[wordLen] = char.ToLowerInvariant(c);
                }

                wordLen++;
                if (char.IsLetter(c))
                {
                    s.Letters++;
                    if (char.IsUpper(c))
                    {
                        s.Upper++;
                    }
                }
                else
                {
                    s.Digits++;
                }

                continue;
            }

            lowerRun = 0;
            if (wordLen > 0)
            {
                s.Words++;
                s.WordChars += wordLen;
                if (wordLen <= word.Length)
                {
                    if (boiler is not null && boiler.Find(word[..wordLen]) != -2)
                    {
                        s.Boiler++;
                    }

                    var lang = stop.Find(word[..wordLen]);
                    if (lang != -2)
                    {
                        if (lang >= 0 && votes.Length > lang)
                        {
                            votes[lang]++;
                        }

                        if (language < 0 || lang == -1 || lang == language)
                        {
                            s.Stop++;
                        }
                    }
                }

                wordLen = 0;
            }

            if (i == text.Length)
            {
                break;
            }

            if (!char.IsWhiteSpace(c))
            {
                s.Punct++;
                switch (c)
                {
                    case ',':
                        s.Commas++;
                        break;
                    case '|' or '•' or '·' or '»' or '›' or '/' or '>':
                        s.Separators++;
                        break;
                }
            }
        }

        s.SentenceEnds = Extraction.Prose.SentenceEnds(text);
        if (text.Length > 0)
        {
            var last = text[^1];
            s.EndsSentence = last is '.' or '!' or '?' or '…' or '"' or '”' or '»' or '。' or ')' && !(text.Length > 1 && text[^2] == '.' && last == '.');
            s.EndsColon = last == ':';
            s.StartsUpper = char.IsUpper(text[0]);
            s.StartsQuote = text[0] is '"' or '„' or '“' or '«' or '–' or '—' or '-' or '\'';
            s.HasUrl = text.Contains("http", StringComparison.Ordinal) || text.Contains("www.", StringComparison.Ordinal)
                || text.Contains('@') || text.Contains('©');
        }

        return s;
    }

    private static bool IsIdeographic(char c) => c is (>= '\u3040' and <= '\u30ff') or (>= '\u3400' and <= '\u4dbf') or (>= '\u4e00' and <= '\u9fff') or (>= '\uf900' and <= '\ufaff');
}
