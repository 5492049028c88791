using System.Buffers;
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
/// <param name="Hidden">The element lies within one whose class hides it ("vcard rich-snippet-hidden"): markup for machines, not a byline the reader sees.</param>
public sealed record MarkupHit(MarkupKind Kind, string? Value, string Text, int Position, bool Strong, bool Hidden = false);

/// <summary>
/// Scans raw HTML for elements marked as dates or authors (itemprop, rel=author, class and id words of
/// Lexicons/metadata.txt): the DOM walk keeps only block owners, and these are mostly inline spans.
/// A plain forward scan over the tags; nothing is parsed twice.
/// </summary>
public static class MarkupScanner
{
    private const int MaxTextChars = 300;
    private const int MaxSpan = 4000;

    private static readonly SearchValues<string> DateClass = Words("date-class");
    private static readonly SearchValues<string> ModifiedClass = Words("modified-class");
    private static readonly SearchValues<string> AuthorClass = Words("author-class");
    private static readonly SearchValues<string> SkipClass = Words("skip-class");

    public static List<MarkupHit> Scan(string html)
    {
        var hits = new List<MarkupHit>();
        var i = 0;
        var hiddenUntil = -1;
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

            // Tag names are ASCII here, so a case-blind comparison is the lower-cased one, without the string.
            var tag = html.AsSpan(i, nameEnd - i);
            var tagEnd = TagEnd(html, nameEnd);
            if (tagEnd < 0)
            {
                // A stray '<' in text, not a tag.
                i = nameEnd;
                continue;
            }

            // Form fields and their labels carry "author" ids in comment forms; they hold no byline.
            if (Is(tag, "input") || Is(tag, "label") || Is(tag, "textarea") || Is(tag, "select") || Is(tag, "option")
                || Is(tag, "button") || Is(tag, "form"))
            {
                i = tagEnd + 1;
                continue;
            }

            var raw = Is(tag, "script") ? "</script" : Is(tag, "style") ? "</style" : Is(tag, "noscript") ? "</noscript" : null;
            if (raw is not null)
            {
                var close = html.IndexOf(raw, tagEnd, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }

            var attrs = html.AsSpan(nameEnd, tagEnd - nameEnd);

            // An element hidden by its class ("rich-snippet-hidden"): what it holds is not shown.
            if (attrs.Contains("hidden", StringComparison.OrdinalIgnoreCase) && RawAttr(attrs, "class", out var hiddenClass)
                && HidesItself(hiddenClass) && html[tagEnd - 1] != '/')
            {
                hiddenUntil = Math.Max(hiddenUntil, ElementEnd(html, tag.ToString(), tagEnd + 1));
            }

            if (Classify(tag, attrs) is { } kind)
            {
                var name = tag.ToString().ToLowerInvariant();
                var value = Attr(attrs, "datetime") ?? Attr(attrs, "content") ?? (kind.Kind == MarkupKind.Author ? null : Attr(attrs, "title"));
                var text = name is "meta" or "link" ? "" : InnerText(html, name, tagEnd + 1);
                hits.Add(new MarkupHit(kind.Kind, value, text, start, kind.Strong, start < hiddenUntil));
            }

            i = tagEnd + 1;
        }

        return hits;
    }

    private static bool Is(ReadOnlySpan<char> tag, string name) => tag.Equals(name, StringComparison.OrdinalIgnoreCase);

    private static (MarkupKind Kind, bool Strong)? Classify(ReadOnlySpan<char> tag, ReadOnlySpan<char> attrs)
    {
        // A tag without attribute values has no class, id or itemprop: nothing below can match.
        if (!attrs.Contains('='))
        {
            return null;
        }

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

        if (Is(tag, "meta") || Is(tag, "link"))
        {
            return null;
        }

        if (Is(tag, "a") && Attr(attrs, "rel") is { } rel && rel.Contains("author", StringComparison.OrdinalIgnoreCase))
        {
            return (MarkupKind.Author, true);
        }

        // The class and id words, lower-cased, in a buffer of the stack unless they are long.
        var hasClass = RawAttr(attrs, "class", out var cls);
        var hasId = RawAttr(attrs, "id", out var id);
        var classText = !hasClass ? "" : cls.Contains('&') ? Decode(cls) : null;
        var idText = !hasId ? "" : id.Contains('&') ? Decode(id) : null;
        var c = classText ?? cls.Trim();
        var d = idText ?? id.Trim();
        var length = c.Length + 1 + d.Length;
        Span<char> buffer = length <= 512 ? stackalloc char[512] : new char[length];
        var words = buffer[..length];
        c.ToLowerInvariant(words);
        words[c.Length] = ' ';
        d.ToLowerInvariant(words[(c.Length + 1)..]);
        if (words.Length < 3 || AnyIn(words, SkipClass))
        {
            return null;
        }

        var time = Is(tag, "time");
        if (!time && RawAttr(attrs, "datetime", out _))
        {
            return (MarkupKind.Published, false);
        }

        if (time || AnyIn(words, DateClass))
        {
            return (AnyIn(words, ModifiedClass) ? MarkupKind.Modified : MarkupKind.Published, time);
        }

        if (AnyIn(words, AuthorClass))
        {
            return (MarkupKind.Author, false);
        }

        return null;
    }

