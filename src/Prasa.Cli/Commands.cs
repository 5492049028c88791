using System.CommandLine;
using System.CommandLine.Help;
using System.Text;
using System.Text.RegularExpressions;
using Prasa.Inputs;
using Prasa.Output;

namespace Prasa.Cli;

/// <summary>The `prasa` command line: builds the commands and maps their outcome onto exit codes.</summary>
public static partial class Commands
{
    public const int Ok = 0;
    public const int SomeFailed = 1;
    public const int Usage = 2;

    public static int Run(string[] args, Stream stdout, TextWriter stderr, bool stdoutRedirected, Func<Stream>? stdin = null)
    {
        // A plain command named "prasa" rather than RootCommand, which would name itself after the assembly.
        var root = new Command("prasa", "Prasa: clean, structured articles from scraped news pages (HTML or text dumps).")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Subcommands.Add(ExtractCommand.Create(stdout, stderr, stdoutRedirected, stdin));
        if (args.Length == 0)
        {
            root.Parse("--help").Invoke(new InvocationConfiguration { Output = stderr });
            return Usage;
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"prasa: {Plain(error.Message)}");
            }

            stderr.WriteLine("Run 'prasa --help' for usage.");
            return Usage;
        }

        // Help and version go to the caller's stdout, like the articles do.
        using var output = new StreamWriter(stdout, new UTF8Encoding(false), 4096, leaveOpen: true);
        var exit = parsed.Invoke(new InvocationConfiguration { Output = output, Error = stderr });
        output.Flush();
        return exit;
    }

    /// <summary>
    /// A bad option value as a user reads it: "--format: 'xml' is not one of json, jsonl, md, txt" rather
    /// than the parser's "as expected type 'Prasa.Output.OutputFormat'. Did you mean …" with one value a line.
    /// </summary>
    internal static string Plain(string message)
    {
        var m = BadValue().Match(message);
        if (!m.Success)
        {
            return message;
        }

        var choices = m.Groups["choices"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var tail = choices.Length > 0 ? $" is not one of {string.Join(", ", choices).ToLowerInvariant()}" : " is not a valid value";
        return $"{m.Groups["option"].Value}: '{m.Groups["value"].Value}'{tail}";
    }

    [GeneratedRegex(@"^Cannot parse argument '(?<value>[^']*)' for option '(?<option>[^']*)' as expected type '[^']*'\.(?:\s*Did you mean one of the following\?(?<choices>[\s\S]*))?$")]
    private static partial Regex BadValue();
}
