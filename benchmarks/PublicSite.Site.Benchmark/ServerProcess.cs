using System.Diagnostics;
using System.Globalization;

namespace PublicSite.Site.Benchmark;

/// <summary>The published site running as its own process on a fresh data directory, observed through /proc.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private static readonly long TicksPerSecond = 100; // USER_HZ on Linux.

    private readonly Process _process;

    private ServerProcess(Process process, TimeSpan coldStart)
    {
        _process = process;
        ColdStart = coldStart;
    }

    public TimeSpan ColdStart { get; }

    public int Id => _process.Id;

    /// <summary>Starts the site and waits for its home page; the time until then is the cold start.</summary>
    public static async Task<ServerProcess> StartAsync(string appDirectory, string dataDirectory, string url, HttpClient http)
    {
        var start = new ProcessStartInfo("dotnet", Path.Combine(appDirectory, "PublicSite.Web.dll"))
        {
            WorkingDirectory = appDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = url;
        start.Environment["Site__DataDirectory"] = dataDirectory;
        start.Environment["Site__AdminEmail"] = "bench@example.org";
        start.Environment["Site__AdminPassword"] = "Bench-Admin-Pa55word!";
        // One client (wrk) makes every request: the API's per-client allowance would answer 429 within a second.
        start.Environment["Api__PermitLimit"] = "1000000";
        start.Environment["Api__WindowSeconds"] = "1";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("[site] " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            try
            {
                using var response = await http.GetAsync(url + "/zh");
                if (response.IsSuccessStatusCode)
                {
                    return new ServerProcess(process, clock.Elapsed);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The site exited with {process.ExitCode} before answering.");
            }
            await Task.Delay(20);
        }
        throw new TimeoutException("The site did not answer within two minutes.");
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

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
