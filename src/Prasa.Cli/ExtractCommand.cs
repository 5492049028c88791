using System.CommandLine;
using Prasa.Inputs;
using Prasa.Output;

namespace Prasa.Cli;

/// <summary>`prasa extract`: pages in, articles out.</summary>
public static class ExtractCommand
{
    public static Command Create(Stream stdout, TextWriter stderr, bool stdoutRedirected, Func<Stream>? stdin)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or folders (recursed) to extract; '-' reads one page from standard input.",
            Arity = ArgumentArity.OneOrMore,
        };

        // The argument takes any token, so a mistyped option would otherwise become a missing file.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                var value = token.Value;
                if (value.Length > 1 && value[0] == '-' && !File.Exists(value) && !Directory.Exists(value))
                {
                    result.AddError($"Unrecognized option '{value}'.");
                }
            }
        });
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var format = new Option<OutputFormat?>("--format", "-f")
        {
            Description = "jsonl (one article a line; default when output is not a terminal), json (one array), txt (main text; default on a terminal) or md (Markdown).",
        };
        var mode = new Option<InputMode>("--mode")
        {
            Description = "auto (tell HTML from a text dump by content), html or text.",
            DefaultValueFactory = _ => InputMode.Auto,
        };
        var explain = new Option<bool>("--explain") { Description = "Add every block of the page with its label and, for removed blocks, the reason." };
        var command = new Command("extract", "Extract articles from HTML pages or plain-text dumps.")
        {
            paths, output, format, mode, explain,
        };
        command.SetAction(parse =>
        {
            var outPath = parse.GetValue(output);
            var chosen = parse.GetValue(format) ?? (outPath is not null || stdoutRedirected ? OutputFormat.Jsonl : OutputFormat.Txt);
            Stream target;
            try
            {
                target = outPath is null ? stdout : File.Create(outPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"prasa: cannot write {outPath}: {e.Message}");
                return Commands.Usage;
            }

            try
            {
                var run = new ExtractRun(new Extractor(), chosen, parse.GetValue(mode), parse.GetValue(explain), stderr);
                var items = FileInputs.Expand(parse.GetValue(paths) ?? [], Extractor.DefaultMaxBytes, stdin);
                if (outPath is not null)
                {
                    // A run over a folder that holds its own output file must not read that file back as a page.
                    var written = Path.GetFullPath(outPath);
                    items = items.Where(i => !SamePath(i.Source, written));
                }

                return run.Execute(items, target) ? Commands.Ok : Commands.SomeFailed;
            }
            finally
            {
                if (!ReferenceEquals(target, stdout))
                {
                    target.Dispose();
                }
                else
                {
                    target.Flush();
                }
            }
        });
        return command;
    }

    private static bool SamePath(string source, string fullPath)
    {
        try
        {
            return source != "-" && Path.GetFullPath(source) == fullPath;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return false;
        }
    }
}
