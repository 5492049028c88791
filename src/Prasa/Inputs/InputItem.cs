namespace Prasa.Inputs;

/// <summary>A page found on the command line, in a folder or in an archive; loading it may still fail, and then only it fails.</summary>
public sealed class InputItem(string source, Func<PageInput> load)
{
    public string Source { get; } = source;

    /// <summary>Input bytes this page accounts for (file size, or the archive bytes its record took), for progress.</summary>
    public long Bytes { get; init; }

    /// <summary>How to read the page when the user left it to the content (JSONL says html or text by its fields).</summary>
    public InputMode? Mode { get; init; }

    public PageInput Load() => load();

    /// <summary>An item that fails with this message when loaded: a broken record becomes an error record, not a crash.</summary>
    public static InputItem Failed(string source, string message, long bytes = 0) =>
        new(source, () => throw new ExtractionException(message)) { Bytes = bytes };
}
