using Prasa.Blocks;
using Prasa.Html.Streaming;

namespace Prasa.Html;

/// <summary>
/// Builds blocks in one pass over the HTML: a streaming tokenizer and the standard's tree-construction
/// rules, without a DOM. Gives the blocks <see cref="AngleSharpBlockBuilder"/> gives, several times faster.
/// </summary>
public sealed class StreamingBlockBuilder : IHtmlBlockBuilder
{
    public BlockDocument Build(string html) => new StreamingTreeBuilder(html).Run();
}
