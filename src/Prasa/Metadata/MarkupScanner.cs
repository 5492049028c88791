using Prasa.Lexicons;

namespace Prasa.Metadata;

/// <summary>What an element found by <see cref="MarkupScanner"/> holds.</summary>
public enum MarkupKind
{
    Published,
    Modified,
    Author,
}

/// <summary>An element whose markup says it holds a date or an author: its attribute value and its text.</summary>
public sealed record MarkupHit(MarkupKind Kind, string? Value, string Text, int Position, bool Strong);

/// <summary>
/// Scans raw HTML for elements marked as dates or authors (itemprop, rel=author, class and id words of
/// Lexicons/metadata.txt): the DOM walk keeps only block owners, and these are mostly inline spans.
/// A plain forward scan over the tags; nothing is parsed twice.
/// </summary>
public static class MarkupScanner
{
    private const int MaxTextChars = 300;
    private const int MaxSpan = 4000;

    private static readonly string[] DateClass = Words("date-class");
    private static readonly string[] ModifiedClass = Words("modified-class");
    private static readonly string[] AuthorClass = Words("author-class");
    private static readonly string[] SkipClass = Words("skip-class");

    public static List<MarkupHit> Scan(string html)
    {
        var hits = new List<MarkupHit>();
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i < html.Length - 1)
        {
            var start = i;
            i++;
            if (!char.IsAsciiLetter(html[i]))
            {
                continue;
            }

            var nameEnd = i;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }

            var tag = html[i..nameEnd].ToLowerInvariant();
            var tagEnd = TagEnd(html, nameEnd);
            if (tagEnd < 0)
            {
                // A stray '<' in text, not a tag.
                i = nameEnd;
                continue;
            }

            // Form fields and their labels carry "author" ids in comment forms; they hold no byline.
            if (tag is "input" or "label" or "textarea" or "select" or "option" or "button" or "form")
            {
                i = tagEnd + 1;
                continue;
            }

            if (tag is "script" or "style" or "noscript")
            {
                var close = html.IndexOf("</" + tag, tagEnd, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }

            var attrs = html.AsSpan(nameEnd, tagEnd - nameEnd);
            if (Classify(tag, attrs) is { } kind)
            {
                var value = Attr(attrs, "datetime") ?? Attr(attrs, "content") ?? (kind.Kind == MarkupKind.Author ? null : Attr(attrs, "title"));
                var text = tag is "meta" or "link" ? "" : InnerText(html, tag, tagEnd + 1);
                hits.Add(new MarkupHit(kind.Kind, value, text, start, kind.Strong));
            }

            i = tagEnd + 1;
        }

