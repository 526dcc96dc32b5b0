namespace PublicSite.E2E.Infrastructure;

/// <summary>Folders of the repository and of the test output that the suite reads or writes.</summary>
internal static class RepositoryPaths
{
    /// <summary>The repository root: the nearest folder above the test output that holds <c>PublicSite.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary><c>tests/e2e</c>, where package.json and node_modules (axe-core) live.</summary>
    public static string E2E => Path.Combine(Root, "tests", "e2e");

    /// <summary>axe-core's browser build, installed by <c>npm ci</c> in <c>tests/e2e</c> (the build runs it).</summary>
    public static string AxeScript => Path.Combine(E2E, "node_modules", "axe-core", "axe.min.js");

    /// <summary>Where screenshots go: <c>E2E_SCREENSHOTS</c> if set, else <c>tests/e2e/screenshots</c> (git-ignored).</summary>
    public static string Screenshots { get; } = Environment.GetEnvironmentVariable("E2E_SCREENSHOTS") is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.Combine(E2E, "screenshots");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PublicSite.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No PublicSite.sln above {AppContext.BaseDirectory}: run the tests from the repository.");
    }
}
