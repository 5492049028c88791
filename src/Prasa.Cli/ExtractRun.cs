using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Prasa.Dedup;
using Prasa.Inputs;
using Prasa.Output;
using Prasa.Text;

namespace Prasa.Cli;

/// <summary>
/// One run of `prasa extract`: a streaming pipeline. One thread reads the inputs into a bounded queue,
/// <see cref="Jobs"/> workers load, extract and serialise pages, and the calling thread writes them —
/// in input order (unless <see cref="Unordered"/> without deduplication), deduplicating on the way. At most a fixed number of
/// pages are in flight, so memory stays flat however many go through. Every failure is an error record,
/// never a stop; cancelling stops reading and writes only what is complete.
/// </summary>
public sealed class ExtractRun(Extractor extractor, OutputFormat format, InputMode mode, bool explain, TextWriter stderr)
{
    public int Jobs { get; init; } = Environment.ProcessorCount;

    public bool Unordered { get; init; }

    public DedupMode Dedup { get; init; } = DedupMode.Off;

    public CancellationToken Cancel { get; init; }

    /// <summary>Called from the writing thread after each page (the progress display).</summary>
    public Action<RunProgress>? OnPage { get; init; }

    public RunProgress Progress { get; init; } = new();

    /// <summary>
    /// Corpus context: every dump is read once, by all the workers, into a fixed-size sketch of the lines
    /// each site carries, so that extraction can call lines on many of a site's pages boilerplate. The
    /// sketch only counts, so the order the workers see the pages in does not change it. Standard input
    /// cannot be read twice and goes without.
    /// </summary>
    private void ObserveSites(IEnumerable<InputItem> items)
    {
        var corpus = new SiteLines { Concurrent = Jobs > 1 };
        extractor.Corpus = corpus;
        var pages = 0;
        var stdin = false;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Jobs), CancellationToken = Cancel };
        try
        {
            Parallel.ForEach(items, options, (item, state) =>
            {
                if (item.Source == "-")
                {
                    stdin = true;
                    state.Stop();
                    return;
                }

                try
                {
                    extractor.Observe(item.Load(), mode);
                    Interlocked.Increment(ref pages);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // The page fails again, with its message, when its turn comes.
                }
            });
        }
        catch (OperationCanceledException)
        {
            stdin = true;
        }

        if (stdin || pages < SiteLines.MinPages)
        {
            extractor.Corpus = null;
        }
    }

    private const int FullCollectionEvery = 1000;

    private sealed class Job
    {
        public long Seq;
        public InputItem? Item;
        public string Source = "";
        public long InputBytes;
        public Article? Article;
        public string? Error;
        public byte[]? Output;
        public TextSignature? Signature;
    }

    /// <summary>Learn the lines each site repeats before extracting text dumps (reads every input twice).</summary>
    public bool SiteContext { get; init; } = true;

    public bool Execute(IEnumerable<InputItem> items, Stream output)
    {
        if (SiteContext && mode != InputMode.Html)
        {
            ObserveSites(items);
        }

        var jobs = Math.Max(1, Jobs);
        var window = jobs * 8;
        using var inflight = new SemaphoreSlim(window);
        using var input = new BlockingCollection<Job>(window);
        using var results = new BlockingCollection<Job>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        Exception? readFailure = null;

        var reader = new Thread(() =>
        {
            try
            {
                long seq = 0;
                foreach (var item in items)
                {
                    inflight.Wait(stop.Token);
                    input.Add(new Job { Seq = seq++, Item = item, Source = item.Source, InputBytes = item.Bytes }, stop.Token);
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                readFailure = e;
            }
            finally
            {
                input.CompleteAdding();
            }
        })
        { IsBackground = true, Name = "prasa-read" };

        var remaining = jobs;
        var workers = new Thread[jobs];
        for (var w = 0; w < jobs; w++)
        {
            workers[w] = new Thread(() =>
            {
                try
                {
                    foreach (var job in input.GetConsumingEnumerable())
                    {
                        if (!stop.IsCancellationRequested)
                        {
                            Process(job);
                            results.Add(job);
                        }
                    }
                }
                finally
                {
                    if (Interlocked.Decrement(ref remaining) == 0)
                    {
                        results.CompleteAdding();
                    }
                }
            })
            { IsBackground = true, Name = "prasa-work" };
        }

        reader.Start();
        foreach (var worker in workers)
        {
            worker.Start();
        }

        var writer = new OutputWriter(format, output);
        using var index = Dedup == DedupMode.Off ? null : new DuplicateIndex();
        var ok = true;
        var pending = new Dictionary<long, Job>();
        long next = 0;
        try
        {
            foreach (var job in results.GetConsumingEnumerable())
            {
                // Which copy is the first must not depend on which worker finished first: with dedup
                // the decisions, and so the writing, follow the input order even when unordered.
                if (Unordered && index is null)
                {
                    ok &= Emit(job, writer, index, inflight);
                    continue;
                }

                pending[job.Seq] = job;
                while (pending.Remove(next, out var ready))
                {
                    ok &= Emit(ready, writer, index, inflight);
                    next++;
                }
            }
        }
        finally
        {
            Progress.Interrupted = Cancel.IsCancellationRequested;
            stop.Cancel();
            writer.Finish();
        }

        if (readFailure is not null)
        {
            stderr.WriteLine($"prasa: reading the inputs failed: {readFailure.Message}");
            ok = false;
        }

        return ok && !Progress.Interrupted;
    }

    private void Process(Job job)
    {
        try
        {
            var page = job.Item!.Load();
            var pageMode = mode == InputMode.Auto && job.Item.Mode is { } m ? m : mode;
            job.Article = extractor.Extract(page, pageMode, explain || format == OutputFormat.Md);
        }
        catch (ExtractionException e)
        {
            job.Error = e.Message;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug of ours must cost one page, not the run; the record says what happened.
            job.Error = $"internal error: {e.GetType().Name}: {e.Message}";
        }

        job.Item = null;
        if (job.Article is { } a && Dedup != DedupMode.Off)
        {
            job.Signature = TextSignature.Of(a.Text);
        }

        job.Output = Serialize(job);
    }

    private byte[]? Serialize(Job job)
    {
        var a = job.Article;
        switch (format)
        {
            case OutputFormat.Json or OutputFormat.Jsonl:
                var buffer = new ArrayBufferWriter<byte>(4096);
                using (var w = new Utf8JsonWriter(buffer, ArticleJson.Options with { Indented = format == OutputFormat.Json }))
                {
                    if (a is not null)
                    {
                        ArticleJson.Write(w, a, explain);
                    }
                    else
                    {
                        ArticleJson.WriteError(w, job.Source, job.Error!);
                    }
                }

                return buffer.WrittenSpan.ToArray();
            case OutputFormat.Txt when a is not null:
                return Encoding.UTF8.GetBytes(a.Text + "\n");
            case OutputFormat.Md when a is not null:
                return Encoding.UTF8.GetBytes(MarkdownRenderer.Render(a, a.Blocks));
            default:
                return null;
        }
    }

    private bool Emit(Job job, OutputWriter writer, DuplicateIndex? index, SemaphoreSlim inflight)
    {
        var ok = job.Error is null;
        if (!ok)
        {
            stderr.WriteLine($"prasa: {job.Source}: {job.Error}");
            Progress.Errors++;
        }

        var drop = false;
        if (index is not null && job.Signature is { } sig && index.Check(sig, job.Source) is { } first)
        {
            Progress.Duplicates++;
            if (Dedup == DedupMode.Drop)
            {
                drop = true;
            }
            else
            {
                job.Article!.DuplicateOf = first;
                job.Output = Serialize(job);
            }
        }

        if (!drop)
        {
            writer.Write(job.Output);
        }

        Progress.Pages++;
        Progress.Bytes += job.InputBytes;
        if (Progress.Pages % FullCollectionEvery == 0)
        {
            // Pages die young, but the few in flight at each collection reach gen 2, which the runtime
            // seldom collects now that page texts stay off the large-object heap (see the csproj): left
            // alone, peak memory crept up with the page count (216, 257, 295 MB over 5,000, 20,000,
            // 40,000 pages; 188, 196, 193 MB with this). A full collection costs a few milliseconds.
            GC.Collect(2, GCCollectionMode.Forced, blocking: true);
        }

        inflight.Release();
        OnPage?.Invoke(Progress);
        return ok;
    }

    /// <summary>Frames serialised pages as the format wants (lines, one JSON array, text or Markdown separators).</summary>
    private sealed class OutputWriter
    {
        private readonly OutputFormat _format;
        private readonly Stream _out;
        private bool _first = true;

        public OutputWriter(OutputFormat format, Stream output)
        {
            _format = format;
            _out = output;
            if (format == OutputFormat.Json)
            {
                _out.WriteByte((byte)'[');
            }
        }

        public void Write(byte[]? bytes)
        {
            switch (_format)
            {
                case OutputFormat.Jsonl:
                    _out.Write(bytes);
                    _out.WriteByte((byte)'\n');
                    break;
                case OutputFormat.Json:
                    _out.Write(_first ? "\n"u8 : ",\n"u8);
                    _out.Write(bytes);
                    break;
                case OutputFormat.Txt or OutputFormat.Md when bytes is null:
                    // A failed page writes nothing, not even a separator.
                    return;
                case OutputFormat.Txt:
                    if (!_first)
                    {
                        _out.WriteByte((byte)'\n');
                    }

                    _out.Write(bytes);
                    break;
                case OutputFormat.Md:
                    if (!_first)
                    {
                        _out.Write("\n---\n\n"u8);
                    }

                    _out.Write(bytes);
                    break;
            }

            _first = false;
        }

        public void Finish()
        {
            if (_format == OutputFormat.Json)
            {
                _out.Write(_first ? "]\n"u8 : "\n]\n"u8);
            }

            _out.Flush();
        }
    }
}