        return hits;
    }

    private static (MarkupKind Kind, bool Strong)? Classify(string tag, ReadOnlySpan<char> attrs)
    {
        var itemprop = Attr(attrs, "itemprop")?.ToLowerInvariant();
        if (itemprop is not null)
        {
            if (itemprop.Contains("datepublished", StringComparison.Ordinal) || itemprop.Contains("datecreated", StringComparison.Ordinal))
            {
                return (MarkupKind.Published, true);
            }

            if (itemprop.Contains("datemodified", StringComparison.Ordinal))
            {
                return (MarkupKind.Modified, true);
            }

            if (itemprop.Contains("author", StringComparison.Ordinal) || itemprop.Contains("creator", StringComparison.Ordinal))
            {
                return (MarkupKind.Author, true);
            }
        }

        if (tag == "meta" || tag == "link")
        {
            return null;
        }

        var rel = Attr(attrs, "rel");
        if (rel is not null && rel.Contains("author", StringComparison.OrdinalIgnoreCase) && tag == "a")
        {
            return (MarkupKind.Author, true);
        }

        var words = ((Attr(attrs, "class") ?? "") + " " + (Attr(attrs, "id") ?? "")).ToLowerInvariant();
        if (words.Length < 3 || SkipClass.Any(w => words.Contains(w, StringComparison.Ordinal)))
        {
            return null;
        }

        if (tag != "time" && Attr(attrs, "datetime") is not null)
        {
            return (MarkupKind.Published, false);
        }

        if (tag == "time" || DateClass.Any(w => words.Contains(w, StringComparison.Ordinal)))
        {
            return (ModifiedClass.Any(w => words.Contains(w, StringComparison.Ordinal)) ? MarkupKind.Modified : MarkupKind.Published, tag == "time");
        }

        if (AuthorClass.Any(w => words.Contains(w, StringComparison.Ordinal)))
        {
            return (MarkupKind.Author, false);
        }

        return tag == "time" ? (MarkupKind.Published, true) : null;
    }

    /// <summary>The index of the '>' closing a start tag, skipping quoted attribute values.</summary>
    private static int TagEnd(string html, int from)
    {
        char quote = '\0';
        for (var j = from; j < html.Length && j < from + 4000; j++)
        {
            var c = html[j];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>The value of an attribute in a start tag's attribute text, entities decoded.</summary>
    public static string? Attr(ReadOnlySpan<char> attrs, string name)
    {
        var at = 0;
        while (at < attrs.Length)
        {
            var k = attrs[at..].IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (k < 0)
            {
                return null;
            }

            k += at;
            var after = k + name.Length;
            var boundary = k == 0 || char.IsWhiteSpace(attrs[k - 1]) || attrs[k - 1] is '"' or '\'';
            var j = after;
            while (j < attrs.Length && char.IsWhiteSpace(attrs[j]))
            {
                j++;
            }

            if (!boundary || j >= attrs.Length || attrs[j] != '=')
            {
                at = after;
                continue;
            }

            j++;
            while (j < attrs.Length && char.IsWhiteSpace(attrs[j]))
            {
                j++;
            }

            if (j >= attrs.Length)
            {
                return null;
            }

            int end;
            if (attrs[j] is '"' or '\'')
            {
                var q = attrs[j];
                j++;
                end = attrs[j..].IndexOf(q);
                end = end < 0 ? attrs.Length : j + end;
            }
            else
            {
                end = j;
                while (end < attrs.Length && !char.IsWhiteSpace(attrs[end]) && attrs[end] != '/')
                {
                    end++;
                }
            }

            return System.Net.WebUtility.HtmlDecode(attrs[j..end].ToString()).Trim();
        }

        return null;
    }

    /// <summary>The element's text with tags dropped, up to its end tag (same-name nesting counted), capped.</summary>
    private static string InnerText(string html, string tag, int from)
    {
        var sb = new System.Text.StringBuilder();
        var depth = 0;
        var limit = Math.Min(html.Length, from + MaxSpan);
        var j = from;
        var space = false;
        while (j < limit && sb.Length < MaxTextChars)
        {
            var c = html[j];
            if (c == '<')
            {
                var close = j + 1 < limit && html[j + 1] == '/';
                var nameStart = close ? j + 2 : j + 1;
                if (string.Compare(html, nameStart, tag, 0, tag.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && nameStart + tag.Length < limit && !char.IsAsciiLetterOrDigit(html[nameStart + tag.Length]))
                {
                    if (close && depth-- == 0)
                    {
                        break;
                    }

                    if (!close)
                    {
                        depth++;
                    }
                }

                if (string.Compare(html, nameStart, "script", 0, 6, StringComparison.OrdinalIgnoreCase) == 0 && !close)
                {
                    break;
                }

                var end = TagEnd(html, j + 1);
                if (end < 0)
                {
                    break;
                }

                j = end + 1;
                space = true;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = true;
            }
            else
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                space = false;
                sb.Append(c);
            }

            j++;
        }

        return System.Net.WebUtility.HtmlDecode(sb.ToString()).Trim();
    }

    private static string[] Words(string kind) =>
        [.. LexiconFile.Read("metadata.txt").Where(r => r.Key == kind).SelectMany(r => r.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
}
