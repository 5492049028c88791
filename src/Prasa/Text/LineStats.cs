using System.Globalization;

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
    // Its stack buffers are written before they are read: not cleared first.
    [System.Runtime.CompilerServices.SkipLocalsInit]
    public static LineStats Of(ReadOnlySpan<char> text, Stopwords stop, Span<int> votes, int language, Stopwords? boiler = null, List<int>? stopLanguages = null)
    {
        var s = new LineStats { Chars = text.Length };
        var both = boiler is null ? null : stop.WithOther(boiler);
        // Counted in locals, not in the struct's fields: the processor keeps them in registers.
        int letters = 0, upper = 0, digits = 0, punct = 0, commas = 0, words = 0, capWords = 0, wordChars = 0, sentenceEnds = 0, stops = 0, boilers = 0, separators = 0, glued = 0;
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
                if (kind == LowerKind)
                {
                    // The commonest case, a run of lower-case ASCII letters inside a word, in a loop of its own.
                    var run = i;
                    do
                    {
                        if (wordLen < word.Length)
                        {
                            word[wordLen] = c;
                            hash = Lexicons.WordTable.Step(hash, c);
                        }

                        wordLen++;
                        run++;
                    }
                    while (run < text.Length && char.IsAsciiLetterLower(c = text[run]));

                    letters += run - i;
                    lowerRun += run - i;
                    i = run - 1;
                    continue;
                }

                if (kind >= LowerKind)
                {
                    if (wordLen == 0 && kind == UpperKind)
                    {
                        capWords++;
                    }
                    else if (lowerRun >= 3 && kind == UpperKind)
                    {
                        glued++;
                    }

                    // Upper-case letters and digits: lower-case ones took the loop above.
                    lowerRun = 0;

                    if (kind == DigitKind)
                    {
                        digits++;
                        lower = c;
                    }
                    else
                    {
                        letters++;
                        if (kind == UpperKind)
                        {
                            upper++;
                        }

                        lower = (char)(c | 0x20);
                    }

                    if (wordLen < word.Length)
                    {
                        word[wordLen] = lower;
                        hash = Lexicons.WordTable.Step(hash, lower);
                    }

                    wordLen++;
                    continue;
                }
            }
            else if (IsIdeographic(c))
            {
                // Chinese and Japanese write no spaces: each ideograph or kana counts as a word, so a
                // sentence there weighs what it weighs in a spaced script.
                lowerRun = 0;
                letters++;
                words++;
                wordChars++;
                if (wordLen > 0)
                {
                    words++;
                    wordChars += wordLen;
                    wordLen = 0;
                    hash = Lexicons.WordTable.Seed;
                }

                continue;
            }
            else if (char.GetUnicodeCategory(c) is var category && (category <= UnicodeCategory.OtherLetter || category == UnicodeCategory.DecimalDigitNumber))
            {
                // One category lookup answers what char.IsLetterOrDigit, IsUpper, IsLower and IsLetter each look up.
                var isUpper = category == UnicodeCategory.UppercaseLetter;
                if (wordLen == 0 && isUpper)
                {
                    capWords++;
                }
                else if (lowerRun >= 3 && isUpper)
                {
                    glued++;
                }

                lowerRun = category == UnicodeCategory.LowercaseLetter ? lowerRun + 1 : 0;

                if (category <= UnicodeCategory.OtherLetter)
                {
                    letters++;
                    if (isUpper)
                    {
                        upper++;
                    }
                }
                else
                {
                    digits++;
                }

                var lowered = Lexicons.InvariantLower.Of(c);
                if (wordLen < word.Length)
                {
                    word[wordLen] = lowered;
                    hash = Lexicons.WordTable.Step(hash, lowered);
                }

                wordLen++;
                continue;
            }

            lowerRun = 0;
            if (wordLen > 0)
            {
                words++;
                wordChars += wordLen;
                if (wordLen <= word.Length)
                {
                    // One lookup answers both lists (a word in neither, the usual case, costs one bit test).
                    int lang;
                    if (both is not null)
                    {
                        both.TryGetValue(word[..wordLen], hash, out var value);
                        boilers += value >> 16;
                        lang = (value & (Stopwords.InOther - 1)) - 2;
                    }
                    else
                    {
                        lang = stop.Find(word[..wordLen], hash);
                    }

                    if (lang != -2)
                    {
                        stopLanguages?.Add(lang);
                        if (lang >= 0 && votes.Length > lang)
                        {
                            votes[lang]++;
                        }

                        if (language < 0 || lang == -1 || lang == language)
                        {
                            stops++;
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
                punct++;
                switch (c)
                {
                    case ',':
                        commas++;
                        break;
                    case '|' or '•' or '·' or '»' or '›' or '/' or '>':
                        separators++;
                        break;
                    default:
                        if (i > 0 && Extraction.Prose.IsSentenceEnd(text, i))
                        {
                            sentenceEnds++;
                        }

                        break;
                }
            }
        }

        (s.Letters, s.Upper, s.Digits, s.Punct, s.Commas, s.Words, s.CapWords) = (letters, upper, digits, punct, commas, words, capWords);
        (s.WordChars, s.SentenceEnds, s.Stop, s.Boiler, s.Separators, s.Glued) = (wordChars, sentenceEnds, stops, boilers, separators, glued);
        if (text.Length > 0)
        {
            var last = text[^1];
            s.EndsSentence = last is '.' or '!' or '?' or '…' or '"' or '”' or '»' or '。' or ')' && !(text.Length > 1 && text[^2] == '.' && last == '.');
            s.EndsColon = last == ':';
            s.StartsUpper = char.IsUpper(text[0]);
            s.StartsQuote = text[0] is '"' or '„' or '“' or '«' or '–' or '—' or '-' or '\'';
            s.HasUrl = text.IndexOfAny('@', '©') >= 0 || text.IndexOfAny(UrlStarts) >= 0;
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

    /// <summary>"http" and "www.", found by one vectorised search.</summary>
    private static readonly System.Buffers.SearchValues<string> UrlStarts = System.Buffers.SearchValues.Create(["http", "www."], StringComparison.Ordinal);

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

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsIdeographic(char c) => c is (>= '\u3040' and <= '\u30ff') or (>= '\u3400' and <= '\u4dbf') or (>= '\u4e00' and <= '\u9fff') or (>= '\uf900' and <= '\ufaff');
}
