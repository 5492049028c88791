namespace Prasa.Inputs;

/// <summary>A page found on the command line or in a folder; loading it may still fail, and then only it fails.</summary>
public sealed class InputItem(string source, Func<PageInput> load)
{
    public string Source { get; } = source;

    public PageInput Load() => load();
}
