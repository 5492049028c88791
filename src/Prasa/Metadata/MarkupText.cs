using System.Text.RegularExpressions;

namespace Prasa.Metadata;

/// <summary>The text of a stretch of raw markup read outside the block tree: each tag a space, entities decoded.</summary>
internal static partial class MarkupText
{
    public static string Of(string markup) => System.Net.WebUtility.HtmlDecode(Tag().Replace(markup, " "));

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();
}
