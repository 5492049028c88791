using System.Text.RegularExpressions;
using Prasa.Lexicons;

namespace Prasa.Metadata;

/// <summary>
/// Cleans author values into people's names: strips byline words ("By", "Zeige alle Beiträge von"),
/// cuts what follows the name (dates, "| Site", "(role)"), splits "A, B and C", and rejects what names
/// no person (agencies, desks, placeholders, URLs, the site itself). Word lists: Lexicons/authors.txt.
/// </summary>
public static partial class AuthorName
{
    private static readonly (string Key, string Value)[] Rows = [.. LexiconFile.Read("authors.txt")];
    private static readonly string[] Prefixes = [.. Rows.Where(r => r.Key == "prefix").Select(r => r.Value).OrderByDescending(p => p.Length)];
    private static readonly HashSet<string> Suffixes = Set("suffix");
    private static readonly HashSet<string> NonPersons = Set("nonperson");
    private static readonly HashSet<string> Desks = Set("desk");
    private static readonly HashSet<string> Agencies = Set("agency");
    private static readonly HashSet<string> OrgWords = Set("orgword");
    private static readonly HashSet<string> Credits = Set("credit");
    private static readonly HashSet<string> PrefixSet = Set("prefix");
    private static readonly HashSet<string> Particles = Set("particle");
    private static readonly HashSet<string> Roles = Set("role");
    private static readonly HashSet<string> JobTitles = Set("jobtitle");
    private static readonly HashSet<string> Honorifics = Set("honorific");

    /// <summary>Academic titles before a name ("dr.", "prof."), lower case.</summary>
    internal static HashSet<string> AcademicTitles { get; } = Set("academic");
    private static readonly string[] Joiners = [.. Rows.Where(r => r.Key == "joiner").Select(r => r.Value)];

    [GeneratedRegex(@"\s*(?:[,;]|\s(?:and|und|i|oraz|et|y|e|&)\s)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^[\p{L}*/]{3,24}\s*:\s+(?=\p{Lu})")]
    private static partial Regex RoleLabel();

    [GeneratedRegex(@"^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:[a-z]{2}|com|net|org|info|biz|online|news|media)$")]
    private static partial Regex DomainName();

    /// <summary>Every person named in an author value ("By A and B | Site" → A, B).</summary>
    /// <param name="declared">The value is declared a person's name (JSON-LD): words written in lower case ("Mobasir hassan", "Catch more fish") still make a name.</param>
    /// <param name="owner">The person a personal site is named for (<see cref="SiteOwner"/>): not left out as the site.</param>
    public static IEnumerable<string> People(string value, IReadOnlyCollection<string>? organisations = null, bool declared = false, string? owner = null)
    {
        var s = Decoded(value);
        s = StripPrefix(s);

        // "Photograph by Jeremy Holden, Fauna & Flora International": a credit names no writer, nor do its parts.
        if (OpensWithCredit(s))
        {
            yield break;
        }

        // "Kolumnist*in: Evan Tepest": one word and a colon label the name that follows ("Photo:" labels a credit).
        if (RoleLabel().Match(s) is { Success: true } role)
        {
            s = s[role.Length..];
        }

        s = StripRole(s);
        s = CutTail(s);
        if (organisations is not null)
        {
            s = CutAtOrganisation(s, organisations);
        }

        s = WithoutPlace(s);
        var names = Separator().Split(Joined(s)).Select(p => Clean(p, organisations, declared, owner)).ToList();

        // "SPIEGEL ONLINE, Hamburg, Germany": beside a part that names no person, lone words are the
        // organisation's address, not people.
        var rejected = names.Contains(null);
        foreach (var name in names)
        {
            if (name is not null && (!rejected || name.Contains(' ', StringComparison.Ordinal)))
            {
                yield return name;
            }
        }
    }

    /// <summary>
    /// "Anna Sleegers, Frankfurt", "Markus M. Haefliger, London, Beat Bumbacher": one capitalised word after
    /// a comma, right behind a full name, is the place that writer filed from (a dateline), not a writer.
    /// </summary>
    private static string WithoutPlace(string s)
    {
        if (!s.Contains(", ", StringComparison.Ordinal))
        {
            return s;
        }

        var parts = s.Split(", ");
        var kept = new List<string>(parts.Length) { parts[0] };
        for (var i = 1; i < parts.Length; i++)
        {
            if (!IsPlace(parts[i].Trim()) || !IsFullName(parts[i - 1].Trim()))
            {
                kept.Add(parts[i]);
            }
        }

        return kept.Count == parts.Length ? s : string.Join(", ", kept);

        static bool IsPlace(string part) =>
            part.Length >= 3 && char.IsUpper(part[0]) && part.IndexOfAny([' ', '/', '&']) < 0 && part.AsSpan(1).ContainsAnyInRange('a', 'z');

        static bool IsFullName(string part) =>
            part.Contains(' ', StringComparison.Ordinal) && !part.Contains(" und ", StringComparison.Ordinal) && !part.Contains(" and ", StringComparison.Ordinal);
    }

