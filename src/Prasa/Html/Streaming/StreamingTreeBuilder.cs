using System.Text;
using Prasa.Blocks;

namespace Prasa.Html.Streaming;

/// <summary>
/// The tree-construction rules of the HTML standard, followed far enough to know at every token which
/// elements are open, and driving <see cref="BlockAccumulator"/> with the same openings, closings and
/// text that a walk over the finished DOM gives — without building the DOM. Where the standard moves
/// content (foster parenting out of tables, the adoption agency's clones of misnested formatting
/// elements) the text stays where it stood and only links are tracked.
/// </summary>
internal sealed class StreamingTreeBuilder
{
    private enum Mode
    {
        BeforeHead,
        InHead,
        InHeadNoscript,
        AfterHead,
        InBody,
    }

    private readonly HtmlTokenizer _t;
    private readonly BlockAccumulator _acc = new();
    private readonly PageHead _head;
    private readonly List<OpenElement> _stack = [];
    private readonly List<OpenElement?> _formatting = [];
    private readonly List<OpenElement> _authors = [];
    private readonly OpenElement _root;
    private OpenElement _cur;
    private OpenElement? _headElement;
    private OpenElement? _body;
    private int _bodyIndex = -1;
    private Dictionary<string, string>? _bodyAttributes;
    private OpenElement? _form;
    private Mode _mode = Mode.BeforeHead;
    private bool _initial = true;
    private bool _quirks = true;
    private bool _titleSeen;
    private bool _langSeen;
    private int _modeElements;
    private int _paragraphs;

    public StreamingTreeBuilder(string html)
    {
        _t = new HtmlTokenizer(html);
        _head = _acc.Document.Head;
        _root = new OpenElement { Tag = "html", InStack = true };
        _stack.Add(_root);
        _cur = _root;
    }

    public BlockDocument Run()
    {
        while (true)
        {
            _t.AllowCdata = _cur.Ns != Ns.Html;
            if (!_t.Next())
            {
                break;
            }

            switch (_t.Kind)
            {
                case TokenKind.Doctype:
                    if (_initial)
                    {
                        _quirks = _t.Quirks;
                        _initial = false;
                    }

                    break;
                case TokenKind.Text:
                    OnText(_t.Text);
                    break;
                case TokenKind.StartTag:
                    _initial = false;
                    OnStartTag(_t.TagName);
                    break;
                case TokenKind.EndTag:
                    _initial = false;
                    OnEndTag(_t.TagName);
                    break;
            }
        }

        EnsureBody();
        PopTo(0);

        // The DOM's document.title is empty, not absent, when a page has no <title>.
        _head.TitleTag ??= "";
        return _acc.Finish();
    }

    // ---- dispatch ----

    private bool UseForeignRules(bool startTag, string name)
    {
        var n = _cur;
        if (n.Ns == Ns.Html)
        {
            return false;
        }

        if (n.IsMathTextIntegration && (!startTag || (name != "mglyph" && name != "malignmark")))
        {
            return false;
        }

        if (n.Ns == Ns.MathMl && n.Tag == "annotation-xml" && startTag && name == "svg")
        {
            return false;
        }

        return !n.HtmlIntegration;
    }

    private void OnText(ReadOnlySpan<char> text)
    {
        if (_cur.RawText || (_cur.Ns != Ns.Html && UseForeignRules(false, "")))
        {
            InsertText(text);
            return;
        }

        if (_mode != Mode.InBody && !InTemplateContent)
        {
            var rest = text.TrimStart(" \t\n\f\r");
            if (rest.IsEmpty)
            {
                return;
            }

            _initial = false;
            EnsureBody();
            text = rest;
        }
        else if (_initial && !text.Trim(" \t\n\f\r").IsEmpty)
        {
            _initial = false;
        }

        var ctx = ModeElement();
        if (ctx is not null && ctx.Tag is "select")
        {
            InsertText(text);
            return;
        }

        Reconstruct();
        InsertText(text);
    }

    private void InsertText(ReadOnlySpan<char> text)
    {
        if (_cur.AuthorSlot < 0)
        {
            _cur.Capture?.Append(text);
        }

        foreach (var a in _authors)
        {
            a.Capture!.Append(text);
        }

        if (_cur.InBody && !_cur.Hidden)
        {
            _acc.AppendText(text, _cur.InLink);
        }
    }

    private void OnStartTag(string name)
    {
        if (UseForeignRules(true, name))
        {
            ForeignStart(name);
            return;
        }

        HtmlStart(name);
    }

    private void OnEndTag(string name)
    {
        if (_cur.RawText)
        {
            Pop();
            return;
        }

        if (_cur.Ns != Ns.Html)
        {
            ForeignEnd(name);
            return;
        }

        HtmlEnd(name);
    }

    // ---- foreign content ----

