using System.Globalization;
using System.Text;

namespace PublicSite.E2E.Infrastructure;

/// <summary>
/// One browser context and page of a test: goes to pages, activates links the way the device would (tap on the
/// phone, click on the desktop), saves numbered full-page screenshots and notes what went wrong in the browser.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly string _test;
    private readonly Lock _gate = new();
    private readonly List<(string? Location, string Description)> _problems = [];
    private readonly HashSet<string> _failedDocuments = [];
    private int _step;

    internal BrowserSession(IBrowserContext context, IPage page, Viewport viewport, string test)
    {
        Context = context;
        Page = page;
        Viewport = viewport;
        _test = test;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Note(message.Location, $"console error on {page.Url}: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Note(null, $"script error on {page.Url}: {error}");
        page.RequestFailed += (_, request) => Note(null, $"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status < 400)
            {
                return;
            }
            if (response.Request.ResourceType == "document")
            {
                // The page's own status is the test's business (the 404 pages are tested).
                lock (_gate)
                {
                    _failedDocuments.Add(response.Url);
                }
            }
            else
            {
                // Its style sheets, images and scripts must load.
                Note(response.Url, $"{response.Status} for {response.Request.ResourceType} {response.Url}");
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public Viewport Viewport { get; }

    public async Task<IResponse> GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        return response ?? throw new InvalidOperationException($"No response for {path}.");
    }

    /// <summary>Follows a link or presses a button: a tap on the phone, a mouse click on the desktop.</summary>
    public Task ActivateAsync(ILocator target) => Viewport.IsPhone ? target.TapAsync() : target.ClickAsync();

    /// <summary>Saves <c>&lt;test&gt;-&lt;viewport&gt;-&lt;NN&gt;-&lt;step&gt;.png</c>, the whole page, in <see cref="RepositoryPaths.Screenshots"/>.</summary>
    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        _step++;
        var file = string.Create(CultureInfo.InvariantCulture, $"{_test}-{Viewport.Name}-{_step:00}-{Sanitize(name)}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, file), FullPage = true });
    }

    /// <summary>
    /// Console errors (CSP refusals among them), script errors and sub-resources that failed to load; not Chromium's
    /// own console line for a page answered with an error status, nor its unasked-for request for /favicon.ico.
    /// </summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_gate)
            {
                return
                [
                    .. _problems
                        .Where(p => p.Location is null || !(IsFavicon(p.Location) || _failedDocuments.Any(d => p.Location.StartsWith(d + ":", StringComparison.Ordinal))))
                        .Select(p => p.Description),
                ];
            }
        }
    }

    public void AssertNoBrowserProblems()
    {
        var found = Problems;
        Assert.True(found.Count == 0, "The browser reported problems:\n" + string.Join('\n', found));
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();

    // Chromium asks every site for /favicon.ico by itself; the site has none (reported separately).
    private static bool IsFavicon(string location) => location.Contains("/favicon.ico", StringComparison.Ordinal);

    private void Note(string? location, string description)
    {
        lock (_gate)
        {
            _problems.Add((location, description));
        }
    }

    private static string Sanitize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var safe = char.IsAsciiLetterOrDigit(c) || c is '_' ? c : '-';
            if (safe != '-' || (builder.Length > 0 && builder[^1] != '-'))
            {
                builder.Append(safe);
            }
        }
        return builder.ToString().Trim('-');
    }
}
