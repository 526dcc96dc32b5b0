using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Testing;

namespace PublicSite.Web.Tests;

/// <summary>
/// The real site on a real SQLite file (or PostgreSQL database, see TestDatabase) in a fresh data directory, with the seed content imported at start as
/// on a fresh machine.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    private readonly bool _ownsDataDirectory;

    public SiteFactory() : this(NewDataDirectory())
    {
        _ownsDataDirectory = true;
    }

    /// <summary>A site on a data directory the caller owns and deletes, e.g. to restart on the same database.</summary>
    // Internal: xunit needs fixtures to have one public constructor.
    internal SiteFactory(string dataDirectory) => DataDirectory = dataDirectory;

    public string DataDirectory { get; }

    /// <summary>Settings beyond the defaults, given before the site first starts.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    public const string AdminEmail = "admin@gaob.example.gov.cn";

    public const string AdminPassword = "Test-Admin-Pa55word!";

    public static string NewDataDirectory() =>
        Path.Combine(Path.GetTempPath(), "publicsite-web-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Site:DataDirectory", DataDirectory);
        builder.UseSetting("Site:BaseUrl", "https://gaob.example.gov.cn");
        builder.UseSetting("Site:AdminEmail", AdminEmail);
        builder.UseSetting("Site:AdminPassword", AdminPassword);
        // Every test client comes from one address; the sign-in throttle has tests of its own (SignInThrottleTests).
        builder.UseSetting("Manager:SignInAttemptsPerWindow", "1000");
        // Likewise for page feedback (FeedbackRateLimitTests).
        builder.UseSetting("Feedback:PostsPerWindow", "1000");
        foreach (var (key, value) in TestDatabase.SiteSettings(DataDirectory).Concat(Settings))
        {
            builder.UseSetting(key, value);
        }
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> GetPageAsync(string path, HttpClient? client = null)
    {
        var response = await (client ?? Browser()).GetAsync(path);
        return (response, await ParseAsync(response));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_ownsDataDirectory)
        {
            DeleteDataDirectory(DataDirectory);
        }
    }

    public static void DeleteDataDirectory(string dataDirectory)
    {
        TestDatabase.Drop(dataDirectory);
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean up if a file is still held.
        }
    }
}

/// <summary>One seeded site shared by the tests that only read it.</summary>
[CollectionDefinition(Name)]
public sealed class SeededSite : ICollectionFixture<SiteFactory>
{
    public const string Name = "seeded site";
}
