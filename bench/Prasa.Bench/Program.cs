using BenchmarkDotNet.Running;
using Prasa.Bench;

// dotnet run -c Release --project bench/Prasa.Bench -- [BenchmarkDotNet options, e.g. --filter '*' --job short]
if (!Directory.Exists(BenchData.Shared))
{
    Console.Error.WriteLine($"benchmark pages not found at {BenchData.Shared} (set PRASA_BENCH to the shared bench folder)");
    return 2;
}

// The benchmarks run in child processes built elsewhere: they find the pages through the environment.
Environment.SetEnvironmentVariable("PRASA_BENCH", BenchData.Shared);
BenchmarkSwitcher.FromAssembly(typeof(HotPath).Assembly).Run(args);
return 0;
