using System.Text.RegularExpressions;

namespace Prasa.Metadata;

/// <summary>Recognises byline lines ("By Jane Doe", "Autor: Jan Kowalski") and pulls the names out.</summary>
public static partial class BylineLine
{
    [GeneratedRegex(@"^\s*(?:by|von|par|por|di|door|autor(?:ka|in|en)?|autorzy|author|authors|auteur|autore|redaktion|opracowanie|oprac\.|text|tekst|written by|reported by)\s*[:\-–]?\s+(?<names>\p{Lu}.{1,150})$", RegexOptions.IgnoreCase)]
    private static partial Regex Byline();

    [GeneratedRegex(@"\s*(?:,|;|\band\b|\bund\b|\bi\b|\bet\b|\by\b|&)\s*")]
    private static partial Regex Separator();

    /// <summary>
    /// A byline inside a line: a plain byline word ("by", "von", "par") at the line's start, after a
    /// separator or after a date; an explicit phrase ("posted by", "gespeichert von") anywhere. Words from
    /// Lexicons/authors.txt; the names must look like names (capitalised words, or one user name).
    /// </summary>
    private static readonly Regex InlinePattern = new Regex(
        @"(?:(?:^|\n\s*|[|•·,(—–-]\s*|\d\s+)(?:" + Alternation("inline-plain") + @")|(?:^|\s)(?<phrase>" + Alternation("inline") + @"))"
        + @"\s*:?\s+(?<names>[\p{L}][\p{L}\p{M}\d.'’_-]*(?:,?[ \t]+(?:(?:und|and|i|et|y|&)[ \t]+)?(?![IiOoAa][nmt]\b)[\p{Lu}][\p{L}\p{M}.'’-]*){0,11})"
        + @"(?=[ \t]+(?:(?:am|on|le|el|il|um|at|dnia|mit|with|avec|con)\b|\d|(?:Foto|Fotos|Photo|Bild|Symbolbild|Symbolfoto)\b)|\s*[|•·(,\n]|\s+[-–—]\s|\s*$)",
        RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));

    private static string Alternation(string kind) => string.Join('|', Lexicons.LexiconFile.Read("authors.txt")
        .Where(r => r.Key == kind)
        .Select(r => "(?i:" + Regex.Escape(r.Value).Replace("\\ ", "\\s+", StringComparison.Ordinal) + ")"));

    [GeneratedRegex(@"\s[|•·–—-]\s|\s*\|\s*|,\s")]
    private static partial Regex PartSeparator();

    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{M}.'’-]+(?:\s+\p{Lu}[\p{L}\p{M}.'’-]+){1,3}$")]
    private static partial Regex NameShape();

    /// <summary>
    /// The part of a dateline that is a name: "04.02.2022 | 13:10 Uhr | Uta Helk", "25.10.2022 - Reiner Nagel",
    /// "Janic Cathomen, 01.12.2021".
    /// Only for lines already known to be date lines; the part must be two to four capitalised words.
    /// </summary>
    public static string? NamePart(string dateline)
    {
        string? found = null;
        foreach (var part in PartSeparator().Split(dateline))
        {
            var p = part.Trim();
            if (p.Length == 0 || p.Any(char.IsDigit))
            {
                continue;
            }

            if (!NameShape().IsMatch(p) || p.Split(' ').Any(w => DateWords.Months.ContainsKey(w.ToLowerInvariant().TrimEnd('.')) || DateWords.Weekdays.Contains(w.ToLowerInvariant())))
            {
                return null;
            }

            found = p;
        }

        return found;
    }

    /// <summary>The plain byline words ("by", "von", "oprac."), which the pattern takes after a line start, a separator or a number.</summary>
    private static readonly HashSet<string> PlainWords = new(
        Lexicons.LexiconFile.Read("authors.txt").Where(r => r.Key == "inline-plain").Select(r => r.Value), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlainLookup = PlainWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The explicit phrases ("posted by"), as their words, under their first word.</summary>
    private static readonly Dictionary<string, List<string[]>> Phrases = Lexicons.LexiconFile.Read("authors.txt")
        .Where(r => r.Key == "inline")
        .Select(r => r.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .GroupBy(w => w[0], StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, List<string[]>>.AlternateLookup<ReadOnlySpan<char>> PhraseLookup = Phrases.GetAlternateLookup<ReadOnlySpan<char>>();

    private const string Separators = "|•·,(—–-";

    /// <summary>
    /// What a plain byline word stands after where the pattern takes it: a line break, a separator, or a
    /// number (\d: any decimal digit), each perhaps followed by spaces. The line's start is the other place.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> PlainAnchors = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c == '\n' || Separators.Contains(c) || char.IsDigit(c))]);

    /// <summary>The letters a plain word may open with, in either case (as the case-blind lookup compares them): most words after an anchor open otherwise.</summary>
    private static readonly System.Buffers.SearchValues<char> PlainFirstLetters = FirstLetters(PlainWords);

    private static System.Buffers.SearchValues<char> FirstLetters(IEnumerable<string> words)
    {
        var upper = words.Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0])).ToHashSet();
        return System.Buffers.SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => upper.Contains(char.ToUpperInvariant(c)))]);
    }

    /// <summary>For each phrase, the ASCII stretch of its most telling word ("column" of "a column by"): a line without any cannot hold a phrase.</summary>
    private static readonly System.Buffers.SearchValues<string> PhraseNeedles = System.Buffers.SearchValues.Create(
        Phrases.Values.SelectMany(l => l).Select(p => p.Select(Lexicons.AsciiNeedle.Of).MaxBy(n => n.Length)!).Distinct().ToArray(),
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the inline pattern can match: somewhere a byline word stands where the pattern wants it
    /// (a plain word at the line's start, after a separator or after a number; a phrase, all its words,
    /// at the start or after a space) and a colon or space and a letter follow it. Most lines with "by"
    /// or "von" have it inside a sentence, where the pattern cannot match: they are told apart here, far
    /// faster than by the regex.
    /// </summary>
    private static bool MayMatch(ReadOnlySpan<char> text)
    {
        // A plain word stands at the line's start or right after an anchor and its spaces: only those places
        // are read, found by one vectorised search each (a search for the words themselves stops inside
        // every "maybe" and "report").
        if (text.Length > 0 && PlainFirstLetters.Contains(text[0]) && MayStartAt(text, 0, phrases: false))
        {
            return true;
        }

        var offset = 0;
        while (offset < text.Length)
        {
            var at = text[offset..].IndexOfAny(PlainAnchors);
            if (at < 0)
            {
                break;
            }

            var i = offset + at + 1;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            offset = offset + at + 1;
            if (i < text.Length && PlainFirstLetters.Contains(text[i]) && MayStartAt(text, i, phrases: false))
            {
                return true;
            }
        }

        if (text.IndexOfAny(PhraseNeedles) < 0)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if ((i == 0 || char.IsWhiteSpace(text[i - 1])) && char.IsLetter(text[i]) && MayStartAt(text, i, phrases: true))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a match may start with the word at <paramref name="i"/> (whole, or without its final dots): a plain word or a phrase's first.</summary>
    private static bool MayStartAt(ReadOnlySpan<char> text, int i, bool phrases)
    {
        var end = i;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '.'))
        {
            end++;
        }

        var word = text[i..end];
        var trimmed = word.TrimEnd('.');
        return MayStartWith(text, i, word, phrases) || (trimmed.Length < word.Length && MayStartWith(text, i, trimmed, phrases));
    }

    /// <summary>Whether a match may start with the lexicon word <paramref name="word"/> at <paramref name="i"/>.</summary>
    private static bool MayStartWith(ReadOnlySpan<char> text, int i, ReadOnlySpan<char> word, bool phrases)
    {
        if (!phrases)
        {
            return PlainLookup.Contains(word) && PlainWordFits(text, i) && NamesMayFollow(text, i + word.Length);
        }

        if (!PhraseLookup.TryGetValue(word, out var list) || (i > 0 && !char.IsWhiteSpace(text[i - 1])))
        {
            return false;
        }

        foreach (var phrase in list)
        {
            var pos = i + word.Length;
            var k = 1;
            for (; k < phrase.Length; k++)
            {
                var from = pos;
                while (pos < text.Length && char.IsWhiteSpace(text[pos]))
                {
                    pos++;
                }

                if (pos == from || !text[pos..].StartsWith(phrase[k], StringComparison.OrdinalIgnoreCase))
                {
                    break;
                }

                pos += phrase[k].Length;
            }

            if (k == phrase.Length && NamesMayFollow(text, pos))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A plain word stands at the line's start, after a line break, after a separator, or after a number and a space.</summary>
    private static bool PlainWordFits(ReadOnlySpan<char> text, int i)
    {
        if (i == 0)
        {
            return true;
        }

        var j = i - 1;
        for (; j >= 0 && char.IsWhiteSpace(text[j]); j--)
        {
            if (text[j] == '\n')
            {
                return true;
            }
        }

        return j >= 0 && (Separators.Contains(text[j]) || (j < i - 1 && char.IsDigit(text[j])));
    }

    /// <summary>What the pattern wants after the byline words: spaces around an optional colon, at least one after it, then a letter.</summary>
    private static bool NamesMayFollow(ReadOnlySpan<char> text, int p)
    {
        var j = p;
        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            j++;
        }

        if (j < text.Length && text[j] == ':')
        {
            var k = ++j;
            while (j < text.Length && char.IsWhiteSpace(text[j]))
            {
                j++;
            }

            return j > k && j < text.Length && char.IsLetter(text[j]);
        }

        return j > p && j < text.Length && char.IsLetter(text[j]);
    }

    /// <summary>The names a byline inside a line gives ("Posted by Anna on May 3" → "Anna"), or null.</summary>
    /// <param name="phraseOnly">Only a byline an explicit phrase opens ("ein Interview von", "posted by"), not a plain "von" or "by".</param>
    public static string? Inline(string text, bool phraseOnly = false)
    {
        var (names, phrase) = InlineMatch(text);
        return phraseOnly && !phrase ? null : names;
    }

    /// <summary>
    /// The names of the byline inside a line (as <see cref="Inline"/> gives them with phraseOnly false), and
    /// whether a phrase opened it: what a caller asking for both kinds may keep and ask once.
    /// </summary>
    public static (string? Names, bool Phrase) InlineMatch(string text)
    {
        if (!MayMatch(text))
        {
            return (null, false);
        }

        try
        {
            var m = InlinePattern.Match(text);
            if (!m.Success)
            {
                return (null, false);
            }

            // One word may be a user name ("rasos"); more words must each be capitalised.
            var names = m.Groups["names"].Value.Trim();
            return (names.Contains(' ', StringComparison.Ordinal) && !char.IsUpper(names[0]) ? null : names, m.Groups["phrase"].Success);
        }
        catch (RegexMatchTimeoutException)
        {
            return (null, false);
        }
    }

    [GeneratedRegex(@"^\s*(?i:autor(?:in|en|ka)?|autorzy|author|authors|auteur|autore|written by|published by|geschrieben von|verfasst von|text|words|interview|by|von|par|por|door)\s*:?\s*$")]
    private static partial Regex Label();

    [GeneratedRegex(@"(?:责任编辑|责编|作者|编辑|記者|筆者)\s*[:：]\s*(?<names>\p{Lo}{2,4}(?:\s*[、，,]\s*\p{Lo}{2,4}){0,5})(?=\s*[)）\]】]|\s*$)")]
    private static partial Regex CjkByline();

    /// <summary>The first characters of the <see cref="CjkByline"/> labels: a line without any cannot match.</summary>
    private static readonly System.Buffers.SearchValues<char> CjkBylineStarts = System.Buffers.SearchValues.Create("责作编記筆");

    /// <summary>The names of a Chinese or Japanese editor or author line ("(责编：牛镛、岳弘彬)", "责任编辑： 焦鹏"), or empty.</summary>
    public static IReadOnlyList<string> CjkNames(string text)
    {
        if (text.Length > 60 || text.AsSpan().IndexOfAny(CjkBylineStarts) < 0 || CjkByline().Match(text) is not { Success: true } m)
        {
            return [];
        }

        return m.Groups["names"].Value.Split(['、', '，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>A line that only announces the author ("Autor", "Author:"), whose name follows on the next line.</summary>
    public static bool IsLabel(string text) => text.Length <= 20 && StartsLikeLabel(text) && Label().IsMatch(text);

    /// <summary>
    /// Whether the first character after leading spaces may open <see cref="Label"/>: the first letters of its
    /// words ("autor", "by", "geschrieben von", "interview"…), either case. Most short lines fail here, before the regex.
    /// A letter outside ASCII goes on to the regex, whose case-blind match may take it for one of them.
    /// </summary>
    private static bool StartsLikeLabel(ReadOnlySpan<char> text)
    {
        var start = text.TrimStart();
        return !start.IsEmpty && (start[0] >= 128 || (start[0] | 0x20) is 'a' or 'w' or 'p' or 'g' or 'v' or 't' or 'i' or 'b' or 'd');
    }

    public static bool IsByline(string text) =>
        text.Length <= 160 && StartsLikeByline(text) && Byline().IsMatch(text)
        && (Extraction.Prose.Words(text) <= 12 || Extraction.Prose.SentenceEnds(text) == 0);

    /// <summary>
    /// Whether the first character after leading spaces may open <see cref="Byline"/>: the first letters of
    /// its words ("by", "von", "autor", "text", "written by"…), either case. Most lines fail here, before the regex.
    /// </summary>
    private static bool StartsLikeByline(ReadOnlySpan<char> text)
    {
        var start = text.TrimStart();
        return !start.IsEmpty && start[0] is 'b' or 'v' or 'p' or 'd' or 'a' or 'r' or 'o' or 't' or 'w'
            or 'B' or 'V' or 'P' or 'D' or 'A' or 'R' or 'O' or 'T' or 'W';
    }

    /// <summary>The names of a byline line, or empty when the line is not one.</summary>
    public static IReadOnlyList<string> Names(string text)
    {
        var m = Byline().Match(text.Trim());
        if (!m.Success || text.Length > 100)
        {
            return [];
        }

        var names = m.Groups["names"].Value;
        var cut = names.IndexOfAny(['|', '•', '·', '\n']);
        if (cut > 0)
        {
            names = names[..cut];
        }

        return Separator().Split(names).Select(n => n.Trim(' ', '.', ':')).Where(n => n.Length > 1 && n.Length < 60 && char.IsUpper(n[0])).ToList();
    }
}
