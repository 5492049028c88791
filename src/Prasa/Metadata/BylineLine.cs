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
        @"(?:(?:^|\n\s*|[|•·,(—–-]\s*|\d\s+)(?:" + Alternation("inline-plain") + @")|(?:^|\s)(?:" + Alternation("inline") + @"))"
        + @"\s*:?\s+(?<names>[\p{L}][\p{L}\p{M}\d.'’_-]*(?:,?[ \t]+(?:(?:und|and|i|et|y|&)[ \t]+)?(?![IiOoAa][nmt]\b)[\p{Lu}][\p{L}\p{M}.'’-]*){0,11})"
        + @"(?=[ \t]+(?:(?:am|on|le|el|il|um|at|dnia|mit|with|avec|con)\b|\d)|\s*[|•·(,\n]|\s+[-–—]\s|\s*$)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromMilliseconds(50)).Warmed();

    /// <summary>The first word of every inline byline phrase: the pattern cannot match a line without one of them.</summary>
    private static readonly HashSet<string> FirstWords = new(
        Lexicons.LexiconFile.Read("authors.txt").Where(r => r.Key is "inline" or "inline-plain")
            .Select(r => r.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The <see cref="FirstWords"/> as ASCII stretches (see <see cref="Lexicons.AsciiNeedle"/>): a vectorised
    /// search finds where one may stand far faster than the regex, and the whole word is then checked.
    /// </summary>
    private static readonly System.Buffers.SearchValues<string> InlineWords = System.Buffers.SearchValues.Create(
        FirstWords.Select(Lexicons.AsciiNeedle.Of).Distinct().ToArray(), StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWordLookup = FirstWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Runs a compiled pattern once, so that compiling its code does not count against the match timeout
    /// of the first real line (under load that could drop the first page's author).
    /// </summary>
    private static Regex Warmed(this Regex pattern)
    {
        try
        {
            pattern.IsMatch("Posted by Anna Nowak on 3 May");
        }
        catch (RegexMatchTimeoutException)
        {
            // Only the compilation was slow; later matches run the compiled code.
        }

        return pattern;
    }

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

    /// <summary>
    /// Whether a whole byline word stands somewhere in the text: the pattern wants it after a space, a
    /// separator or the line's start and before a space or colon, so "by" in "maybe" and "a" in "and"
    /// (most hits of the short words) cannot match.
    /// </summary>
    private static bool HasWordStart(ReadOnlySpan<char> text)
    {
        var offset = 0;
        while (offset < text.Length)
        {
            var at = text[offset..].IndexOfAny(InlineWords);
            if (at < 0)
            {
                return false;
            }

            var i = offset + at;
            if (i == 0 || !char.IsLetterOrDigit(text[i - 1]))
            {
                var end = i;
                while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '.'))
                {
                    end++;
                }

                var word = text[i..end];
                if (FirstWordLookup.Contains(word) || FirstWordLookup.Contains(word.TrimEnd('.')))
                {
                    return true;
                }
            }

            offset = i + 1;
        }

        return false;
    }

    /// <summary>The names a byline inside a line gives ("Posted by Anna on May 3" → "Anna"), or null.</summary>
    public static string? Inline(string text)
    {
        if (!HasWordStart(text))
        {
            return null;
        }

        try
        {
            var m = InlinePattern.Match(text);
            if (!m.Success)
            {
                return null;
            }

            // One word may be a user name ("rasos"); more words must each be capitalised.
            var names = m.Groups["names"].Value.Trim();
            return names.Contains(' ', StringComparison.Ordinal) && !char.IsUpper(names[0]) ? null : names;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^\s*(?i:autor(?:in|en|ka)?|autorzy|author|authors|auteur|autore|written by|published by|geschrieben von|verfasst von|text|words|interview|by|von|par|por|door)\s*:?\s*$")]
    private static partial Regex Label();

    [GeneratedRegex(@"(?:责任编辑|责编|作者|编辑|記者|筆者)\s*[:：]\s*(?<names>\p{Lo}{2,4}(?:\s*[、，,]\s*\p{Lo}{2,4}){0,5})(?=\s*[)）\]】]|\s*$)")]
    private static partial Regex CjkByline();

    /// <summary>The names of a Chinese or Japanese editor or author line ("(责编：牛镛、岳弘彬)", "责任编辑： 焦鹏"), or empty.</summary>
    public static IReadOnlyList<string> CjkNames(string text)
    {
        if (text.Length > 60 || CjkByline().Match(text) is not { Success: true } m)
        {
            return [];
        }

        return m.Groups["names"].Value.Split(['、', '，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>A line that only announces the author ("Autor", "Author:"), whose name follows on the next line.</summary>
    public static bool IsLabel(string text) => text.Length <= 20 && Label().IsMatch(text);

    public static bool IsByline(string text) =>
        text.Length <= 160 && Byline().IsMatch(text)
        && (Extraction.Prose.Words(text) <= 12 || Extraction.Prose.SentenceEnds(text) == 0);

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
