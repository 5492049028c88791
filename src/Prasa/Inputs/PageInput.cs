namespace Prasa.Inputs;

/// <summary>One page to extract: its raw bytes, where it came from, and what is known about its fetch.</summary>
public sealed class PageInput
{
    public required string Source { get; init; }

    public byte[] Bytes { get; init; } = [];

    public string? Url { get; init; }

    public DateTimeOffset? FetchTime { get; init; }

    /// <summary>Charset from a transport header (HTTP Content-Type), when known.</summary>
    public string? DeclaredCharset { get; init; }
}

/// <summary>How to read a page: as HTML, as a plain-text dump, or decided from its content.</summary>
public enum InputMode
{
    Auto,
    Html,
    Text,
}
