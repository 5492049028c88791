using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Prasa.Blocks;

namespace Prasa.Html;

/// <summary>Builds blocks by walking the DOM that AngleSharp's spec-following parser makes.</summary>
public sealed class AngleSharpBlockBuilder : IHtmlBlockBuilder
{
    private static readonly HtmlParserOptions Options = new() { IsScripting = false, IsKeepingSourceReferences = false };

    public BlockDocument Build(string html)
    {
        var parser = new HtmlParser(Options);
        using var document = parser.ParseDocument(html);
        var acc = new BlockAccumulator();
        var head = acc.Document.Head;
        head.Language = document.DocumentElement?.GetAttribute("lang")?.Trim();
        ReadHead(document, head);
        if (document.Body is { } body)
        {
            Walk(body, acc, head);
        }

        return acc.Finish();
    }

    private static void ReadHead(IDocument document, PageHead head)
    {
        head.TitleTag = document.Title;
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop")
                ?? meta.GetAttribute("http-equiv");
            var content = meta.GetAttribute("content");
            if (key is not null && content is not null)
            {
                head.Meta.Add(new(key.Trim().ToLowerInvariant(), content.Trim()));
            }
        }

        foreach (var link in document.QuerySelectorAll("link[rel]"))
        {
            if (string.Equals(link.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase))
            {
                head.Canonical ??= link.GetAttribute("href")?.Trim();
            }
        }

        foreach (var script in document.QuerySelectorAll("script"))
        {
            var type = script.GetAttribute("type");
            if (type is not null && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                head.JsonLd.Add(script.TextContent);
            }
        }
    }

    private static void Walk(IElement root, BlockAccumulator acc, PageHead head)
    {
        // An explicit stack: pages nest deep enough to overflow the call stack.
        var stack = new Stack<(INode Node, bool Exit, bool Block, int LinkDepth)>();
        stack.Push((root, false, false, 0));
        while (stack.Count > 0)
        {
            var (node, exit, isBlock, linkDepth) = stack.Pop();
            if (exit)
            {
                if (isBlock)
                {
                    acc.CloseBlock();
                }

                continue;
            }

            if (node is IText text)
            {
                acc.AppendText(text.Data, linkDepth > 0);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var tag = element.LocalName;
            if (HtmlTags.IsSkipped(tag) || (element.HasAttribute("hidden") && !HtmlTags.IsStreamedSegment(element.Id))
                || HtmlTags.IsHiddenStyle(element.GetAttribute("style")))
            {
                continue;
            }

            switch (tag)
            {
                case "br":
                    acc.LineBreak();
                    continue;
                case "img":
                    var src = element.GetAttribute("src") ?? element.GetAttribute("data-src") ?? "";
                    head.Images.Add((src.Trim(), element.GetAttribute("alt")?.Trim() ?? "", acc.Current));
                    continue;
                case "time":
                    var dt = element.GetAttribute("datetime");
                    if (!string.IsNullOrWhiteSpace(dt))
                    {
                        var pub = element.HasAttribute("pubdate")
                            || string.Equals(element.GetAttribute("itemprop"), "datePublished", StringComparison.OrdinalIgnoreCase);
                        head.Times.Add((dt.Trim(), acc.Current, pub));
                    }

                    break;
                case "a":
                    var rel = element.GetAttribute("rel");
                    if (rel is not null && rel.Contains("author", StringComparison.OrdinalIgnoreCase))
                    {
                        head.AuthorLinks.Add(element.TextContent.Trim());
                    }

                    // A bare <a name> is an anchor, not a link.
                    if (element.HasAttribute("href"))
                    {
                        linkDepth++;
                    }

                    break;
            }

            var block = HtmlTags.IsBlock(tag);
            if (block)
            {
                acc.OpenBlock(tag, ClassId(element), Hints(element));
            }

            stack.Push((node, true, block, linkDepth));
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], false, false, linkDepth));
            }
        }
    }

    private static string ClassId(IElement e) => ElementHints.ClassId(e.GetAttribute("class"), e.GetAttribute("id"));

    private static string Hints(IElement e) => ElementHints.Hints(
        e.GetAttribute("itemprop"), e.GetAttribute("role"), e.GetAttribute("itemtype"), e.GetAttribute("aria-hidden"));
}
