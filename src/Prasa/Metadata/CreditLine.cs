using Prasa.Lexicons;

namespace Prasa.Metadata;

/// <summary>Recognises photo credit lines: "Foto: AFP", "Fot. PAP/Leszek Szymański", "Getty Images", "© Reuters".</summary>
public static class CreditLine
{
    private static readonly string[] Prefixes = Read("prefix").OrderByDescending(p => p.Length).ToArray();
    private static readonly string[] LineStarts = Read("prefix").Concat(Read("source")).OrderByDescending(p => p.Length).ToArray();
    private static readonly HashSet<string> Agencies = new(Read("agency"), StringComparer.Ordinal);

    public static bool IsCredit(string text)
    {
        if (text.Length > 80 || text.Length < 2)
        {
            return false;
        }

        var line = InvariantLower.Of(text.Trim().TrimStart('©', '(', '（', ' ').TrimEnd(')', '）', ' ', '.'));
        if (text.TrimStart().StartsWith('©') && line.Length < 60)
        {
            return true;
        }

        foreach (var prefix in LineStarts)
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal) && line.Length > prefix.Length
                && line[prefix.Length] is ':' or '.' or '/' or '|' or '：' && line.Length < 70)
            {
                return true;
            }
        }

        // "Hector Andrade | Agencia UNO": a name and a part that calls itself an agency.
        if (line.Length < 60 && line.IndexOfAny(['|', '/']) > 0)
        {
            foreach (var part in line.Split('|', '/'))
            {
                if (AgencyWords.Any(w => part.Contains(w, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        // "Getty Images", "REUTERS/Kacper Pempel", "PAP/EPA": every part an agency or a short name after a slash.
        // "Sanjeev Verma/Hindustan Times/Getty Images": names and outlets before an agency at the end.
        var parts = line.Split('/', ';', ',', '|');
        return (Agencies.Contains(parts[0].Trim()) && parts.Skip(1).All(p => p.Trim().Length < 40))
            || (parts.Length is > 1 and <= 4 && line.Length < 70 && Agencies.Contains(parts[^1].Trim()) && parts.All(p => p.Trim().Length is > 0 and < 40));
    }

    /// <summary>The longest caption an agency's name closes after a space: a story's last paragraph is longer.</summary>
    private const int MaxSpacedAgencyCaption = 160;

    /// <summary>A caption with its credit glued on: "Eurocash rusza z platformą, fot. shutterstock".</summary>
    // Its stack buffers are written before they are read: not cleared first.
    [System.Runtime.CompilerServices.SkipLocalsInit]
    public static bool HasGluedCredit(string text)
    {
        if (text.Length > 300)
        {
            return false;
        }

        // "… © Rike/pixelio.de", "… (mlharing / iStock.com)": a copyright sign or a credit in brackets at the end.
        var copyright = text.LastIndexOf('©');
        if (copyright > 0 && text.Length - copyright < 80)
        {
            return true;
        }

        if (text.EndsWith(')') && text.LastIndexOf('(') is var open and > 0 && text.Length - open < 60)
        {
            var inner = InvariantLower.Of(text.AsSpan()[(open + 1)..^1]);
            var parts = inner.Replace(" via ", "/", StringComparison.Ordinal).Split('/', ',');
            if (parts.Length > 1 && parts.Any(p => Agencies.Contains(p.Trim()) || p.Trim().EndsWith(".com", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        // Every test below looks at the last 80 characters or less: lower-case only those (and some margin).
        Span<char> buffer = stackalloc char[120];
        var lower = buffer[..InvariantLower.Into(text.AsSpan(Math.Max(0, text.Length - 120)), buffer)];

        // "… Risiken bergen.dpa", "… in New York.Reuters": a closed sentence, then the agency alone, glued on where the
        // page set it apart. Spaced ("… el 11 de febrero. EFE", "… 라이브'를 하고 있다. 뉴시스") it may also sign a story's
        // last paragraph, so only a line of a caption's length counts; in brackets ("… gerast sein soll. (dpa)") it
        // signs a story as often as a photo and never counts.
        var stop = lower.TrimEnd().LastIndexOfAny('.', '!', '?');
        if (stop > 0 && stop >= lower.Length - 30 && lower[..stop].Count(' ') >= 5 && AgencyLookup.Contains(lower[(stop + 1)..].Trim())
            && (lower[stop + 1] != ' ' || text.Length <= MaxSpacedAgencyCaption))
        {
            return true;
        }

        // "… Uwe Schubert möchte punkten. IMAGO/Nico Herbertz": an agency and a name after a slash at the end.
        var slash = lower.LastIndexOf('/');
        if (slash > 0 && lower.Length - slash < 40)
        {
            var start = lower[..slash].LastIndexOf(' ') + 1;
            if (start > 0 && AgencyLookup.Contains(lower[start..slash].Trim()))
            {
                return true;
            }

            // "… near the station. Anna Berg/City Times/Getty Images": names and outlets up to an agency.
            if (AgencyLookup.Contains(lower[(slash + 1)..].Trim().TrimEnd(".)")))
            {
                return true;
            }
        }

        // A prefix counts where it last stands, followed by a colon or a full stop: a prefix that stands
        // before none of the line's colons and full stops is not searched for.
        Span<int> marks = stackalloc int[lower.Length];
        var markCount = 0;
        for (var p = 0; p < lower.Length; p++)
        {
            if (lower[p] is ':' or '.')
            {
                marks[markCount++] = p;
            }
        }

        foreach (var prefix in Prefixes)
        {
            if (prefix.Length < 3 || !StandsBeforeMark(lower, marks[..markCount], prefix))
            {
                continue;
            }

            var at = lower.LastIndexOf(prefix, StringComparison.Ordinal);
            // The credit names someone after the mark: "… in new photos." ends a sentence.
            if (at > 0 && at + prefix.Length < lower.Length && lower[at + prefix.Length] is ':' or '.'
                && HasLetter(lower[(at + prefix.Length + 1)..])
                && (lower[at - 1] is ' ' or '(' or ',' or '|' or '/' or '–' or '-') && lower.Length - at < 80)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the prefix stands right before one of the colons or full stops of the line (at <paramref name="marks"/>).</summary>
    private static bool StandsBeforeMark(ReadOnlySpan<char> lower, ReadOnlySpan<int> marks, string prefix)
    {
        foreach (var p in marks)
        {
            if (p >= prefix.Length && lower[(p - prefix.Length)..p].SequenceEqual(prefix))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AgencyLookup = Agencies.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Markers = Read("marker").ToArray();
    private static readonly string[] AgencyWords = Read("agencyword").ToArray();
    private static readonly string[] Figures = Read("figure").OrderByDescending(f => f.Length).ToArray();

    /// <summary>A short paragraph that says what a photo shows: "(na zdjęciu Mateusz Morawiecki)", "Pictured: …".</summary>
    // Its stack buffers are written before they are read: not cleared first.
    [System.Runtime.CompilerServices.SkipLocalsInit]
    public static bool IsCaptionByWording(string text)
    {
        if (text.Length > 400)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[text.Length];
        var lower = buffer[..InvariantLower.Into(text, buffer)];
        foreach (var figure in Figures)
        {
            if (lower.StartsWith(figure, StringComparison.Ordinal) && lower.Length > figure.Length + 2)
            {
                var rest = lower[figure.Length..].TrimStart('.').TrimStart();
                if (rest.Length > 0 && (char.IsDigit(rest[0]) || rest[0] == ':'))
                {
                    return true;
                }
            }
        }

        // A marker counts at the start, or where it first stands when a bracket opens it: without a
        // bracket in the line only the start needs looking at.
        var bracketed = lower.IndexOfAny('(', '[') >= 0;
        foreach (var marker in Markers)
        {
            if (lower.StartsWith(marker, StringComparison.Ordinal))
            {
                return true;
            }

            if (bracketed && lower.IndexOf(marker, StringComparison.Ordinal) is var at and > 0 && lower[at - 1] is '(' or '[')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An agency signature closing a story: "aja/PAP", "(AFP)", "mp/dpa".</summary>
    public static bool IsSignature(string text)
    {
        var line = InvariantLower.Of(text.Trim().Trim('(', ')', '[', ']'));

        // "mit dpa", "with AP", "z PAP": the agency the story came with.
        foreach (var with in (string[])["mit ", "with ", "z ", "avec ", "con "])
        {
            if (line.StartsWith(with, StringComparison.Ordinal) && Agencies.Contains(line[with.Length..].Trim()))
            {
                return true;
            }
        }

        if (line.Length is < 2 or > 40 || line.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var parts = line.Split('/', ',');
        return parts.Any(p => Agencies.Contains(p)) && parts.All(p => p.Length is > 0 and <= 12 && p.All(c => char.IsLetter(c) || c == '.' || c == '-'));
    }

    /// <summary>Initials of the editor alone on a line: "amw", "(jk)". Only meaningful as a story's last line.</summary>
    public static bool IsInitials(string text)
    {
        var line = text.Trim().Trim('(', ')');
        return line.Length is >= 2 and <= 4 && line.All(char.IsAsciiLetterLower);
    }

    private static IEnumerable<string> Read(string kind) =>
        LexiconFile.Read("credits.txt").Where(r => r.Key == kind).Select(r => r.Value);
}
