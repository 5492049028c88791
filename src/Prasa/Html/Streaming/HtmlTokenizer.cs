using System.Buffers;
using System.Text;

namespace Prasa.Html.Streaming;

internal enum TokenKind
{
    Eof,
    Text,
    StartTag,
    EndTag,
    Doctype,
}

/// <summary>How the text after a start tag is read, as the tree builder decides.</summary>
internal enum TextState
{
    Data,
    RcData,
    RawText,
    ScriptData,
    PlainText,
}

/// <summary>An attribute as positions in the source; its value is decoded only when someone asks.</summary>
internal struct RawAttribute
{
    public int NameStart;
    public int NameLength;
    public int ValueStart;
    public int ValueLength;
    public bool ValueHasRefs;
}

/// <summary>
/// A streaming HTML tokenizer over a string, following the states of the HTML standard's tokenizer that
/// matter for text (data, RCDATA, RAWTEXT, script data with its escapes, PLAINTEXT, tags, attributes,
/// comments, doctype, CDATA in foreign content). Text and attribute values are slices of the source;
/// only text with character references or carriage returns is copied.
/// </summary>
internal sealed class HtmlTokenizer(string source)
{
    private static readonly SearchValues<char> TextStops = SearchValues.Create("<&\r\0");
    private static readonly SearchValues<char> TagNameEnd = SearchValues.Create(" \t\n\f\r/>");
    private static readonly SearchValues<char> AttrNameEnd = SearchValues.Create(" \t\n\f\r/>=");
    private static readonly SearchValues<char> UnquotedEnd = SearchValues.Create(" \t\n\f\r>");

    private readonly string _s = source;
    private readonly StringBuilder _scratch = new();
    private int _pos;
    private TextState _state;
    private string? _rawEndTag;
    private RawAttribute[] _attrs = new RawAttribute[8];

    public TokenKind Kind { get; private set; }

    /// <summary>Tag name, lower-cased (interned for known tags).</summary>
    public string TagName { get; private set; } = "";

    public bool SelfClosing { get; private set; }

    public int AttributeCount { get; private set; }

    /// <summary>Whether the doctype (when <see cref="Kind"/> is Doctype) puts the page in quirks mode.</summary>
    public bool Quirks { get; private set; }

    /// <summary>The builder sets this when the insertion point is in SVG or MathML, where CDATA sections exist.</summary>
    public bool AllowCdata { get; set; }

    private int _textStart;
    private int _textLength;
    private bool _textNeedsWork;
    private bool _textDecodesRefs;

    /// <summary>Switches the text state after a start tag (script, style, title, textarea…).</summary>
    public void SetTextState(TextState state, string tag)
    {
        _state = state;
        _rawEndTag = tag;
    }

    /// <summary>Drops a newline that directly follows the start tag (pre, listing, textarea).</summary>
    public void SkipLeadingNewline()
    {
        if (_pos < _s.Length && _s[_pos] == '\n')
        {
            _pos++;
        }
        else if (_pos < _s.Length && _s[_pos] == '\r')
        {
            _pos += _pos + 1 < _s.Length && _s[_pos + 1] == '\n' ? 2 : 1;
        }
    }

    /// <summary>The text of a Text token, with references decoded and newlines normalised.</summary>
    public ReadOnlySpan<char> Text
    {
        get
        {
            var raw = _s.AsSpan(_textStart, _textLength);
            if (!_textNeedsWork)
            {
                return raw;
            }

            _scratch.Clear();
            AppendDecoded(raw, _textDecodesRefs, false, _scratch);
            return _scratch.ToString();
        }
    }

    public ReadOnlySpan<char> AttributeName(int i) => _s.AsSpan(_attrs[i].NameStart, _attrs[i].NameLength);

    /// <summary>The value of the first attribute of this name, or null.</summary>
    public string? Attribute(string lowerName)
    {
        for (var i = 0; i < AttributeCount; i++)
        {
            ref var a = ref _attrs[i];
            if (a.NameLength == lowerName.Length && _s.AsSpan(a.NameStart, a.NameLength).Equals(lowerName, StringComparison.OrdinalIgnoreCase))
            {
                return Value(ref a);
            }
        }

        return null;
    }

