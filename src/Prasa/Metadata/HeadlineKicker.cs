using System.Text.RegularExpressions;
using Prasa.Extraction;
using Prasa.Lexicons;

namespace Prasa.Metadata;

/// <summary>
/// Takes the kicker out of a headline read from an h1 ("&lt;span class=dachzeile&gt;Interne Unterlagen im
/// Netz&lt;/span&gt; &lt;span class=headline&gt;Daten von Rheinmetall gehackt&lt;/span&gt;"): the block text
/// glues both, the headline is the second; so is an element opening the h1 on a line of its own
/// ("&lt;small&gt;Tunesien&lt;/small&gt;&lt;br&gt;Große Aufgaben …"). Class words: Lexicons/metadata.txt.
/// </summary>
public static partial class HeadlineKicker
{
    private static readonly Regex Kicker = ClassPattern("kicker-class");
    private static readonly Regex Hidden = ClassPattern("hidden-class");

    [GeneratedRegex(@"<h1\b[^>]*>(?<inner>.{0,2000}?)</h1>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex H1();

    /// <summary>An element opening the h1 and closed by a line break: a kicker set on a line of its own.</summary>
    [GeneratedRegex(@"^\s*<(?<tag>span|small|strong|em|b|i)\b[^>]*>[^<]{1,200}</\k<tag>>\s*<\s*/?\s*br\s*/?\s*>(?<rest>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex KickerLine();

    /// <summary>An element opening the h1 with text of its own after it.</summary>
    [GeneratedRegex(@"^\s*<(?<tag>span|small|strong|em|b|i)\b[^>]*>(?<kicker>[^<]{1,200})</\k<tag>>(?<rest>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex LeadingElement();

    /// <summary>
    /// The text of an element opening the page's h1 that holds the title, and the text after it, when a
    /// word or an opening quote follows it ("&lt;span class=subtitle&gt;Olympische Spiele in
    /// Paris&lt;/span&gt; Getränke per Schiff …"), not a separator; null otherwise. Whether that element is
    /// a kicker is for the caller to tell.
    /// </summary>
    public static (string Kicker, string Headline)? Leading(string? title, string? html) => Leading(title, html is null ? null : new H1Markup(html));

    /// <inheritdoc cref="Leading(string?, string?)"/>
    public static (string Kicker, string Headline)? Leading(string? title, H1Markup? h1s)
    {
        if (title is null || h1s?.InnerOf(title) is not { } inner || LeadingElement().Match(inner) is not { Success: true } m)
        {
            return null;
        }

        var rest = Text(m.Groups["rest"].Value);
        return rest.Length > 0 && (char.IsLetterOrDigit(rest[0]) || rest[0] is '"' or '„' or '“' or '«' or '\'')
            ? (Text(m.Groups["kicker"].Value), rest)
            : null;
    }

    /// <summary>
    /// The inner markup of a page's first few h1 elements, read once a page for every title looked up in
    /// them. Spaces do not count when a title is matched: the block text glues an inline kicker to the words
    /// after it ("&lt;span&gt;Nationale Demo&lt;/span&gt;Der 9. Juli …" reads "Nationale DemoDer 9. Juli …"),
    /// as a browser does without the site's style sheet.
    /// </summary>
    public sealed class H1Markup(string html)
    {
        private const int MaxH1s = 5;
        private List<(string Inner, string Unspaced)>? _h1s;

        /// <summary>The inner markup of the h1 whose text is the title; null when none is.</summary>
        public string? InnerOf(string title)
        {
            _h1s ??= Read(html);
            var folded = Unspaced(title);
            foreach (var (inner, unspaced) in _h1s)
            {
                if (unspaced == folded)
                {
                    return inner;
                }
            }

            return null;
        }

        private static List<(string, string)> Read(string html)
        {
            var h1s = new List<(string, string)>();
            foreach (Match h1 in H1().Matches(html))
            {
                if (h1s.Count == MaxH1s)
                {
                    break;
                }

                var inner = h1.Groups["inner"].Value;
                h1s.Add((inner, Unspaced(Text(inner))));
            }

            return h1s;
        }
    }

    /// <summary>The headline without its kicker when the page's h1 holding it marks one; else the title as given.</summary>
    public static string? Strip(string? title, string? html) => Strip(title, html is null ? null : new H1Markup(html));

    /// <inheritdoc cref="Strip(string?, string?)"/>
    public static string? Strip(string? title, H1Markup? h1s)
    {
        if (title is null || h1s?.InnerOf(title) is not { } inner)
        {
            return title;
        }

        if (KickerLine().Match(inner) is { Success: true } line && Text(line.Groups["rest"].Value) is var below && Prose.Words(below) >= 2)
        {
            return below;
        }

        string rest;
        try
        {
            var kicker = Kicker.Match(inner);
            if (!kicker.Success)
            {
                // A label only screen readers hear ("<span class=visuallyhidden>Headline:</span>") is not
                // part of the headline either; a hidden separator (":") is, as its text form.
                var labelled = false;
                rest = Text(Hidden.Replace(inner, m =>
                {
                    var label = Text(m.Value).Any(char.IsLetter);
                    labelled |= label;
                    return label ? " " : m.Value;
                }));
                return labelled && Prose.Words(rest) >= 2 ? rest : title;
            }

            // A kicker is the line over the headline: an element with a kicker's class that follows the
            // headline's text names something else on this site ("topline" holding the headline itself).
            if (Text(inner[..kicker.Index]).Any(char.IsLetterOrDigit))
            {
                return title;
            }

            rest = Text(Hidden.Replace(Kicker.Replace(inner, " "), " "));
        }
        catch (RegexMatchTimeoutException)
        {
            return title;
        }

        rest = rest.Trim(' ', '-', '–', '—', ':', '|', '·', '/');
        return Prose.Words(rest) >= 2 ? rest : title;
    }

    private static string Unspaced(string text) => TextNormal.Fold(text).Replace(" ", "", StringComparison.Ordinal);

    private static string Text(string inner) =>
        string.Join(' ', MarkupText.Of(inner).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>An element (no nesting of its own tag) whose class holds one of the words.</summary>
    private static Regex ClassPattern(string kind)
    {
        var words = LexiconFile.Read("metadata.txt").Where(r => r.Key == kind)
            .SelectMany(r => r.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(Regex.Escape);
        return new Regex(@"<(?<tag>span|div|p|strong|em|small|b|i)\b[^>]*class\s*=\s*[""'][^""']*(?:" + string.Join('|', words)
            + @")[^""']*[""'][^>]*>.*?</\k<tag>>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant,
            TimeSpan.FromMilliseconds(100));
    }
}
