using System.Diagnostics;

namespace Prasa.Cli;

/// <summary>How far a run has got: the counts the progress line and the summary show. Updated by the writer only.</summary>
public sealed class RunProgress
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Input bytes of all the paths, when known (for the ETA); 0 when not.</summary>
    public long TotalBytes { get; init; }

    public long Pages { get; set; }

    public long Errors { get; set; }

    public long Duplicates { get; set; }

    public long Bytes { get; set; }

    public bool Interrupted { get; set; }

    public TimeSpan Elapsed => _clock.Elapsed;

    public double PagesPerSecond => Pages / Math.Max(Elapsed.TotalSeconds, 1e-3);

    public double MegabytesPerSecond => Bytes / 1e6 / Math.Max(Elapsed.TotalSeconds, 1e-3);

    public TimeSpan? Eta
    {
        get
        {
            if (TotalBytes <= 0 || Bytes <= 0 || Bytes >= TotalBytes)
            {
                return null;
            }

            var rate = Bytes / Math.Max(Elapsed.TotalSeconds, 1e-3);
            return TimeSpan.FromSeconds((TotalBytes - Bytes) / rate);
        }
    }

    public string Line()
    {
        var eta = Eta is { } e ? $", ETA {(int)e.TotalHours}:{e.Minutes:00}:{e.Seconds:00}" : "";
        var dups = Duplicates > 0 ? $", {Duplicates} duplicates" : "";
        return $"{Pages} pages, {PagesPerSecond:F0} pages/s, {MegabytesPerSecond:F1} MB/s, {Errors} errors{dups}{eta}";
    }

    public string Summary()
    {
        var how = Interrupted ? "stopped by Ctrl-C after" : "done:";
        var dups = Duplicates > 0 ? $", {Duplicates} duplicates" : "";
        return $"prasa: {how} {Pages} pages in {Elapsed.TotalSeconds:F1} s ({PagesPerSecond:F0} pages/s, {MegabytesPerSecond:F1} MB/s), {Errors} errors{dups}";
    }
}