    /// <summary>An author value with its entities decoded and single spaces.</summary>
    private static string Decoded(string value)
    {
        var s = value.Contains('&', StringComparison.Ordinal) ? System.Net.WebUtility.HtmlDecode(value) : value;

        // "Mat\u00adthi\u00adas": soft hyphens and zero-width marks a hyphenation plugin put into the name.
        if (s.AsSpan().IndexOfAny(Invisible) >= 0)
        {
            s = string.Concat(s.Where(c => !Invisible.Contains(c)));
        }

        return Spaces().Replace(s, " ").Trim();
    }

    private static readonly System.Buffers.SearchValues<char> Invisible = System.Buffers.SearchValues.Create("\u00ad\u200b\u200c\u200d\u2060\ufeff");

    /// <summary>"Photograph by …", "Foto: …": a value opening with a credit word names no writer.</summary>
    private static bool OpensWithCredit(string s) => Credits.Contains(s.Split(' ')[0].TrimEnd('.', ':').ToLowerInvariant());

    /// <summary>"Richard David Precht im Gespräch mit Karin Fischer": both are the page's authors, parted as by a comma.</summary>
    private static string Joined(string s)
    {
        foreach (var joiner in Joiners)
        {
            s = s.Replace(" " + joiner + " ", ", ", StringComparison.OrdinalIgnoreCase);
        }

        return s;
    }

    /// <summary>
    /// The organisations an author value names where a person could stand ("Jan Kowalski, PAP" → PAP;
    /// "Associated Press", "Redaktion", the site's own name): the page's credit, not its authors.
    /// </summary>
    public static IEnumerable<string> Organisations(string value, IReadOnlyCollection<string> organisations)
    {
        var s = Decoded(value);
        if (OpensWithCredit(s) || HasPhrase(s))
        {
            yield break;
        }

        // A desk that signs with the word alone ("Redaktion") stands for the desk, not for a byline word.
        var folded = s.ToLowerInvariant();
        if (Desks.Contains(folded) || Agencies.Contains(folded))
        {
            yield return s;
            yield break;
        }

        foreach (var part in Separator().Split(Joined(CutTail(StripRole(StripPrefix(s))))))
        {
            if (Judge(part, organisations, false, null).Organisation is not { } org)
            {
                continue;
            }

            // A name, not a generic word ("Nachrichten") or a phrase ("news service reports").
            var key = org.ToLowerInvariant();
            if (DomainName().IsMatch(key) || Desks.Contains(key) || Agencies.Contains(key) || (org.Any(char.IsUpper) && !OrgWords.Contains(key)))
            {
                yield return org;
            }
        }
    }

    /// <summary>
    /// "Rechtsanwalt Sebastian Einbock", "FOCUS-Online-Experte Robin Tschöpe": a job title before the name
    /// (alone or as the last part of a hyphened word) is not part of it.
    /// </summary>
    private static string StripRole(string s)
    {
        var space = s.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || s.IndexOf(' ', space + 1) < 0)
        {
            return s;
        }

