namespace Prasa.Bench;

internal static class BenchData
{
    /// <summary>The shared benchmark sets: $PRASA_BENCH, else ../shared/bench next to the repository.</summary>
    public static string Shared => Environment.GetEnvironmentVariable("PRASA_BENCH")
        ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "..", "shared", "bench"));
}
