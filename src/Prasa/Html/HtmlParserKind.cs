namespace Prasa.Html;

/// <summary>Which HTML parser turns pages into blocks.</summary>
public enum HtmlParserKind
{
    /// <summary>The streaming tokenizer and tree rules (<see cref="StreamingBlockBuilder"/>): several times faster.</summary>
    Fast,

    /// <summary>AngleSharp's spec-following DOM (<see cref="AngleSharpBlockBuilder"/>): the reference.</summary>
    Angle,
}

public static class HtmlParsers
{
    /// <summary>The environment variable that picks the parser when no option does (fast or angle).</summary>
    public const string EnvironmentVariable = "PRASA_PARSER";

    public static IHtmlBlockBuilder Create(HtmlParserKind kind) => kind switch
    {
        HtmlParserKind.Angle => new AngleSharpBlockBuilder(),
        _ => new StreamingBlockBuilder(),
    };

    /// <summary>The parser named by <see cref="EnvironmentVariable"/>, or the fast one.</summary>
    public static HtmlParserKind FromEnvironment() =>
        Enum.TryParse<HtmlParserKind>(Environment.GetEnvironmentVariable(EnvironmentVariable), true, out var kind) ? kind : HtmlParserKind.Fast;
}