        var first = s[..space].ToLowerInvariant();
        var last = first[(first.LastIndexOf('-') + 1)..];
        return Roles.Contains(first) || Roles.Contains(last) ? s[(space + 1)..] : s;
    }

    /// <summary>"Adam Aaronson PhillyVoice Staff": the site's name after the name starts a tail.</summary>
    private static string CutAtOrganisation(string s, IReadOnlyCollection<string> organisations)
    {
        var words = s.Split(' ');
        for (var i = 2; i < words.Length; i++)
        {
            var folded = words[i].ToLowerInvariant();
            if (folded.Length >= 3 && char.IsUpper(words[i][0]) && Text.Stopwords.Default.Find(folded) == -2 && organisations.Any(o => SameOrganisation(folded, o)))
            {
                return string.Join(' ', words[..i]);
            }
        }

        return s;
    }

    /// <summary>One name, cleaned, or null when it names no person.</summary>
    public static string? Clean(string name, IReadOnlyCollection<string>? organisations = null, bool declared = false, string? owner = null) =>
        Judge(name, organisations, declared, owner).Person;

    /// <summary>
    /// One name, cleaned, as a person's, or as an organisation's (an agency, a desk, a company, a domain,
    /// the site itself) when it names one; both null for what is neither (placeholders, credits, phrases).
    /// </summary>
    private static (string? Person, string? Organisation) Judge(string name, IReadOnlyCollection<string>? organisations, bool declared, string? owner)
    {
        var s = Spaces().Replace(name, " ").Trim(' ', ',', ';', ':', '|', '-', '–', '—', '·', '•', '/', '&', '"', '\'', '“', '”', '„');

        // "Peter Maahn/SP-X": a source glued on with a slash.
        if (s.IndexOf('/', StringComparison.Ordinal) is > 2 and var slash && s[..slash].Contains(' ', StringComparison.Ordinal) && !s[..slash].Contains('.', StringComparison.Ordinal))
        {
            s = s[..slash].TrimEnd();
        }

        s = StripPrefix(s);
        if (s.EndsWith('.') && s.LastIndexOf(' ') is var sp && s.Length - sp - 1 > 4)
        {
            s = s[..^1];
        }

        s = Undoubled(WithoutDateTail(s));
        if (s.Contains("...", StringComparison.Ordinal) || s.Contains('…', StringComparison.Ordinal))
        {
            return default;
        }

        if (s.Length < 2 || s.Length > 60 || s.Contains("://", StringComparison.Ordinal) || s.Contains('@')
            || s.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || !s.Any(char.IsLetter) || char.IsDigit(s[0]))
        {
            return default;
        }

        var folded = s.ToLowerInvariant();

        // "INTERIA.PL", "Wizaz.pl": a domain name is a site, not a person; "ORF.at/ Agenturen" the site and its sources.
        if (DomainName().IsMatch(folded) || (folded.IndexOf('/', StringComparison.Ordinal) is > 0 and var cut && DomainName().IsMatch(folded[..cut])))
        {
            return (null, s);
        }

        var words = folded.Split(' ');

        // "sv_team", "TVT-Redaktion", "NMB-Media": a word joined to an organisation word is a desk's or a company's name.
        if (words.Length == 1 && folded.IndexOfAny(['_', '-']) > 0 && OrgWords.Contains(folded.Split('_', '-')[^1]))
        {
            return (null, s);
        }

        if (NonPersons.Contains(folded) || PrefixSet.Contains(folded) || words.Length > 5 || Credits.Contains(words[0].TrimEnd('.', ':')))
        {
            return default;
        }

        if (Agencies.Contains(folded) || Desks.Contains(folded) || words.Any(w => OrgWords.Contains(w.Trim('.', ',', '(', ')')))
            || OrgWords.Any(o => o.Contains(' ', StringComparison.Ordinal) && folded.Contains(o, StringComparison.Ordinal)))
        {
            return (null, s);
        }

        // "deinen Hochzeitsbloggern": several words of which the first is lower case are a phrase, not a
        // name, unless that word is a name particle ("de la Cruz", "von Aachen").
        if (s.Contains(' ') && char.IsLower(s[0]) && !Particles.Contains(words[0]))
        {
            return default;
        }

        // "Zuletzt geändert", "Please enter your name here": a lower-case word inside that is no name
        // particle makes a phrase — unless JSON-LD declares a person of up to three words ("Mobasir
        // hassan", a forum account "Catch more fish").
        if (words.Skip(1).Zip(s.Split(' ').Skip(1)).Any(w => w.Second.Length > 1 && char.IsLower(w.Second[0]) && !Particles.Contains(w.First))
            && !(declared && words.Length <= 3 && char.IsUpper(s[0]) && words.Skip(1).All(w => w.All(char.IsLetter))))
        {
            return default;
        }

        // "Ulrich ExnerKorrespondent": the job title glued to the surname, one word.
        if (words.Length >= 2 && GluedJobTitle(s) is > 0 and var glue)
        {
            return Judge(s[..glue], organisations, declared, owner);
        }

        // "Globe Correspondent", "Staff Columnist": the job title after the name's comma, not a second name. A dump
        // may glue the title to the name ("Michael HiltzikBusiness Columnist"): the name ends where a capital
        // follows a lower-case letter inside the word before the title's last word ("McDonald" is no such place).
        if (words.Length >= 2 && JobTitles.Contains(words[^1]))
        {
            var spaced = s.Split(' ');
            var glued = spaced[^2];
            for (var k = 4; words.Length >= 3 && k < glued.Length; k++)
            {
                if (char.IsUpper(glued[k]) && char.IsLower(glued[k - 1]) && Capitals(glued.AsSpan(0, k)) == 1)
                {
                    return Judge(string.Join(' ', spaced[..^2]) + " " + glued[..k], organisations, declared, owner);
                }
            }

            return default;

            static int Capitals(ReadOnlySpan<char> word)
            {
                var n = 0;
                foreach (var c in word)
                {
                    n += char.IsUpper(c) ? 1 : 0;
                }

                return n;
            }
        }

        // A weekday alone ("Donnerstag") is what a date line left behind.
        if (words.Length == 1 && DateWords.Weekdays.Contains(folded.TrimEnd(',', '.')))
        {
            return default;
        }

        if (organisations is not null && !string.Equals(s, owner, StringComparison.OrdinalIgnoreCase) && organisations.Any(o => SameOrganisation(folded, o)))
        {
            return (null, s);
        }

        return (s, null);
    }

    /// <summary>Where a job title glued to the last word starts ("ExnerKorrespondent"): a capital after a lower-case letter; -1 when none.</summary>
    private static int GluedJobTitle(string s)
    {
        var last = s.LastIndexOf(' ') + 1;
        for (var k = s.Length - 4; k > last + 2; k--)
        {
            if (char.IsUpper(s[k]) && char.IsLower(s[k - 1]) && JobTitles.Contains(s[k..].ToLowerInvariant()))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>"Regan September", "Malcolm Owen Monday": the month or weekday of a date line glued after the name.</summary>
    private static string WithoutDateTail(string s)
    {
        Span<char> buffer = stackalloc char[16];
        while (s.LastIndexOf(' ') is > 0 and var space)
        {
            // Short month names ("May", "June") and weekday abbreviations ("Sun", "Do", "Mo") are surnames
            // too, and so are some weekdays ("Billy Sunday"): a weekday goes only where two names stay.
            // Most last words are shorter or longer than any month or weekday: lower-cased only in between.
            var word = s.AsSpan(space + 1).TrimEnd(",.");
            if (word.Length is < 6 or > 16)
            {
                break;
            }

            var last = buffer[..Lexicons.InvariantLower.Into(word, buffer)];
            var month = last.Length >= 7 && MonthNames.ContainsKey(last);
            var weekday = WeekdayNames.Contains(last) && s.AsSpan(0, space).Contains(' ');
            if (!month && !weekday)
            {
                break;
            }

            s = s[..space].TrimEnd(' ', ',');
        }

        return s;
    }

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthNames = DateWords.Months.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WeekdayNames = DateWords.Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"Olivier Minot Olivier Minot": a name the markup wrote twice over.</summary>
    private static string Undoubled(string s)
    {
        // Every value passes here and few are doubled: count the words before splitting them.
        var count = s.AsSpan().Count(' ') + 1;
        if (count < 4 || count % 2 != 0)
        {
            return s;
        }

        var words = s.Split(' ');
        var half = words.Length / 2;
        return words.AsSpan(0, half).SequenceEqual(words.AsSpan(half)) ? string.Join(' ', words[..half]) : s;
    }

    /// <summary>
    /// True when a part of the value is a phrase, not a name ("Krótko o przepisach prawa w Nowej Zelandii
    /// i Polsce"): then the whole value is a sentence, not a byline.
    /// </summary>
    public static bool HasPhrase(string value) =>
        Separator().Split(Joined(CutTail(StripPrefix(Spaces().Replace(value, " ").Trim()))))
            .Any(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 5);

    /// <summary>
    /// True when <paramref name="full"/> writes out the person <paramref name="shortName"/> stands for:
    /// the first name ("Nils" → "Nils Pickert") or a user name of the name's words ("gabor_munier",
    /// "christian.stadtfeld", "arianschlichenmayer").
    /// </summary>
    public static bool Extends(string full, string shortName)
    {
        var words = Bare(full).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || shortName.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var user = Bare(shortName.Replace('_', ' ').Replace('.', ' ').Replace('-', ' ')).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (user.Length == 0)
        {
            return false;
        }

        if (user.Length == 1)
        {
            return words[0] == user[0] || string.Concat(words) == user[0] || words[0] + words[^1] == user[0];
        }

        return user[0] == words[0] && user[^1] == words[^1];
    }

    /// <summary>
    /// The person a personal site is named for: a site name that passes as a full name and that the
    /// site's host spells out ("Wolfgang Michal", wolfgangmichal.de; "Pamela Anderson",
    /// pamelaandersonfoundation.org), or null.
    /// </summary>
    public static string? SiteOwner(IReadOnlyCollection<string> organisations)
    {
        foreach (var o in organisations)
        {
            // "Herr Pfleger", "Der Postillon": a form of address or an article opens a pen name or a title;
            // "EAT SMARTER": a word in capitals is a brand's.
            var first = o.Split(' ')[0].ToLowerInvariant();
            if (!o.Contains(' ', StringComparison.Ordinal) || !LooksLikeFullName(o) || Particles.Contains(first) || Honorifics.Contains(first.TrimEnd('.'))
                || o.Split(' ').Any(w => w.Length > 1 && w.All(c => !char.IsLower(c))))
            {
                continue;
            }

            if (organisations.Any(h => SpelledBy(o, h)))
            {
                return o;
            }
        }

        return null;
    }

    /// <summary>True when the host ("gregoryszorc.com") spells every word of the name ("Gregory Szorc"): a personal site's owner.</summary>
    public static bool SpelledBy(string name, string host)
    {
        if (host.Contains(' ', StringComparison.Ordinal) || !host.Contains('.', StringComparison.Ordinal))
        {
            return false;
        }

        var squeezed = Squeezed(host);
        var words = Bare(name).Split(' ').Where(w => w.Length >= 3).ToList();
        return words.Count >= 2 && words.All(w => squeezed.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>True when a word of the name (four letters or more) is a word of the organisation's name or host ("Statistics Globe", statisticsglobe.com).</summary>
    public static bool SharesWord(string name, string organisation)
    {
        var org = Bare(organisation);
        var squeezed = org.Replace(" ", "", StringComparison.Ordinal);
        return Bare(name).Split(' ').Any(w => w.Length >= 4 && (org.Split(' ').Contains(w) || squeezed.Contains(w, StringComparison.Ordinal)));
    }

    /// <summary>Two to four capitalised words that pass as a person's name ("Sven Schreivogel").</summary>
    /// <remarks>A function word ("Und Grundschritt", "All Rights Reserved") or a sign ("Sports!") makes it a phrase.</remarks>
    public static bool LooksLikeFullName(string value) =>
        value.Split(' ') is { Length: >= 2 and <= 4 } words
        && words.All(w => w.Length > 0 && char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '.' or '-' or '\'' or '’')
            && (Particles.Contains(w.ToLowerInvariant()) || Text.Stopwords.Default.Find(w.ToLowerInvariant()) == -2))
        && Clean(value) == value;

    /// <summary>What parts the words of a text that may write out a name, a no-break space among them ("Iris&#160;Lange").</summary>
    internal static readonly char[] WordBreaks = [' ', '\n', '\t', '\u00a0'];

    /// <summary>Letters and digits only, lower case, without diacritics: "Lange-Fricke" and "lange_fricke" alike.</summary>
    internal static string Squeezed(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var c in s.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>Lower case without diacritics or punctuation, for comparing spellings of one name.</summary>
    private static string Bare(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var c in s.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsWhiteSpace(c) && sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }

        return sb.ToString().Trim();
    }

    /// <summary>True when the value opens with a byline word ("Autor: Gàbor Muniér, Datum: 03.Mär.19"): a byline of its own.</summary>
    public static bool IsLabelled(string value) => StripPrefix(value.Trim()).Length < value.Trim().Length;

    /// <summary>True for a label that says the next value is the writer ("Written by", "Verfasst von", "Autor:").</summary>
    public static bool IsBylineLabel(string label) => PrefixSet.Contains(label.Trim().TrimEnd(':').Trim().ToLowerInvariant());

    private static bool SameOrganisation(string folded, string organisation)
    {
        var o = organisation.ToLowerInvariant().Trim();
        if (o.Length == 0)
        {
            return false;
        }

        // "Die FURCHE" for furche.at: a leading article may or may not be part of the name.
        return Same(folded, o) || Same(Unarticled(folded), Unarticled(o));

        static bool Same(string name, string o)
        {
            // "Deutsche Welle" for "DW", "JF" for "Junge Freiheit": the organisation's initials.
            if (Initials(name, o) || Initials(o, name))
            {
                return true;
            }

            // "Google" for the "Google Online Security Blog": the organisation's first word alone.
            if (name.Length >= 3 && !name.Contains(' ', StringComparison.Ordinal) && o.Split(' ') is { Length: >= 2 } orgWords && orgWords[0] == name)
            {
                return true;
            }

            return name == o || Bare(name) == Bare(o) || (name.Length > 3 && LettersOf(name) == LettersOf(o))
                || (name.Length > 3 && LettersOf(name) == LettersOf(Bare(o))) || Within(name, Bare(o));
        }

        // "EFC Bayrische Bembel" on bayrische-bembel.de: every word of a name of two words or more, and more.
        static bool Within(string name, string o)
        {
            var orgWords = o.Split(' ', '-', '.');
            if (orgWords.Length < 2 || orgWords.Any(w => w.Length < 3))
            {
                return false;
            }

            var words = name.Split(' ', '-');
            return words.Length > orgWords.Length && orgWords.All(words.Contains);
        }

        static bool Initials(string words, string initials) =>
            initials.Length is >= 2 and <= 5 && !initials.Contains(' ', StringComparison.Ordinal) && words.Split(' ') is { Length: >= 2 } w
            && w.Length == initials.Length && string.Concat(w.Select(x => x.Length > 0 ? x[0] : ' ')) == initials;

        static string Bare(string x)
        {
            x = x.StartsWith("www.", StringComparison.Ordinal) ? x[4..] : x;
            var dot = x.LastIndexOf('.');
            return dot > 0 && x.Length - dot <= 4 ? x[..dot] : x;
        }

        static string LettersOf(string x) => new([.. x.Where(char.IsLetterOrDigit)]);
    }

    private static readonly string[] Articles = ["the ", "die ", "der ", "das ", "le ", "la ", "les ", "el ", "il ", "los ", "las "];

    private static string Unarticled(string s) =>
        Articles.FirstOrDefault(a => s.StartsWith(a, StringComparison.Ordinal) && s.Length > a.Length + 2) is { } a ? s[a.Length..] : s;

    private static string StripPrefix(string s)
    {
        // "ByAlex Smith": the byline word glued to the name.
        if (s.Length > 3 && s.StartsWith("By", StringComparison.Ordinal) && char.IsUpper(s[2]) && char.IsLower(s[3]))
        {
            s = s[2..];
        }

        for (var guard = 0; guard < 3; guard++)
        {
            var lower = s.ToLowerInvariant();
            var stripped = false;
            foreach (var p in Prefixes)
            {
                if (lower.StartsWith(p, StringComparison.Ordinal) && lower.Length > p.Length
                    && (lower[p.Length] is ' ' or ':' or '.' or '\u00a0'))
                {
                    var rest = s[p.Length..].TrimStart(' ', ':', '.', '\u00a0', '-', '–');
                    if (rest.Length > 0)
                    {
                        s = rest;
                        stripped = true;
                        break;
                    }
                }
            }

            if (!stripped)
            {
                break;
            }
        }

        return s;
    }

    /// <summary>Cuts a byline at the first word that ends the names: a date, "am", "|", "(role)".</summary>
    private static string CutTail(string s)
    {
        var words = s.Split(' ');
        for (var i = 1; i < words.Length; i++)
        {
            var w = words[i];
            var lower = w.ToLowerInvariant().TrimEnd(',', '.', ':');
            // "le", "el" end a byline before a date ("le 30 septembre") but open names ("Loïc Le Clerc").
            var ends = Suffixes.Contains(lower) && (!Particles.Contains(lower)
                || (i + 1 < words.Length && words[i + 1].Length > 0 && (char.IsDigit(words[i + 1][0]) || DateWord(words[i + 1].ToLowerInvariant().TrimEnd(',', '.')))));
            if (ends || DomainName().IsMatch(lower) || w.StartsWith('(') || w.StartsWith('/') || w.StartsWith('@') || (w.Length > 0 && char.IsDigit(w[0]))
                || (i >= 2 && DateWord(lower) && (i + 1 == words.Length || char.IsDigit(words[i + 1][0]) || char.IsDigit(words[i - 1][0]))))
            {
                return string.Join(' ', words[..i]);
            }
        }

        return s;
    }

    private static bool DateWord(string w) => DateWords.Months.ContainsKey(w) || DateWords.Weekdays.Contains(w);

    private static HashSet<string> Set(string kind) => new(Rows.Where(r => r.Key == kind).Select(r => r.Value), StringComparer.Ordinal);
}
