using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PublicSite.Testing;

/// <summary>
/// The published site (<c>dotnet PublicSite.Web.dll</c>) as a child process, configured by environment variables, as
/// an operator runs it; linked into the benchmark and the tests that need a real process (a kill -9 is not something
/// an in-process test host can suffer).
/// </summary>
internal sealed class SiteProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private SiteProcess(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    /// <summary>The base address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Url { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>A loopback address with a port nobody listens on now (the OS picks it).</summary>
    public static string FreeLoopbackUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
    }

    /// <summary>
    /// Starts the site in <paramref name="appDirectory"/> on <paramref name="url"/> with the settings given as
    /// configuration keys (<c>Site:DataDirectory</c>, written as environment variables <c>Site__DataDirectory</c>);
    /// each line it writes goes to <paramref name="log"/>. Returns once it has started, without waiting for it to answer.
    /// </summary>
    public static SiteProcess Start(string appDirectory, string url, IReadOnlyDictionary<string, string?> settings, Action<string> log)
    {
        var start = new ProcessStartInfo("dotnet", Path.Combine(appDirectory, "PublicSite.Web.dll"))
        {
            WorkingDirectory = appDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = url;
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var site = new SiteProcess(process, url);
        process.OutputDataReceived += (_, e) => site.Received(e.Data, log);
        process.ErrorDataReceived += (_, e) => site.Received(e.Data, log);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return site;
    }

    // The last lines go into the exception of a failed start: an unhandled exception at start-up says why there.
    private void Received(string? line, Action<string> log)
    {
        if (line is null)
        {
            return;
        }
        log(line);
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > 40)
            {
                _lastLines.Dequeue();
            }
        }
    }

    private string LastLines()
    {
        lock (_lastLines)
        {
            return string.Join('\n', _lastLines);
        }
    }

    /// <summary>Waits until <paramref name="path"/> answers with a success status; fails early if the process exits.</summary>
    public async Task WaitUntilAnswersAsync(HttpClient http, string path, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            try
            {
                using var response = await http.GetAsync(Url + path, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            if (_process.HasExited)
            {
                await _process.WaitForExitAsync(cancellationToken);
                throw new InvalidOperationException($"The site on {Url} exited with {_process.ExitCode} before {path} answered:\n{LastLines()}");
            }
            await Task.Delay(20, cancellationToken);
        }
        throw new TimeoutException($"{Url}{path} did not answer within {timeout.TotalSeconds:0} s.");
    }

    /// <summary>SIGKILL for the process and its children (kill -9 on Linux): no shutdown hooks, no flushing.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }
        _process.Dispose();
    }
}
