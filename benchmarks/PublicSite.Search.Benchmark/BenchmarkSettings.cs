using System.Globalization;

namespace PublicSite.Search.Benchmark;

/// <summary>
/// Command-line settings: <c>--docs N</c> (100000), <c>--seconds S</c> for the throughput run (10), <c>--publishes N</c>
/// (20), <c>--seed N</c>, <c>--profile-analysis</c> to print each analyzer's speed first, and <c>--memory-indexing</c>
/// to time indexing of prepared documents without the database as well.
/// </summary>
internal sealed record BenchmarkSettings(int Documents, int ThroughputSeconds, int Publishes, int Seed, bool ProfileAnalysis, bool MemoryIndexing)
{
    public static BenchmarkSettings Parse(string[] args)
    {
        int Value(string name, int fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : fallback;
        }
        return new BenchmarkSettings(Value("--docs", 100_000), Value("--seconds", 10), Value("--publishes", 20), Value("--seed", 2017), args.Contains("--profile-analysis"), args.Contains("--memory-indexing"));
    }
}