    private void ForeignStart(string name)
    {
        if (ElementSets.IsBreakOut(name) || (name == "font" && (_t.HasAttribute("color") || _t.HasAttribute("face") || _t.HasAttribute("size"))))
        {
            while (_cur.Ns != Ns.Html && !_cur.IsMathTextIntegration && !_cur.HtmlIntegration && _stack.Count > 1)
            {
                Pop();
            }

            HtmlStart(name);
            return;
        }

        Insert(name, _cur.Ns);
        if (_t.SelfClosing)
        {
            Pop();
        }
    }

    private void ForeignEnd(string name)
    {
        for (var i = _stack.Count - 1; i > 0; i--)
        {
            var node = _stack[i];
            if (node.Ns != Ns.Html)
            {
                if (string.Equals(node.Tag, name, StringComparison.OrdinalIgnoreCase))
                {
                    PopTo(i);
                    return;
                }

                continue;
            }

            HtmlEnd(name);
            return;
        }
    }

    // ---- HTML start tags ----

    private void HtmlStart(string name)
    {
        if (InTemplateContent)
        {
            BodyStart(name);
            return;
        }

        switch (_mode)
        {
            case Mode.BeforeHead:
                if (name == "html")
                {
                    MergeHtml();
                    return;
                }

                InsertHead();
                if (name == "head")
                {
                    return;
                }

                goto case Mode.InHead;
            case Mode.InHead:
                if (name == "html")
                {
                    MergeHtml();
                    return;
                }

                if (name == "head")
                {
                    return;
                }

                if (ElementSets.IsHeadTag(name))
                {
                    InsertHeadElement(name);
                    return;
                }

                PopTo(_stack.IndexOf(_headElement!));
                _mode = Mode.AfterHead;
                goto case Mode.AfterHead;
            case Mode.InHeadNoscript:
                if (name == "html")
                {
                    MergeHtml();
                    return;
                }

                if (name is "basefont" or "bgsound" or "link" or "meta" or "noframes" or "style")
                {
                    InsertHeadElement(name);
                    return;
                }

                if (name is "head" or "noscript")
                {
                    return;
                }

                Pop();
                _mode = Mode.InHead;
                goto case Mode.InHead;
            case Mode.AfterHead:
                if (name == "html")
                {
                    MergeHtml();
                    return;
                }

                if (name == "body")
                {
                    InsertBody(true);
                    return;
                }

                if (name is "frameset" or "head")
                {
                    return;
                }

                if (ElementSets.IsHeadTag(name) && name != "noscript")
                {
                    // Stray head content after </head> still goes into the head.
                    var head = _headElement!;
                    head.InStack = true;
                    _stack.Add(head);
                    _cur = head;
                    InsertHeadElement(name);
                    RemoveFromStack(head);
                    return;
                }

                InsertBody(false);
                BodyStart(name);
                return;
            default:
                BodyStart(name);
                return;
        }
    }

    private void InsertHeadElement(string name)
    {
        switch (name)
        {
            case "base" or "basefont" or "bgsound" or "link" or "meta":
                InsertVoid(name);
                return;
            case "title":
                Insert(name).RawText = true;
                _t.SetTextState(TextState.RcData, name);
                return;
            case "noscript" when _mode == Mode.InHead:
                Insert(name);
                _mode = Mode.InHeadNoscript;
                return;
            case "noscript":
                Insert(name);
                return;
            case "noframes" or "style":
                Insert(name).RawText = true;
                _t.SetTextState(TextState.RawText, name);
                return;
            case "script":
                Insert(name).RawText = true;
                _t.SetTextState(TextState.ScriptData, name);
                return;
            case "template":
                Insert(name);
                _formatting.Add(null);
                return;
        }
    }

