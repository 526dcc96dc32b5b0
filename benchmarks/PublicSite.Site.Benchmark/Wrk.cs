using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PublicSite.Site.Benchmark;

/// <summary>Debian's wrk (installed when missing), run with latency percentiles and parsed.</summary>
internal static partial class Wrk
{
    public static async Task EnsureInstalledAsync()
    {
        if (File.Exists("/usr/bin/wrk"))
        {
            return;
        }
        // A fresh machine has no package lists yet: install alone answers "Unable to locate package".
        Console.WriteLine("wrk is missing: apt-get update && apt-get install -y wrk");
        await RunAsync("apt-get", "update -qq");
        await RunAsync("apt-get", "install -y -qq wrk");
    }

    public static async Task<WrkResult> RunAsync(string url, int connections, TimeSpan duration, string? script = null)
    {
        var arguments = $"-t2 -c{connections} -d{(int)duration.TotalSeconds}s --latency";
        if (script is not null)
        {
            arguments += $" -s {script}";
        }
        var output = await RunAsync("wrk", $"{arguments} {url}");
        return new WrkResult(
            double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            Latency(output, "50"), Latency(output, "99"),
            long.Parse(Requests().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            NonSuccess().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0);
    }

    private static double Latency(string output, string percentile)
    {
        var match = Regex.Match(output, $@"^\s+{percentile}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    private static async Task<string> RunAsync(string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed: {await process.StandardError.ReadToEndAsync()}");
        }
        return output;
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Requests();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex NonSuccess();
}

internal sealed record WrkResult(double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds, long Requests, long Errors);
