using System.Diagnostics;
using System.Text;
using Spectre.Console;

namespace Prasa.Cli;

/// <summary>The live progress line on a terminal's standard error (Spectre.Console), refreshed a few times a second.</summary>
public static class ProgressDisplay
{
    public static T Run<T>(Func<Action<RunProgress>, TextWriter, T> body)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var clock = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        var result = default(T)!;
        console.Live(new Spectre.Console.Text("starting…")).AutoClear(true).Start(ctx =>
        {
            void Update(RunProgress p)
            {
                if (clock.Elapsed - last < TimeSpan.FromMilliseconds(200))
                {
                    return;
                }

                last = clock.Elapsed;
                ctx.UpdateTarget(new Spectre.Console.Text(p.Line()));
            }

            // Diagnostics go through the same console so that they print above the live line, not across it.
            result = body(Update, new ConsoleLineWriter(console));
        });
        return result;
    }

    private sealed class ConsoleLineWriter(IAnsiConsole console) : TextWriter
    {
        private readonly StringBuilder _line = new();

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            if (value == '\n')
            {
                console.WriteLine(_line.ToString());
                _line.Clear();
            }
            else if (value != '\r')
            {
                _line.Append(value);
            }
        }

        public override void WriteLine(string? value)
        {
            _line.Append(value);
            console.WriteLine(_line.ToString());
            _line.Clear();
        }
    }
}
