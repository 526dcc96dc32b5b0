using System.Diagnostics;

namespace PublicSite.Web.Tests.Site.Nodes;

/// <summary>
/// The web project published once per test run into a temporary folder, from the build the tests already made
/// (<c>--no-build</c>, the tests' own configuration): a copy of files, not a second compilation.
/// </summary>
internal static class PublishedSite
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static readonly Lazy<Task<string>> Folder = new(PublishAsync);

    /// <summary>The folder holding <c>PublicSite.Web.dll</c> and everything it needs at run time.</summary>
    public static Task<string> FolderAsync() => Folder.Value;

    private static async Task<string> PublishAsync()
    {
        var output = Path.Combine(Path.GetTempPath(), "publicsite-published-" + Guid.NewGuid().ToString("N"));
        var project = Path.Combine(RepositoryRoot(), "src", "PublicSite.Web", "PublicSite.Web.csproj");
        var start = new ProcessStartInfo("dotnet", ["publish", project, "--no-build", "-c", Configuration, "-o", output, "--nologo", "-v", "q"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet publish did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 || !File.Exists(Path.Combine(output, "PublicSite.Web.dll")))
        {
            throw new InvalidOperationException($"dotnet publish failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
        }
        // Removed when the test process ends; a killed run leaves one folder in /tmp.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(output, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS.
            }
        };
        return output;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PublicSite.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("PublicSite.sln not found above " + AppContext.BaseDirectory);
    }
}
