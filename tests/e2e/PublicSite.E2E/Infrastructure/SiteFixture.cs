using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Testing;
using PublicSite.Web.Features.Delivery;

namespace PublicSite.E2E.Infrastructure;

/// <summary>
/// One running site and one Chromium for the whole suite. The site runs in-process on Kestrel at a free port,
/// with a fresh data directory (so the seed content is imported into a new SQLite database); each test opens its
/// own browser context (cookies, viewport, JavaScript on or off) through <see cref="OpenAsync"/>.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class SiteFixture : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "publicsite-e2e-" + Guid.NewGuid().ToString("N"));
    private SiteFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The site's real address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture has not started.");

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    /// <summary>The running site's services, to create the editors a journey needs and read the site's clock.</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        // The web project copies these into its output and the project reference brings them here.
        foreach (var folder in new[] { "content-seed", "themes" })
        {
            var path = Path.Combine(AppContext.BaseDirectory, folder);
            if (!Directory.Exists(path))
            {
                throw new InvalidOperationException($"{path} is missing from the test output: the site would start without it.");
            }
        }
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: apt-get install -y chromium fonts-noto-cjk");
        }

        Directory.CreateDirectory(_dataDirectory);
        _factory = new SiteFactory(_dataDirectory);
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseAddress = _factory.ClientOptions.BaseAddress;
        if (BaseAddress.IsDefaultPort)
        {
            throw new InvalidOperationException($"Kestrel did not report its address (got {BaseAddress}).");
        }
        await WaitForFirstIndexBuildAsync();

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>
    /// The search index is built by a background job after the server starts (on PostgreSQL that takes longer than
    /// on SQLite), and journeys search the seed: wait for the index's first generation to be made current. Not there
    /// after a minute means the site is not using this data directory.
    /// </summary>
    private async Task WaitForFirstIndexBuildAsync()
    {
        var pointer = Path.Combine(_dataDirectory, "search-index", "current");
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (!File.Exists(pointer))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"The site did not build its search index in {_dataDirectory} within a minute: is Site:DataDirectory applied?");
            }
            await Task.Delay(50);
        }
    }

    /// <summary>
    /// Moves the site's clock to <paramref name="instant"/> until the result is disposed (the tests of the collection
    /// run one at a time). Pages cached at the other time are dropped both ways: they were rendered for another day.
    /// </summary>
    public async Task<IAsyncDisposable> TravelToAsync(DateTimeOffset instant)
    {
        var clock = (SeedClock)Services.GetRequiredService<TimeProvider>();
        clock.Set(instant);
        await EvictPageCacheAsync();
        return new ClockReturn(async () =>
        {
            clock.Reset();
            await EvictPageCacheAsync();
        });
    }

    private Task EvictPageCacheAsync() =>
        Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PageCacheTags.All, CancellationToken.None).AsTask();

    private sealed class ClockReturn(Func<Task> back) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await back();
    }

    /// <summary>A fresh browser context and page on <paramref name="viewport"/>; screenshots are named after <paramref name="test"/>.</summary>
    public async Task<BrowserSession> OpenAsync(string test, string viewport, Action<BrowserNewContextOptions>? configure = null)
    {
        var screen = Viewport.Named(viewport);
        var options = screen.ContextOptions();
        options.BaseURL = BaseAddress.ToString();
        configure?.Invoke(options);
        var context = await Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, screen, test);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TestDatabase.Drop(_dataDirectory);
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Site";
}
