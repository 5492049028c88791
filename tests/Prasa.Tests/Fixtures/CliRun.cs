using System.Text;
using Prasa.Cli;

namespace Prasa.Tests.Fixtures;

/// <summary>One `prasa` invocation in memory: exit code, what went to stdout and what went to stderr.</summary>
public sealed record CliRun(int Exit, string Out, string Err)
{
    public static CliRun Of(params string[] args) => With(null, true, args);

    public static CliRun With(byte[]? stdin, bool redirected, params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var exit = Commands.Run(args, stdout, stderr, redirected, stdin is null ? null : () => new MemoryStream(stdin));
        return new CliRun(exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    public string[] Lines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A scratch folder for files a test writes, removed afterwards.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "prasa-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name, string content) => File(name, Encoding.UTF8.GetBytes(content));

    public string File(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