    private void BodyStart(string name)
    {
        if (name == "image")
        {
            name = "img";
        }

        var ctx = ModeElement();
        if (ctx is not null)
        {
            switch (ctx.Tag)
            {
                case "select":
                    SelectStart(name);
                    return;
                case "table" or "tbody" or "thead" or "tfoot" or "tr":
                    if (TableStart(name))
                    {
                        return;
                    }

                    break;
                case "td" or "th" or "caption":
                    if (CellStart(name, ctx))
                    {
                        return;
                    }

                    break;
            }
        }

        switch (name)
        {
            case "html":
                MergeHtml();
                return;
            case "base" or "basefont" or "bgsound" or "link" or "meta" or "noframes" or "script" or "style" or "template" or "title":
                InsertHeadElement(name);
                return;
            case "body":
                MergeBody();
                return;
            case "frameset" or "caption" or "col" or "colgroup" or "frame" or "head" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr":
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                CloseParagraph();
                if (ElementSets.IsHeading(_cur.Tag) && _cur.Ns == Ns.Html)
                {
                    Pop();
                }

                Insert(name);
                return;
            case "pre" or "listing":
                CloseParagraph();
                Insert(name);
                _t.SkipLeadingNewline();
                return;
            case "form":
                if (_form is not null && !TemplateOpen())
                {
                    return;
                }

                CloseParagraph();
                var form = Insert(name);
                if (!TemplateOpen())
                {
                    _form = form;
                }

                return;
            case "li":
                ListItemStart(name, static t => t == "li");
                return;
            case "dd" or "dt":
                ListItemStart(name, static t => t is "dd" or "dt");
                return;
            case "plaintext":
                CloseParagraph();
                Insert(name);
                _t.SetTextState(TextState.PlainText, name);
                return;
            case "button":
                if (InScope("button", Scope.Default))
                {
                    GenerateImpliedEndTags(null);
                    PopUntil("button");
                }

                Reconstruct();
                Insert(name);
                return;
            case "a":
                var open = ActiveAnchor();
                if (open is not null)
                {
                    CloseAnchor(open);
                }

                Reconstruct();
                _formatting.Add(Insert(name));
                return;
            case "applet" or "marquee" or "object":
                Reconstruct();
                Insert(name);
                _formatting.Add(null);
                return;
            case "table":
                if (!_quirks)
                {
                    CloseParagraph();
                }

                Insert(name);
                return;
            case "area" or "br" or "embed" or "img" or "keygen" or "wbr" or "input":
                Reconstruct();
                InsertVoid(name);
                return;
            case "param" or "source" or "track":
                InsertVoid(name);
                return;
            case "hr":
                CloseParagraph();
                InsertVoid(name);
                return;
            case "textarea":
                Insert(name).RawText = true;
                _t.SetTextState(TextState.RcData, name);
                _t.SkipLeadingNewline();
                return;
            case "xmp":
                CloseParagraph();
                Reconstruct();
                Insert(name).RawText = true;
                _t.SetTextState(TextState.RawText, name);
                return;
            case "iframe" or "noembed":
                Insert(name).RawText = true;
                _t.SetTextState(TextState.RawText, name);
                return;
            case "optgroup" or "option":
                if (_cur.IsHtml("option"))
                {
                    Pop();
                }

                Reconstruct();
                Insert(name);
                return;
            case "rb" or "rtc" or "rp" or "rt":
                if (InScope("ruby", Scope.Default))
                {
                    GenerateImpliedEndTags(name is "rp" or "rt" ? "rtc" : null);
                }

                Insert(name);
                return;
            case "math":
                Reconstruct();
                Insert(name, Ns.MathMl);
                if (_t.SelfClosing)
                {
                    Pop();
                }

                return;
            case "svg":
                Reconstruct();
                Insert(name, Ns.Svg);
                if (_t.SelfClosing)
                {
                    Pop();
                }

                return;
        }

        if (ElementSets.IsParagraphCloser(name))
        {
            CloseParagraph();
            Insert(name);
            return;
        }

        Reconstruct();
        Insert(name);
    }

    private void ListItemStart(string name, Func<string, bool> same)
    {
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            var node = _stack[i];
            if (node.Ns == Ns.Html && same(node.Tag))
            {
                GenerateImpliedEndTags(node.Tag);
                PopTo(i);
                break;
            }

            if (ElementSets.IsSpecial(node.Tag, node.Ns) && !(node.Ns == Ns.Html && node.Tag is "address" or "div" or "p"))
            {
                break;
            }
        }

