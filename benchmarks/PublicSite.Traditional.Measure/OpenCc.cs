using System.Diagnostics;

namespace PublicSite.Traditional.Measure;

/// <summary>OpenCC's Simplified → Traditional conversions (<c>s2hk.json</c>, <c>s2t.json</c>), run as Debian's command-line tool.</summary>
public static class OpenCc
{
    public static async Task<IReadOnlyList<string>> ConvertAsync(IReadOnlyList<string> texts, string configuration)
    {
        var results = new List<string>(texts.Count);
        var input = Path.GetTempFileName();
        var output = Path.GetTempFileName();
        try
        {
            foreach (var text in texts)
            {
                await File.WriteAllTextAsync(input, text);
                using var process = Process.Start(new ProcessStartInfo("opencc", ["-c", configuration, "-i", input, "-o", output]))
                    ?? throw new InvalidOperationException("opencc did not start (apt-get install -y opencc)");
                await process.WaitForExitAsync();
                if (process.ExitCode != 0)
                {
                    throw new InvalidOperationException($"opencc exited with {process.ExitCode}");
                }
                results.Add(await File.ReadAllTextAsync(output));
            }
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
        return results;
    }
}
