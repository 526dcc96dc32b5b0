using System.Diagnostics;
using System.Globalization;
using PublicSite.Testing;

namespace PublicSite.Site.Benchmark;

/// <summary>The published site running as its own process on a fresh data directory, observed through /proc.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private static readonly long TicksPerSecond = 100; // USER_HZ on Linux.

    private readonly SiteProcess _process;

    private ServerProcess(SiteProcess process, TimeSpan coldStart)
    {
        _process = process;
        ColdStart = coldStart;
    }

    public TimeSpan ColdStart { get; }

    public int Id => _process.Id;

    /// <summary>Starts the site and waits for its home page; the time until then is the cold start.</summary>
    public static async Task<ServerProcess> StartAsync(
        string appDirectory, string dataDirectory, string url, HttpClient http, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var clock = Stopwatch.StartNew();
        var process = SiteProcess.Start(appDirectory, url, new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Site:DataDirectory"] = dataDirectory,
            ["Site:AdminEmail"] = "bench@example.org",
            ["Site:AdminPassword"] = "Bench-Admin-Pa55word!",
            // One client (wrk) makes every request: the API's per-client allowance would answer 429 within a second.
            ["Api:PermitLimit"] = "1000000",
            ["Api:WindowSeconds"] = "1",
            ["Logging:LogLevel:Default"] = "Warning",
        }, line => Console.Error.WriteLine("[site] " + line));
        try
        {
            await process.WaitUntilAnswersAsync(http, "/zh", TimeSpan.FromMinutes(2), CancellationToken.None);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
        return new ServerProcess(process, clock.Elapsed);
    }

    /// <summary>User plus system processor time the server has used so far.</summary>
    public TimeSpan ProcessorTime()
    {
        // /proc/PID/stat: fields after the command name (which is in parentheses); utime and stime are 14 and 15.
        var stat = File.ReadAllText($"/proc/{Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds((double)ticks / TicksPerSecond);
    }

    /// <summary>Resident memory now, in MB.</summary>
    public double ResidentMegabytes()
    {
        var line = File.ReadLines($"/proc/{Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