    private static bool AnyIn(ReadOnlySpan<char> words, SearchValues<string> fragments) => words.ContainsAny(fragments);

    /// <summary>The index of the '>' closing a start tag, skipping quoted attribute values.</summary>
    private static int TagEnd(string html, int from)
    {
        var limit = Math.Min(html.Length, from + 4000);
        var j = from;
        while (j < limit)
        {
            var k = html.AsSpan(j, limit - j).IndexOfAny(TagEndChars);
            if (k < 0)
            {
                return -1;
            }

            j += k;
            if (html[j] == '>')
            {
                return j;
            }

            var q = html.AsSpan(j + 1, limit - j - 1).IndexOf(html[j]);
            if (q < 0)
            {
                return -1;
            }

            j += q + 2;
        }

        return -1;
    }

    private static readonly SearchValues<char> TagEndChars = SearchValues.Create("\"'>");

    /// <summary>The value of an attribute in a start tag's attribute text, entities decoded.</summary>
    public static string? Attr(ReadOnlySpan<char> attrs, string name) => RawAttr(attrs, name, out var raw) ? Decode(raw) : null;

    private static string Decode(ReadOnlySpan<char> raw) => System.Net.WebUtility.HtmlDecode(raw.ToString()).Trim();

    /// <summary>Whether a start tag's attribute text sets an attribute, and its value as written.</summary>
    private static bool RawAttr(ReadOnlySpan<char> attrs, string name, out ReadOnlySpan<char> value)
    {
        value = default;
        var at = 0;
        while (at < attrs.Length)
        {
            var k = attrs[at..].IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (k < 0)
            {
                return false;
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
                return false;
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

            value = attrs[j..end];
            return true;
        }

        return false;
    }

    /// <summary>
    /// True for a class that hides its element ("hidden", "rich-snippet-hidden", "is-hidden"), not one that
    /// hides a part of it ("field--label-hidden") or hides it on small screens only ("hidden-xs").
    /// </summary>
    private static bool HidesItself(ReadOnlySpan<char> classes)
    {
        foreach (var range in classes.Split(' '))
        {
            var word = classes[range];
            if (word.Equals("hidden", StringComparison.OrdinalIgnoreCase) || word.Equals("is-hidden", StringComparison.OrdinalIgnoreCase)
                || word.Equals("rich-snippet-hidden", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the element whose content starts at <paramref name="from"/> ends: its end tag (same-name nesting
    /// counted); -1 where none is within reach (a void element, "&lt;img class=hidden&gt;", holds nothing).
    /// </summary>
    private static int ElementEnd(string html, string tag, int from)
    {
        var depth = 0;
        var limit = Math.Min(html.Length, from + MaxSpan);
        for (var j = html.IndexOf('<', from); j >= 0 && j < limit - 1; j = html.IndexOf('<', j + 1))
        {
            var close = html[j + 1] == '/';
            if (!IsNamed(html, close ? j + 2 : j + 1, tag, html.Length))
            {
                continue;
            }

            if (close && depth-- == 0)
            {
                return j;
            }

            if (!close)
            {
                depth++;
            }
        }

        return -1;
    }

    /// <summary>True when the tag name at <paramref name="nameStart"/> is <paramref name="tag"/> whole ("a", not "abbr"), ending before <paramref name="end"/>.</summary>
    private static bool IsNamed(string html, int nameStart, string tag, int end) =>
        string.Compare(html, nameStart, tag, 0, tag.Length, StringComparison.OrdinalIgnoreCase) == 0
        && nameStart + tag.Length < end && !char.IsAsciiLetterOrDigit(html[nameStart + tag.Length]);

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
                if (IsNamed(html, nameStart, tag, limit))
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

    private static SearchValues<string> Words(string kind) => SearchValues.Create(
        [.. LexiconFile.Read("metadata.txt").Where(r => r.Key == kind).SelectMany(r => r.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))],
        StringComparison.Ordinal);
}
