using Prasa.Blocks;

namespace Prasa.Html;

/// <summary>
/// Turns HTML into blocks. Everything after this interface sees only <see cref="BlockDocument"/>, so
/// the parser underneath can be swapped (a spec-following DOM today, a streaming tokenizer later).
/// </summary>
public interface IHtmlBlockBuilder
{
    BlockDocument Build(string html);
}
