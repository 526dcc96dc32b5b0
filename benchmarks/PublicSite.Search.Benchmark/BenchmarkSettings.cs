using System.Globalization;

namespace PublicSite.Search.Benchmark;

/// <summary>
/// Command-line settings: <c>--docs N</c> (100000), <c>--seconds S</c> for the throughput run (10), <c>--publishes N</c>
/// (20), <c>--seed N</c>, <c>--profile-analysis</c> to print each analyzer's speed first, and <c>--memory-indexing</c>
/// to time indexing of prepared documents without the database as well, <c>--work DIR</c> to keep the database and
/// index in DIR and, when DIR already holds them, reuse them: only the queries are timed, and the rebuild too when
/// the index folder was emptied (for iterating on one phase).
/// </summary>
internal sealed record BenchmarkSettings(int Documents, int ThroughputSeconds, int Publishes, int Seed, bool ProfileAnalysis, bool MemoryIndexing, string? WorkFolder)
{
    public static BenchmarkSettings Parse(string[] args)
    {
        int Value(string name, int fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : fallback;
        }
        string? Text(string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }
        return new BenchmarkSettings(Value("--docs", 100_000), Value("--seconds", 10), Value("--publishes", 20), Value("--seed", 2017), args.Contains("--profile-analysis"), args.Contains("--memory-indexing"), Text("--work"));
    }
}