        CloseParagraph();
        Insert(name);
    }

    private bool TableStart(string name)
    {
        switch (name)
        {
            case "caption":
                ClearBackTo(static t => t is "table");
                Insert(name);
                _formatting.Add(null);
                return true;
            case "colgroup":
                ClearBackTo(static t => t is "table");
                return true;
            case "col":
                ClearBackTo(static t => t is "table");
                InsertVoid(name);
                return true;
            case "tbody" or "thead" or "tfoot":
                ClearBackTo(static t => t is "table");
                Insert(name);
                return true;
            case "tr":
                ClearBackTo(static t => t is "table" or "tbody" or "thead" or "tfoot");
                if (_cur.IsHtml("table"))
                {
                    Insert("tbody", Ns.Html, false);
                }

                Insert(name);
                return true;
            case "td" or "th":
                ClearBackTo(static t => t is "table" or "tbody" or "thead" or "tfoot" or "tr");
                if (_cur.IsHtml("table"))
                {
                    Insert("tbody", Ns.Html, false);
                }

                if (!_cur.IsHtml("tr"))
                {
                    Insert("tr", Ns.Html, false);
                }

                Insert(name);
                _formatting.Add(null);
                return true;
            case "table":
                if (InScope("table", Scope.Table))
                {
                    PopUntil("table");
                    BodyStart(name);
                }

                return true;
            case "style" or "script" or "template":
                InsertHeadElement(name);
                return true;
            case "input" when string.Equals(_t.Attribute("type"), "hidden", StringComparison.OrdinalIgnoreCase):
                InsertVoid(name);
                return true;
            case "form":
                if (_form is null && !TemplateOpen())
                {
                    _form = Insert(name);
                    Pop();
                }

                return true;
        }

        return false;
    }

    private bool CellStart(string name, OpenElement ctx)
    {
        if (name is "caption" or "col" or "colgroup" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr"
            || (name == "table" && ctx.Tag == "caption"))
        {
            CloseCell(ctx);
            BodyStart(name);
            return true;
        }

        return false;
    }

    private void CloseCell(OpenElement ctx)
    {
        GenerateImpliedEndTags(null);
        PopTo(_stack.IndexOf(ctx));
        ClearFormattingToMarker();
    }

    private void SelectStart(string name)
    {
        switch (name)
        {
            case "html":
                MergeHtml();
                return;
            case "option":
                if (_cur.IsHtml("option"))
                {
                    Pop();
                }

                Insert(name);
                return;
            case "optgroup":
                if (_cur.IsHtml("option"))
                {
                    Pop();
                }

                if (_cur.IsHtml("optgroup"))
                {
                    Pop();
                }

                Insert(name);
                return;
            case "hr":
                if (_cur.IsHtml("option"))
                {
                    Pop();
                }

                if (_cur.IsHtml("optgroup"))
                {
                    Pop();
                }

                InsertVoid(name);
                return;
            case "select":
                PopUntil("select");
                return;
            case "input" or "keygen" or "textarea":
                PopUntil("select");
                BodyStart(name);
                return;
            case "caption" or "table" or "tbody" or "tfoot" or "thead" or "tr" or "td" or "th":
                if (SelectInTable())
                {
                    PopUntil("select");
                    BodyStart(name);
                }

                return;
            case "script" or "template":
                InsertHeadElement(name);
                return;
        }
    }

    // ---- HTML end tags ----

    private void HtmlEnd(string name)
    {
        if (InTemplateContent)
        {
            BodyEnd(name);
            return;
        }

        switch (_mode)
        {
            case Mode.BeforeHead:
                if (name is "head" or "body" or "html" or "br")
                {
                    InsertHead();
                    goto case Mode.InHead;
                }

                return;
            case Mode.InHead:
                if (name == "head")
                {
                    PopTo(_stack.IndexOf(_headElement!));
                    _mode = Mode.AfterHead;
                    return;
                }

                if (name is "body" or "html" or "br")
                {
                    PopTo(_stack.IndexOf(_headElement!));
                    _mode = Mode.AfterHead;
                    goto case Mode.AfterHead;
                }

                if (name == "template" && FindInStack("template") is var t and >= 0)
                {
                    PopTo(t);
                    ClearFormattingToMarker();
                }

                return;
            case Mode.InHeadNoscript:
                if (name == "noscript")
                {
                    Pop();
                    _mode = Mode.InHead;
                    return;
                }

                if (name == "br")
                {
                    Pop();
                    _mode = Mode.InHead;
                    goto case Mode.InHead;
                }

                return;
            case Mode.AfterHead:
                if (name is "body" or "html" or "br")
                {
                    InsertBody(false);
                    BodyEnd(name);
                }

                return;
            default:
                BodyEnd(name);
                return;
        }
    }

    private void BodyEnd(string name)
    {
        var ctx = ModeElement();
        if (ctx is not null)
        {
            switch (ctx.Tag)
            {
                case "select":
                    SelectEnd(name);
                    return;
                case "table" or "tbody" or "thead" or "tfoot" or "tr":
                    if (TableEnd(name))
                    {
                        return;
                    }

                    break;
                case "td" or "th":
                    if (name is "td" or "th")
                    {
                        if (InScope(name, Scope.Table))
                        {
                            CloseCell(_stack[FindInStack(name)]);
                        }

                        return;
                    }

                    if (name is "body" or "caption" or "col" or "colgroup" or "html")
                    {
                        return;
                    }

                    if (name is "table" or "tbody" or "tfoot" or "thead" or "tr")
                    {
                        if (InScope(name, Scope.Table))
                        {
                            CloseCell(ctx);
                            BodyEnd(name);
                        }

                        return;
                    }

                    break;
                case "caption":
                    if (name == "caption")
                    {
                        CloseCell(ctx);
                        return;
                    }

                    if (name == "table")
                    {
                        CloseCell(ctx);
                        BodyEnd(name);
                        return;
                    }

                    if (name is "body" or "col" or "colgroup" or "html" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr")
                    {
                        return;
                    }

                    break;
            }
        }

        switch (name)
        {
            case "template":
                if (FindInStack("template") is var t and >= 0)
                {
                    PopTo(t);
                    ClearFormattingToMarker();
                }

                return;
            case "body" or "html":
                return;
            case "form":
                var form = _form;
                _form = null;
                if (form is null || !InScope(form))
                {
                    return;
                }

                GenerateImpliedEndTags(null);
                RemoveFromStack(form);
                return;
            case "p":
                if (!InScope("p", Scope.Button))
                {
                    Insert("p", Ns.Html, false);
                }

                GenerateImpliedEndTags("p");
                PopUntil("p");
                return;
            case "li":
                if (InScope("li", Scope.ListItem))
                {
                    GenerateImpliedEndTags("li");
                    PopUntil("li");
                }

                return;
            case "dd" or "dt":
                if (InScope(name, Scope.Default))
                {
                    GenerateImpliedEndTags(name);
                    PopUntil(name);
                }

                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                if (HeadingInScope())
                {
                    GenerateImpliedEndTags(null);
                    while (_stack.Count > 1 && !(_cur.Ns == Ns.Html && ElementSets.IsHeading(_cur.Tag)))
                    {
                        Pop();
                    }

                    Pop();
                }

                return;
            case "a":
                var anchor = ActiveAnchor();
                if (anchor is null)
                {
                    AnyOtherEnd(name);
                }
                else
                {
                    CloseAnchor(anchor);
                }

                return;
            case "applet" or "marquee" or "object":
                if (InScope(name, Scope.Default))
                {
                    GenerateImpliedEndTags(null);
                    PopUntil(name);
                    ClearFormattingToMarker();
                }

                return;
            case "br":
                Reconstruct();
                InsertVoid(name, false);
                return;
        }

        if (ElementSets.IsParagraphCloser(name) || name is "button" or "listing" or "pre")
        {
            if (InScope(name, Scope.Default))
            {
                GenerateImpliedEndTags(null);
                PopUntil(name);
            }

            return;
        }

        if (ElementSets.IsFormatting(name))
        {
            CloseFormatting(name);
            return;
        }

        AnyOtherEnd(name);
    }

    private bool TableEnd(string name)
    {
        switch (name)
        {
            case "table":
                if (InScope("table", Scope.Table))
                {
                    PopUntil("table");
                }

                return true;
            case "tbody" or "thead" or "tfoot" or "tr":
                if (InScope(name, Scope.Table))
                {
                    PopUntil(name);
                }

                return true;
            case "body" or "caption" or "col" or "colgroup" or "html" or "td" or "th":
                return true;
        }

        return false;
    }

    private void SelectEnd(string name)
    {
        switch (name)
        {
            case "optgroup":
                if (_cur.IsHtml("option") && _stack.Count > 2 && _stack[^2].IsHtml("optgroup"))
                {
                    Pop();
                }

                if (_cur.IsHtml("optgroup"))
                {
                    Pop();
                }

                return;
            case "option":
                if (_cur.IsHtml("option"))
                {
                    Pop();
                }

                return;
            case "select":
                PopUntil("select");
                return;
            case "caption" or "table" or "tbody" or "tfoot" or "thead" or "tr" or "td" or "th":
                if (SelectInTable() && InScope(name, Scope.Table))
                {
                    PopUntil("select");
                    BodyEnd(name);
                }

                return;
        }
    }

    private void AnyOtherEnd(string name)
    {
        for (var i = _stack.Count - 1; i > 0; i--)
        {
            var node = _stack[i];
            if (node.IsHtml(name))
            {
                GenerateImpliedEndTags(name);
                PopTo(FindInStack(name));
                return;
            }

            if (ElementSets.IsSpecial(node.Tag, node.Ns))
            {
                return;
            }
        }
    }

    /// <summary>
    /// The end of a formatting element. The standard's adoption agency re-parents misnested content under
    /// clones; blocks are unaffected by that, so the element simply leaves the stack of open elements.
    /// </summary>
    private void CloseFormatting(string name)
    {
        var i = FindInStack(name);
        if (i < 0 || !InScope(_stack[i]))
        {
            return;
        }

        if (!SpecialAbove(i))
        {
            GenerateImpliedEndTags(name);
            PopTo(FindInStack(name));
            return;
        }

        RemoveFromStack(_stack[i]);
    }

    private OpenElement? ActiveAnchor()
    {
        for (var i = _formatting.Count - 1; i >= 0; i--)
        {
            var e = _formatting[i];
            if (e is null)
            {
                return null;
            }

            if (e.Tag == "a")
            {
                return e;
            }
        }

        return null;
    }

    private void CloseAnchor(OpenElement anchor)
    {
        if (!anchor.InStack)
        {
            _formatting.Remove(anchor);
            return;
        }

        if (!InScope(anchor))
        {
            return;
        }

        _formatting.Remove(anchor);
        var i = _stack.IndexOf(anchor);
        if (!SpecialAbove(i))
        {
            PopTo(i);
            return;
        }

        // Misnested: what follows inside the open blocks is no longer part of the link.
        RemoveFromStack(anchor);
        for (var j = i; j < _stack.Count; j++)
        {
            var node = _stack[j];
            node.InLink = (node.Parent?.InLink ?? false) || (node.Tag == "a" && node.Href && node.Ns == Ns.Html && !node.Hidden && node.InStack && IsLive(node));
        }
    }

    private bool IsLive(OpenElement a) => _formatting.Contains(a);

    private bool SpecialAbove(int index)
    {
        for (var j = index + 1; j < _stack.Count; j++)
        {
            if (ElementSets.IsSpecial(_stack[j].Tag, _stack[j].Ns))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reopens links that an end tag closed early (the standard's active formatting elements, for &lt;a&gt;).</summary>
    private void Reconstruct()
    {
        if (_formatting.Count == 0)
        {
            return;
        }

        var last = _formatting[^1];
        if (last is null || last.InStack)
        {
            return;
        }

        var start = _formatting.Count - 1;
        while (start > 0 && _formatting[start - 1] is { InStack: false })
        {
            start--;
        }

        for (var i = start; i < _formatting.Count; i++)
        {
            var old = _formatting[i]!;
            var clone = Attach(new OpenElement { Tag = old.Tag, Ns = Ns.Html, Parent = _cur });
            if (old.OwnHidden)
            {
                clone.Hidden = clone.OwnHidden = true;
            }
            else if (clone.InBody && !clone.Hidden)
            {
                clone.Href = old.Href;
                clone.InLink |= old.Href;
                if (old.AuthorRel)
                {
                    StartAuthorLink(clone);
                }
            }

            Push(clone);
            _formatting[i] = clone;
        }
    }

    private void ClearFormattingToMarker()
    {
        while (_formatting.Count > 0)
        {
            var e = _formatting[^1];
            _formatting.RemoveAt(_formatting.Count - 1);
            if (e is null)
            {
                return;
            }
        }
    }

    // ---- the stack and the walk ----

    private OpenElement Insert(string name, Ns ns = Ns.Html, bool fromToken = true)
    {
        var node = Attach(new OpenElement { Tag = name, Ns = ns, Parent = _cur });
        Visit(node, fromToken);
        Push(node);
        return node;
    }

    private void InsertVoid(string name, bool fromToken = true)
    {
        Insert(name, Ns.Html, fromToken);
        Pop();
    }

    private OpenElement Attach(OpenElement node)
    {
        var parent = node.Parent!;
        node.InBody = parent.InBody;
        node.Hidden = parent.Hidden;
        node.InLink = parent.InLink;
        node.InTemplate = parent.InTemplate || parent.IsHtml("template");
        return node;
    }

    private void Push(OpenElement node)
    {
        Count(node, 1);
        node.InStack = true;
        _stack.Add(node);
        _cur = node;
    }

    /// <summary>What the DOM walk does on entering an element, and what the page-wide queries collect.</summary>
    private void Visit(OpenElement node, bool fromToken)
    {
        var tag = node.Tag;
        if (node.Ns != Ns.Html)
        {
            node.Hidden = true;
            node.HtmlIntegration = node.Ns == Ns.Svg
                ? tag is "foreignobject" or "desc" or "title"
                : tag == "annotation-xml" && fromToken && _t.Attribute("encoding") is { } enc
                  && (enc.Equals("text/html", StringComparison.OrdinalIgnoreCase) || enc.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase));
            return;
        }

        if (!node.InTemplate)
        {
            Collect(node, fromToken);
        }

        if (!node.InBody || node.Hidden)
        {
            return;
        }

        if (HtmlTags.IsSkipped(tag)
            || (fromToken && ((_t.HasAttribute("hidden") && !HtmlTags.IsStreamedSegment(_t.Attribute("id"))) || (_t.TryAttribute("style", out var style) && HtmlTags.IsHiddenStyle(style)))))
        {
            node.Hidden = node.OwnHidden = true;
            return;
        }

        switch (tag)
        {
            case "br":
                _acc.LineBreak();
                return;
            case "img":
                var src = fromToken ? _t.Attribute("src") ?? _t.Attribute("data-src") ?? "" : "";
                _head.Images.Add((src.Trim(), (fromToken ? _t.Attribute("alt") : null)?.Trim() ?? "", _acc.Current));
                return;
            case "time":
                var dt = fromToken ? _t.Attribute("datetime") : null;
                if (!string.IsNullOrWhiteSpace(dt))
                {
                    var pub = _t.HasAttribute("pubdate") || string.Equals(_t.Attribute("itemprop"), "datePublished", StringComparison.OrdinalIgnoreCase);
                    _head.Times.Add((dt.Trim(), _acc.Current, pub));
                }

                break;
            case "a":
                var rel = fromToken ? _t.Attribute("rel") : null;
                if (rel is not null && rel.Contains("author", StringComparison.OrdinalIgnoreCase))
                {
                    node.AuthorRel = true;
                    StartAuthorLink(node);
                }

                node.Href = !fromToken || _t.HasAttribute("href");
                node.InLink |= node.Href;
                break;
        }

        if (HtmlTags.IsBlock(tag))
        {
            var classId = !fromToken ? ""
                : _t.TryAttribute("class", out var cls) | _t.TryAttribute("id", out var id) ? ElementHints.ClassId(cls, id) : "";
            var hints = fromToken ? ElementHints.Hints(_t.Attribute("itemprop"), _t.Attribute("role"), _t.Attribute("itemtype"), _t.Attribute("aria-hidden")) : "";
            _acc.OpenBlock(tag, classId, hints);
            node.Block = true;
        }
    }

    private void StartAuthorLink(OpenElement node)
    {
        node.AuthorSlot = _head.AuthorLinks.Count;
        _head.AuthorLinks.Add("");
        node.Capture = new StringBuilder();
        _authors.Add(node);
    }

    /// <summary>meta, link, title and JSON-LD are read from the whole document, as the DOM builder's queries do.</summary>
    private void Collect(OpenElement node, bool fromToken)
    {
        if (!fromToken)
        {
            return;
        }

        switch (node.Tag)
        {
            case "meta":
                var key = _t.Attribute("property") ?? _t.Attribute("name") ?? _t.Attribute("itemprop") ?? _t.Attribute("http-equiv");
                var content = _t.Attribute("content");
                if (key is not null && content is not null)
                {
                    _head.Meta.Add(new(key.Trim().ToLowerInvariant(), content.Trim()));
                }

                break;
            case "link":
                if (string.Equals(_t.Attribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase))
                {
                    _head.Canonical ??= _t.Attribute("href")?.Trim();
                }

                break;
            case "script":
                var type = _t.Attribute("type");
                if (type is not null && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                {
                    node.Capture = new StringBuilder();
                }

                break;
            case "title" when !_titleSeen:
                _titleSeen = true;
                node.Capture = new StringBuilder();
                break;
        }
    }

    /// <summary>What the DOM walk does on leaving an element.</summary>
    private void Exit(OpenElement node)
    {
        if (node.Block)
        {
            _acc.CloseBlock();
        }

        if (node.Capture is { } text)
        {
            if (node.AuthorSlot >= 0)
            {
                _head.AuthorLinks[node.AuthorSlot] = text.ToString().Trim();
                _authors.Remove(node);
            }
            else if (node.Tag == "title")
            {
                _head.TitleTag = CollapseAndStrip(text);
            }
            else
            {
                _head.JsonLd.Add(text.ToString());
            }

            node.Capture = null;
        }
    }

    private static string CollapseAndStrip(StringBuilder text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    space = sb.Length > 0;
                    continue;
                }

                if (space)
                {
                    sb.Append(' ');
                    space = false;
                }

                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private void Pop() => PopTo(_stack.Count - 1);

    /// <summary>Pops the stack down to <paramref name="count"/> elements, leaving every element the insertion point moves out of.</summary>
    private void PopTo(int count)
    {
        if (count < 0 || count >= _stack.Count)
        {
            return;
        }

        for (var i = count; i < _stack.Count; i++)
        {
            _stack[i].InStack = false;
            Count(_stack[i], -1);
        }

        _stack.RemoveRange(count, _stack.Count - count);
        var target = count > 0 ? _stack[count - 1] : null;
        var n = _cur;
        while (n is not null && n != target)
        {
            Exit(n);
            n = n.Parent;
        }

        _cur = target ?? _root;
    }

    private void RemoveFromStack(OpenElement node)
    {
        var i = _stack.IndexOf(node);
        if (i < 0)
        {
            return;
        }

        if (i == _stack.Count - 1)
        {
            PopTo(i);
            return;
        }

        node.InStack = false;
        Count(node, -1);
        _stack.RemoveAt(i);
    }

    private int FindInStack(string name)
    {
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            if (_stack[i].IsHtml(name))
            {
                return i;
            }
        }

        return -1;
    }

    private void PopUntil(string name)
    {
        var i = FindInStack(name);
        if (i > 0)
        {
            PopTo(i);
        }
    }

    private void ClearBackTo(Func<string, bool> context)
    {
        while (_stack.Count > 1 && !(_cur.Ns == Ns.Html && (context(_cur.Tag) || _cur.Tag is "template" or "html")))
        {
            Pop();
        }
    }

    private void GenerateImpliedEndTags(string? except)
    {
        while (_stack.Count > 1 && _cur.Ns == Ns.Html && ElementSets.HasImpliedEnd(_cur.Tag) && _cur.Tag != except)
        {
            Pop();
        }
    }

    private void CloseParagraph()
    {
        if (_paragraphs > 0 && InScope("p", Scope.Button))
        {
            GenerateImpliedEndTags("p");
            PopUntil("p");
        }
    }

    private enum Scope
    {
        Default,
        Button,
        ListItem,
        Table,
    }

    private bool InScope(string name, Scope scope)
    {
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            var node = _stack[i];
            if (node.IsHtml(name))
            {
                return true;
            }

            if (IsBoundary(node, scope))
            {
                return false;
            }
        }

        return false;
    }

    private bool InScope(OpenElement target)
    {
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            var node = _stack[i];
            if (node == target)
            {
                return true;
            }

            if (IsBoundary(node, Scope.Default))
            {
                return false;
            }
        }

        return false;
    }

    private bool HeadingInScope()
    {
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            var node = _stack[i];
            if (node.Ns == Ns.Html && ElementSets.IsHeading(node.Tag))
            {
                return true;
            }

            if (IsBoundary(node, Scope.Default))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsBoundary(OpenElement node, Scope scope) => scope switch
    {
        Scope.Table => node.Ns == Ns.Html && node.Tag is "html" or "table" or "template",
        Scope.Button => node.IsScopeBoundary || node.IsHtml("button"),
        Scope.ListItem => node.IsScopeBoundary || (node.Ns == Ns.Html && node.Tag is "ol" or "ul"),
        _ => node.IsScopeBoundary,
    };

    // Most of a page lies outside tables and paragraphs: counting them spares the stack searches there.
    private void Count(OpenElement node, int delta)
    {
        if (node.Ns != Ns.Html)
        {
            return;
        }

        switch (node.Tag)
        {
            case "td" or "th" or "caption" or "table" or "tbody" or "thead" or "tfoot" or "tr" or "select":
                _modeElements += delta;
                break;
            case "p":
                _paragraphs += delta;
                break;
        }
    }

    /// <summary>The innermost element that puts the parser in a table, cell, caption or select insertion mode, if any.</summary>
    private OpenElement? ModeElement()
    {
        if (_modeElements == 0)
        {
            return null;
        }

        for (var i = _stack.Count - 1; i > 0; i--)
        {
            var node = _stack[i];
            if (node.Ns != Ns.Html)
            {
                continue;
            }

            switch (node.Tag)
            {
                case "td" or "th" or "caption" or "table" or "tbody" or "thead" or "tfoot" or "tr" or "select":
                    return node;
                case "template" or "body":
                    return null;
            }
        }

        return null;
    }

    private bool SelectInTable()
    {
        var select = FindInStack("select");
        for (var i = select - 1; i > 0; i--)
        {
            if (_stack[i].IsHtml("table"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Template contents follow the body rules wherever the template stands (the head included).</summary>
    private bool InTemplateContent => _cur.InTemplate || _cur.IsHtml("template");

    private bool TemplateOpen() => FindInStack("template") >= 0;

    // ---- html, head, body ----

    private void MergeHtml()
    {
        if (!_langSeen && _t.Attribute("lang") is { } lang)
        {
            _langSeen = true;
            _head.Language = lang.Trim();
        }
    }

    private void InsertHead()
    {
        _headElement = Insert("head", Ns.Html, _t.Kind == TokenKind.StartTag && _t.TagName == "head");
        _mode = Mode.InHead;
    }

    private void EnsureBody()
    {
        if (_mode == Mode.InBody)
        {
            return;
        }

        if (_mode == Mode.BeforeHead)
        {
            InsertHead();
        }

        PopTo(1);
        InsertBody(false);
    }

    private void InsertBody(bool fromToken)
    {
        var body = new OpenElement { Tag = "body", Ns = Ns.Html, Parent = _cur, InBody = true };
        _bodyIndex = _acc.Document.Elements.Count;
        if (fromToken)
        {
            _bodyAttributes = [];
            for (var i = 0; i < _t.AttributeCount; i++)
            {
                var n = _t.AttributeName(i).ToString().ToLowerInvariant();
                _bodyAttributes.TryAdd(n, _t.Attribute(n) ?? "");
            }
        }

        Visit(body, fromToken);
        Push(body);
        _body = body;
        _mode = Mode.InBody;
    }

    /// <summary>A second &lt;body&gt; tag adds the attributes the first one lacked.</summary>
    private void MergeBody()
    {
        if (_body is null || _stack.Count < 2 || _stack[1] != _body || !_body.Block)
        {
            return;
        }

        _bodyAttributes ??= [];
        var changed = false;
        for (var i = 0; i < _t.AttributeCount; i++)
        {
            var n = _t.AttributeName(i).ToString().ToLowerInvariant();
            if (_bodyAttributes.TryAdd(n, _t.Attribute(n) ?? ""))
            {
                changed = true;
            }
        }

        if (!changed)
        {
            return;
        }

        var old = _acc.Document.Elements[_bodyIndex];
        string? Get(string k) => _bodyAttributes.GetValueOrDefault(k);
        _acc.Document.Elements[_bodyIndex] = new ElementInfo
        {
            Tag = old.Tag,
            Parent = old.Parent,
            Depth = old.Depth,
            ClassId = ElementHints.ClassId(Get("class"), Get("id")),
            Hints = ElementHints.Hints(Get("itemprop"), Get("role"), Get("itemtype"), Get("aria-hidden")),
        };
    }
}
