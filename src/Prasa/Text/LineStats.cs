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
    /// <param name="stopLanguages">When given, gets the language mark of every stopword (see <see cref="Stopwords.Find(ReadOnlySpan{char})"/>),
    /// so that <see cref="Stop"/> can be told again for another language (<see cref="StopsOf"/>).</param>
    public static LineStats Of(ReadOnlySpan<char> text, Stopwords stop, Span<int> votes, int language, Stopwords? boiler = null, List<int>? stopLanguages = null)
    {
        var s = new LineStats { Chars = text.Length };
        Span<char> word = stackalloc char[32];
        var wordLen = 0;
        var hash = Lexicons.WordTable.Seed;
        var lowerRun = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            char lower;
            if (c < 128)
            {
                // Most text is ASCII: one table read instead of the Unicode category calls below.
                var kind = AsciiKinds[c];
                if (kind >= LowerKind)
                {
                    if (wordLen == 0 && kind == UpperKind)
                    {
                        s.CapWords++;
                    }
                    else if (lowerRun >= 3 && kind == UpperKind)
                    {
                        s.Glued++;
                    }

                    lowerRun = kind == LowerKind ? lowerRun + 1 : 0;

                    if (kind == DigitKind)
                    {
                        s.Digits++;
                        lower = c;
                    }
                    else
                    {
                        s.Letters++;
                        if (kind == UpperKind)
                        {
                            s.Upper++;
                        }

                        lower = (char)(c | 0x20);
                    }

                    AddChar(word, ref wordLen, ref hash, lower);
                    continue;
                }
            }
            else if (IsIdeographic(c))
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
                    hash = Lexicons.WordTable.Seed;
                }

                continue;
            }
            else if (char.IsLetterOrDigit(c))
            {
                var upper = char.IsUpper(c);
                if (wordLen == 0 && upper)
                {
                    s.CapWords++;
                }
                else if (lowerRun >= 3 && upper)
                {
                    s.Glued++;
                }

                lowerRun = char.IsLower(c) ? lowerRun + 1 : 0;

                if (char.IsLetter(c))
                {
                    s.Letters++;
                    if (upper)
                    {
                        s.Upper++;
                    }
                }
                else
                {
                    s.Digits++;
                }

                AddChar(word, ref wordLen, ref hash, char.ToLowerInvariant(c));
                continue;
            }

            lowerRun = 0;
            if (wordLen > 0)
            {
                s.Words++;
                s.WordChars += wordLen;
                if (wordLen <= word.Length)
                {
                    var w = word[..wordLen];
                    if (boiler is not null && boiler.Find(w, hash) != -2)
                    {
                        s.Boiler++;
                    }

                    var lang = stop.Find(w, hash);
                    if (lang != -2)
                    {
                        stopLanguages?.Add(lang);
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
                hash = Lexicons.WordTable.Seed;
            }

            if (i == text.Length)
            {
                break;
            }

            if (c < 128 ? AsciiKinds[c] != SpaceKind : !char.IsWhiteSpace(c))
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
                    default:
                        if (i > 0 && Extraction.Prose.IsSentenceEnd(text, i))
                        {
                            s.SentenceEnds++;
                        }

                        break;
                }
            }
        }

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

    /// <summary>The <see cref="Stop"/> count for a language (negative: any) from the marks <see cref="Of"/> gave.</summary>
    public static int StopsOf(ReadOnlySpan<int> stopLanguages, int language)
    {
        var n = 0;
        foreach (var lang in stopLanguages)
        {
            if (language < 0 || lang == -1 || lang == language)
            {
                n++;
            }
        }

        return n;
    }

    private const byte OtherKind = 0;
    private const byte SpaceKind = 1;
    private const byte LowerKind = 2;
    private const byte UpperKind = 3;
    private const byte DigitKind = 4;

    /// <summary>What each ASCII character is, as char.IsWhiteSpace, IsLower, IsUpper and IsDigit tell.</summary>
    private static readonly byte[] AsciiKinds = MakeAsciiKinds();

    private static byte[] MakeAsciiKinds()
    {
        var kinds = new byte[128];
        for (var c = (char)0; c < 128; c++)
        {
            kinds[c] = char.IsWhiteSpace(c) ? SpaceKind : char.IsAsciiLetterLower(c) ? LowerKind : char.IsAsciiLetterUpper(c) ? UpperKind
                : char.IsAsciiDigit(c) ? DigitKind : OtherKind;
        }

        return kinds;
    }

    /// <summary>One more character of a word: kept (lower-cased) and hashed while the word fits the buffer.</summary>
    private static void AddChar(Span<char> word, ref int wordLen, ref uint hash, char lower)
    {
        if (wordLen < word.Length)
        {
            word[wordLen] = lower;
            hash = Lexicons.WordTable.Step(hash, lower);
        }

        wordLen++;
    }

    private static bool IsIdeographic(char c) => c is (>= '\u3040' and <= '\u30ff') or (>= '\u3400' and <= '\u4dbf') or (>= '\u4e00' and <= '\u9fff') or (>= '\uf900' and <= '\ufaff');
}
