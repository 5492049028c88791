using System.Text;
using System.Text.Json;
using Prasa.Inputs;
using Prasa.Output;
using Prasa.Text;

namespace Prasa.Cli;

/// <summary>One run of `prasa extract`: every page in turn, each failure an error record, never a stop.</summary>
public sealed class ExtractRun(Extractor extractor, OutputFormat format, InputMode mode, bool explain, TextWriter stderr)
{
    public bool Execute(IEnumerable<InputItem> items, Stream output)
    {
        var ok = true;
        var writer = new Utf8JsonWriter(output, ArticleJson.Options with { Indented = format == OutputFormat.Json });
        var first = true;
        if (format == OutputFormat.Json)
        {
            writer.WriteStartArray();
        }

        var list = items as IReadOnlyList<InputItem> ?? items.ToList();
        if (list.Count >= SiteLines.MinPages && mode != InputMode.Html)
        {
            // Corpus context: every dump is read once to learn which lines its site repeats.
            extractor.Corpus ??= new SiteLines();
            foreach (var item in list)
            {
                try
                {
                    extractor.Observe(item.Load(), mode);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // The page fails again, with its message, when its turn comes.
                }
            }
        }

        foreach (var item in list)
        {
            Article? article = null;
            string? error = null;
            try
            {
                var page = item.Load();
                article = extractor.Extract(page, mode, explain || format == OutputFormat.Md);
            }
            catch (ExtractionException e)
            {
                error = e.Message;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A bug of ours must cost one page, not the run; the record says what happened.
                error = $"internal error: {e.GetType().Name}: {e.Message}";
            }

            if (error is not null)
            {
                ok = false;
                stderr.WriteLine($"prasa: {item.Source}: {error}");
            }

            switch (format)
            {
                case OutputFormat.Json or OutputFormat.Jsonl:
                    if (article is not null)
                    {
                        ArticleJson.Write(writer, article, explain);
                    }
                    else
                    {
                        ArticleJson.WriteError(writer, item.Source, error!);
                    }

                    if (format == OutputFormat.Jsonl)
                    {
                        writer.Flush();
                        output.WriteByte((byte)'\n');
                        writer.Reset(output);
                    }

                    break;
                case OutputFormat.Txt when article is not null:
                    WriteText(output, (first ? "" : "\n") + article.Text + "\n");
                    first = false;
                    break;
                case OutputFormat.Md when article is not null:
                    WriteText(output, (first ? "" : "\n---\n\n") + MarkdownRenderer.Render(article, article.Blocks));
                    first = false;
                    break;
            }
        }

        if (format == OutputFormat.Json)
        {
            writer.WriteEndArray();
            writer.Flush();
            output.WriteByte((byte)'\n');
        }

        writer.Flush();
        output.Flush();
        return ok;
    }

    private static void WriteText(Stream output, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        output.Write(bytes);
    }
}
