using System.Buffers;
using System.Text;
using Prasa.Blocks;

namespace Prasa.Html;

/// <summary>
/// Builds blocks from a stream of element openings, closings and text, so that any HTML parser (DOM
/// walk or streaming tokenizer) can drive it and produce the same blocks.
/// </summary>
public sealed class BlockAccumulator
{
    private readonly BlockDocument _doc = new();
    private readonly List<int> _open = [];
    // What char.IsWhiteSpace accepts, and the zero-width space that pages use as a spacer.
    private static readonly SearchValues<char> Whitespace = SearchValues.Create(
        "\t\n\v\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u3000");

    private readonly StringBuilder _text = new();
    private int _linkChars;
    private bool _pendingSpace;
    private int _preDepth;
    private int _quoteDepth;
    private int _figureDepth;
    private readonly List<int> _headings = [];

    public BlockDocument Document => _doc;

    /// <summary>The innermost open block-level element, or -1.</summary>
    public int Current => _open.Count == 0 ? -1 : _open[^1];

    /// <summary>Opens a block-level element and returns its index.</summary>
    public int OpenBlock(string tag, string classId, string hints)
    {
        Flush();
        var parent = Current;
        var id = _doc.Elements.Count;
        _doc.Elements.Add(new ElementInfo
        {
            Tag = tag,
            Parent = parent,
            Depth = _open.Count,
            ClassId = classId,
            Hints = hints,
        });
        _open.Add(id);
        if (tag is "pre" or "listing" or "xmp")
        {
            _preDepth++;
        }
        else if (tag == "blockquote")
        {
            _quoteDepth++;
        }
        else if (tag == "figure")
        {
            _figureDepth++;
        }
        else if (HtmlTags.HeadingLevel(tag) is var level and > 0)
        {
            _headings.Add(level);
        }

        return id;
    }

    public void CloseBlock()
    {
        if (_open.Count == 0)
        {
            return;
        }

        Flush();
        var tag = _doc.Elements[_open[^1]].Tag;
        if (tag is "pre" or "listing" or "xmp")
        {
            _preDepth--;
        }
        else if (tag == "blockquote")
        {
            _quoteDepth--;
        }
        else if (tag == "figure")
        {
            _figureDepth--;
        }
        else if (HtmlTags.HeadingLevel(tag) > 0 && _headings.Count > 0)
        {
            _headings.RemoveAt(_headings.Count - 1);
        }

        _open.RemoveAt(_open.Count - 1);
    }

    public void AppendText(ReadOnlySpan<char> text, bool inLink)
    {
        // Runs of visible characters are copied whole; only the whitespace between them is looked at.
        while (!text.IsEmpty)
        {
            var run = text.IndexOfAny(Whitespace);
            if (run < 0)
            {
                run = text.Length;
            }

            if (run > 0)
            {
                if (_pendingSpace)
                {
                    _text.Append(' ');
                    if (inLink)
                    {
                        _linkChars++;
                    }

                    _pendingSpace = false;
                }

                _text.Append(text[..run]);
                if (inLink)
                {
                    _linkChars += run;
                }

                text = text[run..];
                continue;
            }

            var c = text[0];
            if (_preDepth > 0 && c == '\n')
            {
                _text.Append('\n');
                _pendingSpace = false;
            }
            else if (_text.Length > 0)
            {
                _pendingSpace = true;
            }

            text = text[1..];
        }
    }

    /// <summary>A &lt;br&gt;: a line break inside the block.</summary>
    public void LineBreak()
    {
        if (_text.Length > 0 && _text[^1] != '\n')
        {
            _text.Append('\n');
        }

        _pendingSpace = false;
    }

    public BlockDocument Finish()
    {
        while (_open.Count > 0)
        {
            CloseBlock();
        }

        Flush();
        return _doc;
    }

    private void Flush()
    {
        var end = _text.Length;
        while (end > 0 && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        if (end == 0)
        {
            Reset();
            return;
        }

        var owner = Current;
        var tag = owner >= 0 ? _doc.Elements[owner].Tag : "body";
        // Markup nests blocks inside headings and figures ("<h1><div>kicker</div><div>title</div></h1>").
        var level = _headings.Count > 0 ? _headings[^1] : 0;
        var kind = level > 0 ? BlockKind.Heading
            : _figureDepth > 0 ? BlockKind.Caption
            : _preDepth > 0 ? BlockKind.Preformatted
            : _quoteDepth > 0 ? BlockKind.Quote
            : tag switch
            {
                "li" or "dd" or "dt" => BlockKind.ListItem,
                "td" or "th" => BlockKind.TableCell,
                "figcaption" => BlockKind.Caption,
                _ => BlockKind.Paragraph,
            };
        var row = kind == BlockKind.TableCell && owner >= 0 ? _doc.Elements[owner].Parent : -1;
        _doc.Blocks.Add(new Block
        {
            Text = _text.ToString(0, end),
            Kind = kind,
            HeadingLevel = level,
            LinkChars = Math.Min(_linkChars, end),
            Element = owner,
            Row = row,
            Position = _doc.Blocks.Count,
        });
        Reset();
    }

    private void Reset()
    {
        _text.Clear();
        _linkChars = 0;
        _pendingSpace = false;
    }
}
