using System.CommandLine;
using Prasa.Dedup;
using Prasa.Html;
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
            Description = "Files or folders (recursed) to extract: HTML or text pages (.gz too), WARC archives (.warc, .warc.gz), JSONL dumps (.jsonl, .jsonl.gz); '-' reads one page from standard input.",
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
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Pages extracted at once (default: the number of cores).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var unordered = new Option<bool>("--unordered") { Description = "Write articles as they finish instead of in input order (a little faster; with --dedup the input order stays, so that the first copy is the first in input order)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress line and no summary on standard error." };
        var dedup = new Option<DedupMode>("--dedup")
        {
            Description = "off, mark (add \"duplicate_of\": the first copy's source) or drop (leave duplicates out): exact and near-duplicate main texts.",
            DefaultValueFactory = _ => DedupMode.Off,
        };
        var parser = new Option<HtmlParserKind>("--parser")
        {
            Description = $"fast (streaming, default) or angle (AngleSharp's DOM, the reference); also ${HtmlParsers.EnvironmentVariable}.",
            DefaultValueFactory = _ => HtmlParsers.FromEnvironment(),
        };
        var htmlField = new Option<string>("--html-field") { Description = "JSONL field with the page's HTML.", DefaultValueFactory = _ => JsonlFields.Default.Html };
        var textField = new Option<string>("--text-field") { Description = "JSONL field with a text dump (used when the HTML field is absent).", DefaultValueFactory = _ => JsonlFields.Default.Text };
        var urlField = new Option<string>("--url-field") { Description = "JSONL field with the page's URL.", DefaultValueFactory = _ => JsonlFields.Default.Url };
        var command = new Command("extract", "Extract articles from HTML pages, plain-text dumps, WARC archives and JSONL dumps.")
        {
            paths, output, format, mode, explain, jobs, unordered, quiet, dedup, parser, htmlField, textField, urlField,
        };
        command.SetAction(parse =>
        {
            var outPath = parse.GetValue(output);
            var chosen = parse.GetValue(format) ?? (outPath is not null || stdoutRedirected ? OutputFormat.Jsonl : OutputFormat.Txt);
            if (parse.GetValue(jobs) < 1)
            {
                stderr.WriteLine("prasa: --jobs must be at least 1");
                return Commands.Usage;
            }

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

            using var cancel = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                // The first Ctrl-C stops the run cleanly; the output keeps only complete records.
                e.Cancel = true;
                cancel.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            var buffered = new BufferedStream(target, 1 << 16);
            try
            {
                var inputs = parse.GetValue(paths) ?? [];
                var fields = new JsonlFields(parse.GetValue(htmlField)!, parse.GetValue(textField)!, parse.GetValue(urlField)!);
                var items = FileInputs.Expand(inputs, Extractor.DefaultMaxBytes, stdin, fields);
                if (outPath is not null)
                {
                    // A run over a folder that holds its own output file must not read that file back as a page.
                    var written = Path.GetFullPath(outPath);
                    items = items.Where(i => !SamePath(i.Source, written));
                }

                var isQuiet = parse.GetValue(quiet);
                var live = !isQuiet && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
                var progress = new RunProgress { TotalBytes = live ? FileInputs.TotalBytes(inputs) : 0 };
                ExtractRun Make(Action<RunProgress>? onPage, TextWriter errors) => new(
                    new Extractor(HtmlParsers.Create(parse.GetValue(parser))), chosen, parse.GetValue(mode), parse.GetValue(explain), errors)
                {
                    Jobs = parse.GetValue(jobs),
                    Unordered = parse.GetValue(unordered),
                    Dedup = parse.GetValue(dedup),
                    Cancel = cancel.Token,
                    OnPage = onPage,
                    Progress = progress,
                };
                var ok = live
                    ? ProgressDisplay.Run((onPage, errors) => Make(onPage, errors).Execute(items, buffered))
                    : Make(null, stderr).Execute(items, buffered);
                if ((live || progress.Interrupted) && !isQuiet)
                {
                    stderr.WriteLine(progress.Summary());
                }

                return ok ? Commands.Ok : Commands.SomeFailed;
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
                buffered.Flush();
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
