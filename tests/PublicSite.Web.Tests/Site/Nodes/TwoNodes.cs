using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms;
using PublicSite.Cms.Data;
using PublicSite.Testing;
using PublicSite.Web.Tests.Manager;

namespace PublicSite.Web.Tests.Site.Nodes;

/// <summary>
/// Two published site processes on loopback ports, each with its own data directory and search index, on one
/// database (the test's PostgreSQL database, or one SQLite file in WAL mode that both processes open). Node A
/// creates the administrator; the test reaches the database itself through the CMS services.
/// </summary>
public sealed class TwoNodes : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "publicsite-twonode-" + Guid.NewGuid().ToString("N"));
    private readonly ConcurrentQueue<string> _log = new();
    private readonly SiteProcess?[] _nodes = new SiteProcess?[2];
    private readonly string[] _urls = [SiteProcess.FreeLoopbackUrl(), SiteProcess.FreeLoopbackUrl()];
    private ServiceProvider? _cms;

    public const string AdminEmail = "admin@gaob.example.gov.cn";
    public const string AdminPassword = "Test-Admin-Pa55word!";
    public const string UserPassword = "Editor-Pa55word-Long!";

    public string EditorEmail { get; } = $"editor-{Guid.NewGuid():N}@gaob.example.gov.cn";

    public string PublisherEmail { get; } = $"publisher-{Guid.NewGuid():N}@gaob.example.gov.cn";

    private string DatabaseFolder => Path.Combine(_root, "database");

    /// <summary>One plain client for anonymous reads of either node (absolute addresses).</summary>
    public HttpClient Http { get; } = new(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(60) };

    public string Url(int node) => _urls[node];

    public async Task InitializeAsync()
    {
        if (!TestDatabase.IsPostgreSql)
        {
            // Its tests are skipped on SQLite (PostgreSqlFactAttribute): start nothing.
            return;
        }
        Directory.CreateDirectory(DatabaseFolder);
        try
        {
            var app = await PublishedSite.FolderAsync();
            // Both at once, as a deployment starts them: the first migrates (PostgreSQL's migration lock holds the other).
            await Task.WhenAll(StartAsync(0, app), StartAsync(1, app));
            _cms = new ServiceCollection().AddLogging()
                .AddCms(TestDatabase.For(DatabaseFolder), Path.Combine(DatabaseFolder, "media")).BuildServiceProvider();
            var admin = await SignInAsync(0, AdminEmail, AdminPassword);
            await CreateUserAsync(admin, EditorEmail, "Editor");
            await CreateUserAsync(admin, PublisherEmail, "Publisher");
            await WarmUpAsync();
        }
        catch
        {
            // No child process outlives a failed start.
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the node (again, on the same data directory and port after a kill) and waits until it answers.</summary>
    public async Task StartAsync(int node, string? app = null)
    {
        app ??= await PublishedSite.FolderAsync();
        var data = Path.Combine(_root, "node-" + (char)('a' + node));
        var settings = new Dictionary<string, string?>(TestDatabase.SharedDatabaseSettings(DatabaseFolder))
        {
            ["Site:DataDirectory"] = data,
            ["Search:IndexDirectory"] = Path.Combine(data, "search-index"),
            ["Site:BaseUrl"] = _urls[node],
            ["Site:ImportSeed"] = "false",
            // Every node has the same settings, as docs/deployment.md says: whichever starts first creates this
            // administrator. (With the address on one node only, the other, winning the race, created admin@localhost
            // with a one-time password and the configured one never existed.)
            ["Site:AdminEmail"] = AdminEmail,
            ["Site:AdminPassword"] = AdminPassword,
            // The test signs in a few times and polls the API every 50 ms from one address.
            ["Manager:SignInAttemptsPerWindow"] = "1000",
            ["Api:PermitLimit"] = "1000000",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (_nodes[node] is { } killed)
        {
            await killed.DisposeAsync();
        }
        var name = node == 0 ? "A" : "B";
        var process = SiteProcess.Start(app, _urls[node], settings, line => _log.Enqueue($"[{name}] {line}"));
        _nodes[node] = process;
        await process.WaitUntilAnswersAsync(Http, "/healthz/live", StartTimeout, CancellationToken.None);
    }

    /// <summary>kill -9 of the node: whatever it was doing stops between two instructions.</summary>
    public Task KillAsync(int node) => _nodes[node]!.KillAsync();

    /// <summary>
    /// A browser's session on the node: its cookie jar (which <paramref name="cookies"/> may share with a session on
    /// the other node: one browser behind a balancer) and form posts with the page's antiforgery token.
    /// </summary>
    public ManagerClient Browser(int node, CookieContainer cookies) =>
        new(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = cookies })
        {
            BaseAddress = new Uri(_urls[node]), Timeout = TimeSpan.FromMinutes(2),
        });

    public async Task<ManagerClient> SignInAsync(int node, string email, string password, CookieContainer? cookies = null)
    {
        var client = Browser(node, cookies ?? new CookieContainer());
        var response = await client.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>The CMS core on the shared database, for preparing data and checking what was stored.</summary>
    public async Task<T> WithCmsAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _cms!.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>Warnings and errors the nodes wrote, for the test output.</summary>
    public IEnumerable<string> DrainLog()
    {
        while (_log.TryDequeue(out var line))
        {
            yield return line;
        }
    }

    /// <summary>
    /// A first request to each kind of page compiles and JITs its code (a second or so in a Debug build): a node in
    /// service has done that long ago, and the one-second bound is about following the outbox, so each node first
    /// serves a published article, the change feed and a search.
    /// </summary>
    private async Task WarmUpAsync()
    {
        var slug = await TwoNodeContent.PublishWarmUpArticleAsync(this);
        foreach (var url in _urls)
        {
            foreach (var path in new[] { $"/zh/news/{Uri.EscapeDataString(slug)}", "/api/v1/changes", "/api/v1/search?q=warm&lang=zh", "/healthz/ready" })
            {
                for (var attempt = 0; attempt < 100 && (await Http.GetAsync(url + path)).StatusCode != HttpStatusCode.OK; attempt++)
                {
                    await Task.Delay(50);
                }
            }
        }
    }

    private static async Task CreateUserAsync(ManagerClient admin, string email, string role)
    {
        var created = await admin.PostFormAsync("/manager/users", "form.stacked-form", new()
        {
            ["Email"] = email, ["Role"] = role, ["Password"] = UserPassword,
        });
        if (created.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await SiteFactory.ParseAsync(created);
            Assert.Fail($"Creating {role} {email} answered {created.StatusCode}: "
                + string.Join(" | ", page.QuerySelectorAll(".error-summary, .field-error, [role=alert]").Select(e => e.TextContent.Trim())));
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes.OfType<SiteProcess>())
        {
            await node.DisposeAsync();
        }
        if (_cms is not null)
        {
            await _cms.DisposeAsync();
        }
        Http.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        SiteFactory.DeleteDataDirectory(DatabaseFolder);
        SiteFactory.DeleteDataDirectory(_root);
    }
}