    /// <summary>
    /// The value of the first attribute of this name, as a slice of the source when it needs no decoding
    /// (no string made); false when there is none.
    /// </summary>
    public bool TryAttribute(string lowerName, out ReadOnlySpan<char> value)
    {
        for (var i = 0; i < AttributeCount; i++)
        {
            ref var a = ref _attrs[i];
            if (a.NameLength == lowerName.Length && _s.AsSpan(a.NameStart, a.NameLength).Equals(lowerName, StringComparison.OrdinalIgnoreCase))
            {
                var raw = _s.AsSpan(a.ValueStart, a.ValueLength);
                value = a.ValueLength == 0 || (!a.ValueHasRefs && raw.IndexOfAny('\r', '\0') < 0) ? raw : Value(ref a);
                return true;
            }
        }

        value = default;
        return false;
    }

    public bool HasAttribute(string lowerName)
    {
        for (var i = 0; i < AttributeCount; i++)
        {
            ref var a = ref _attrs[i];
            if (a.NameLength == lowerName.Length && _s.AsSpan(a.NameStart, a.NameLength).Equals(lowerName, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private string Value(ref RawAttribute a)
    {
        if (a.ValueLength == 0)
        {
            return "";
        }

        var raw = _s.AsSpan(a.ValueStart, a.ValueLength);
        if (!a.ValueHasRefs && raw.IndexOfAny('\r', '\0') < 0)
        {
            return raw.ToString();
        }

        var sb = new StringBuilder(raw.Length);
        AppendDecoded(raw, true, true, sb);
        return sb.ToString();
    }

    private static void AppendDecoded(ReadOnlySpan<char> raw, bool refs, bool inAttribute, StringBuilder to)
    {
        var i = 0;
        while (i < raw.Length)
        {
            var c = raw[i];
            if (c == '&' && refs)
            {
                i += HtmlEntities.Decode(raw[i..], inAttribute, to);
                continue;
            }

            if (c == '\r')
            {
                to.Append('\n');
                i += i + 1 < raw.Length && raw[i + 1] == '\n' ? 2 : 1;
                continue;
            }

            if (c == '\0')
            {
                // Data text drops NUL; everywhere else the standard substitutes the replacement character.
                if (inAttribute || !refs)
                {
                    to.Append('\uFFFD');
                }

                i++;
                continue;
            }

            to.Append(c);
            i++;
        }
    }

    /// <summary>Reads the next token; false at the end of the input.</summary>
    public bool Next()
    {
        while (true)
        {
            if (_pos >= _s.Length)
            {
                Kind = TokenKind.Eof;
                return false;
            }

            if (_state != TextState.Data)
            {
                ReadRawText();
                if (_textLength > 0)
                {
                    return true;
                }

                continue;
            }

            if (_s[_pos] == '<')
            {
                var before = _pos;
                if (ReadMarkup())
                {
                    return true;
                }

                if (_pos != before)
                {
                    continue;
                }
            }

            ReadText();
            return true;
        }
    }

    private void ReadText()
    {
        var s = _s;
        var start = _pos;
        var i = start;
        var work = false;
        if (s[i] == '<')
        {
            i++;
        }

        while (i < s.Length)
        {
            var k = s.AsSpan(i).IndexOfAny(TextStops);
            if (k < 0)
            {
                i = s.Length;
                break;
            }

            i += k;
            if (s[i] != '<')
            {
                work = true;
                i++;
                continue;
            }

            if (i + 1 < s.Length && StartsMarkup(s[i + 1]))
            {
                break;
            }

            i++;
        }

        Kind = TokenKind.Text;
        _textStart = start;
        _textLength = i - start;
        _textNeedsWork = work;
        _textDecodesRefs = true;
        _pos = i;
    }

    private static bool StartsMarkup(char c) => char.IsAsciiLetter(c) || c is '/' or '!' or '?';

    /// <summary>Reads markup at '&lt;'. False with the position moved means a comment was skipped; false unmoved means the '&lt;' is text.</summary>
    private bool ReadMarkup()
    {
        var s = _s;
        var i = _pos + 1;
        if (i >= s.Length)
        {
            return false;
        }

        var c = s[i];
        if (char.IsAsciiLetter(c))
        {
            return ReadTag(i, TokenKind.StartTag);
        }

        if (c == '/')
        {
            if (i + 1 >= s.Length)
            {
                return false;
            }

            var d = s[i + 1];
            if (char.IsAsciiLetter(d))
            {
                return ReadTag(i + 1, TokenKind.EndTag);
            }

            if (d == '>')
            {
                _pos = i + 2;
                return false;
            }

            SkipBogusComment(i + 1);
            return false;
        }

        if (c == '!')
        {
            if (string.CompareOrdinal(s, i + 1, "--", 0, 2) == 0)
            {
                SkipComment(i + 3);
                return false;
            }

            if (i + 8 <= s.Length && s.AsSpan(i + 1, 7).Equals("doctype", StringComparison.OrdinalIgnoreCase))
            {
                ReadDoctype(i + 8);
                return true;
            }

            if (AllowCdata && string.CompareOrdinal(s, i + 1, "[CDATA[", 0, 7) == 0)
            {
                var end = s.IndexOf("]]>", i + 8, StringComparison.Ordinal);
                _pos = end < 0 ? s.Length : end + 3;
                return false;
            }

            SkipBogusComment(i + 1);
            return false;
        }

        if (c == '?')
        {
            SkipBogusComment(i);
            return false;
        }

        return false;
    }

    private void SkipBogusComment(int from)
    {
        var end = _s.IndexOf('>', from);
        _pos = end < 0 ? _s.Length : end + 1;
    }

    private void SkipComment(int from)
    {
        var s = _s;

        // "<!-->" and "<!--->" are complete (empty) comments.
        if (from < s.Length && s[from] == '>')
        {
            _pos = from + 1;
            return;
        }

        if (from + 1 < s.Length && s[from] == '-' && s[from + 1] == '>')
        {
            _pos = from + 2;
            return;
        }

        var i = from;
        while (true)
        {
            var k = s.IndexOf("--", i, StringComparison.Ordinal);
            if (k < 0)
            {
                _pos = s.Length;
                return;
            }

            var j = k + 2;
            while (j < s.Length && s[j] == '-')
            {
                j++;
            }

            if (j < s.Length && s[j] == '>')
            {
                _pos = j + 1;
                return;
            }

            if (j + 1 < s.Length && s[j] == '!' && s[j + 1] == '>')
            {
                _pos = j + 2;
                return;
            }

            i = j;
        }
    }

    private void ReadDoctype(int from)
    {
        var end = _s.IndexOf('>', from);
        var body = _s.AsSpan(from, (end < 0 ? _s.Length : end) - from);
        _pos = end < 0 ? _s.Length : end + 1;
        Kind = TokenKind.Doctype;
        Quirks = end < 0 || DoctypeQuirks.IsQuirks(body);
    }

    private bool ReadTag(int nameStart, TokenKind kind)
    {
        var s = _s;
        var k = s.AsSpan(nameStart).IndexOfAny(TagNameEnd);
        var i = k < 0 ? s.Length : nameStart + k;
        var name = TagNames.Intern(s.AsSpan(nameStart, i - nameStart));
        AttributeCount = 0;
        SelfClosing = false;
        while (true)
        {
            while (i < s.Length && IsSpace(s[i]))
            {
                i++;
            }

            if (i >= s.Length)
            {
                // A tag cut off by the end of the input is dropped, as the standard says.
                _pos = s.Length;
                return false;
            }

            var c = s[i];
            if (c == '>')
            {
                i++;
                break;
            }

            if (c == '/')
            {
                if (i + 1 < s.Length && s[i + 1] == '>')
                {
                    SelfClosing = true;
                    i += 2;
                    break;
                }

                i++;
                continue;
            }

            var ns = i;
            i++;
            var e = s.AsSpan(i).IndexOfAny(AttrNameEnd);
            i = e < 0 ? s.Length : i + e;
            var ne = i;
            while (i < s.Length && IsSpace(s[i]))
            {
                i++;
            }

            int vs = 0, vl = 0;
            if (i < s.Length && s[i] == '=')
            {
                i++;
                while (i < s.Length && IsSpace(s[i]))
                {
                    i++;
                }

                if (i >= s.Length)
                {
                    _pos = s.Length;
                    return false;
                }

                var q = s[i];
                if (q is '"' or '\'')
                {
                    var close = s.IndexOf(q, i + 1);
                    if (close < 0)
                    {
                        _pos = s.Length;
                        return false;
                    }

                    vs = i + 1;
                    vl = close - vs;
                    i = close + 1;
                }
                else if (q != '>')
                {
                    var u = s.AsSpan(i).IndexOfAny(UnquotedEnd);
                    vs = i;
                    i = u < 0 ? s.Length : i + u;
                    vl = i - vs;
                }
            }

            if (kind == TokenKind.StartTag)
            {
                AddAttribute(ns, ne - ns, vs, vl);
            }
        }

        _pos = i;
        Kind = kind;
        TagName = name;
        return true;
    }

    private void AddAttribute(int nameStart, int nameLength, int valueStart, int valueLength)
    {
        var name = _s.AsSpan(nameStart, nameLength);
        for (var j = 0; j < AttributeCount; j++)
        {
            ref var a = ref _attrs[j];
            if (a.NameLength == nameLength && _s.AsSpan(a.NameStart, a.NameLength).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        if (AttributeCount == _attrs.Length)
        {
            Array.Resize(ref _attrs, _attrs.Length * 2);
        }

        _attrs[AttributeCount++] = new RawAttribute
        {
            NameStart = nameStart,
            NameLength = nameLength,
            ValueStart = valueStart,
            ValueLength = valueLength,
            ValueHasRefs = _s.AsSpan(valueStart, valueLength).Contains('&'),
        };
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    private void ReadRawText()
    {
        var s = _s;
        var start = _pos;
        var end = _state switch
        {
            TextState.PlainText => s.Length,
            TextState.ScriptData => ScriptEnd(start),
            _ => RawEnd(start),
        };
        Kind = TokenKind.Text;
        _textStart = start;
        _textLength = end - start;
        var span = s.AsSpan(start, end - start);
        _textDecodesRefs = _state == TextState.RcData;
        _textNeedsWork = span.IndexOfAny('\r', '\0') >= 0 || (_textDecodesRefs && span.Contains('&'));
        _pos = end;
        _state = TextState.Data;
    }

    /// <summary>Where "&lt;/tag" followed by a space, '/' or '&gt;' starts, from <paramref name="from"/>.</summary>
    private int RawEnd(int from)
    {
        var s = _s;
        var i = from;
        while (true)
        {
            var k = s.IndexOf("</", i, StringComparison.Ordinal);
            if (k < 0)
            {
                return s.Length;
            }

            if (IsEndTagOf(k))
            {
                return k;
            }

            i = k + 2;
        }
    }

    private bool IsEndTagOf(int at)
    {
        var tag = _rawEndTag!;
        var after = at + 2 + tag.Length;
        return after < _s.Length && _s.AsSpan(at + 2, tag.Length).Equals(tag, StringComparison.OrdinalIgnoreCase)
            && _s[after] is ' ' or '\t' or '\n' or '\f' or '\r' or '/' or '>';
    }

    private bool IsScriptTagAt(int at)
    {
        var after = at + 1 + 6;
        return after < _s.Length && _s.AsSpan(at + 1, 6).Equals("script", StringComparison.OrdinalIgnoreCase)
            && _s[after] is ' ' or '\t' or '\n' or '\f' or '\r' or '/' or '>';
    }

    /// <summary>The end of script data, minding the "&lt;!--" escapes in which "&lt;script&gt;" nests.</summary>
    private int ScriptEnd(int from)
    {
        var simple = RawEnd(from);
        var s = _s;
        if (s.AsSpan(from, simple - from).IndexOf("<!--", StringComparison.Ordinal) < 0)
        {
            return simple;
        }

        const int normal = 0, escaped = 1, doubleEscaped = 2;
        var state = normal;
        var i = from;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '<')
            {
                if (state == normal && string.CompareOrdinal(s, i, "<!--", 0, 4) == 0)
                {
                    state = escaped;
                    i += 4;
                    continue;
                }

                if (i + 1 < s.Length && s[i + 1] == '/')
                {
                    if (state != doubleEscaped && IsEndTagOf(i))
                    {
                        return i;
                    }

                    if (state == doubleEscaped && IsEndTagOf(i))
                    {
                        state = escaped;
                        i += 8;
                        continue;
                    }
                }
                else if (state == escaped && IsScriptTagAt(i))
                {
                    state = doubleEscaped;
                    i += 7;
                    continue;
                }
            }
            else if (c == '>' && state != normal && i >= 2 && s[i - 1] == '-' && s[i - 2] == '-')
            {
                state = normal;
            }

            i++;
        }

        return s.Length;
    }
}
