using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Publishing;
using PublicSite.Site.Benchmark;

// dotnet run -c Release --project benchmarks/PublicSite.Site.Benchmark -- [--duration 10] [--app DIR]
// Publishes the site (unless --app names a published one), starts it on a fresh data directory with the seed,
// drives it with wrk and prints req/s, latencies, CPU per request, memory, cold start and publication delay.
// With --postgres "Host=…;Username=…" [--connections 64]: one node, then two nodes, on a new PostgreSQL database (ScaleRun).
var duration = TimeSpan.FromSeconds(int.Parse(Option("--duration") ?? "10", CultureInfo.InvariantCulture));
var work = Path.Combine(Path.GetTempPath(), "publicsite-site-benchmark");
var app = Option("--app") ?? Path.Combine(work, "app");
const string Url = "http://127.0.0.1:5077";

await Wrk.EnsureInstalledAsync();
if (Option("--app") is null)
{
    Console.WriteLine($"Publishing the site (Release) into {app} …");
    await RunAsync("dotnet", $"publish {Path.Combine(RepositoryRoot(), "src", "PublicSite.Web")} -c Release -o {app} --nologo -v q");
}
if (Option("--postgres") is { } postgres)
{
    await ScaleRun.RunAsync(app, postgres, duration, work, int.Parse(Option("--connections") ?? "64", CultureInfo.InvariantCulture));
    return;
}
var data = Path.Combine(work, "data-" + Guid.NewGuid().ToString("N")[..8]);
using var http = new HttpClient();
await using var server = await ServerProcess.StartAsync(app, data, Url, http);
Console.WriteLine($"Cold start (process start to the first 200 of /zh, seed imported): {server.ColdStart.TotalMilliseconds:F0} ms");

var pages = new (string Name, string Path, string? Script)[]
{
    ("notice", "/zh/disclosure/014109568-2017-00012", null),
    ("home", "/zh", null),
    ("column home", "/zh/disclosure", null),
    ("catalogue", "/zh/disclosure/catalogue", null),
    ("news list", "/pt/news", null),
    ("API list", "/api/v1/content?lang=zh", null),
    ("search (never cached)", "/zh/search?q=" + Uri.EscapeDataString("港澳 实习"), null),
    ("notice, rendered each time", "/zh/disclosure/014109568-2017-00012", UniqueQueryScript(work)),
};
foreach (var (_, path, _) in pages)
{
    for (var i = 0; i < 50; i++)
    {
        (await http.GetAsync(Url + path)).Dispose();
    }
}
const string StaticFile = "/theme/site.css";

Console.WriteLine();
Console.WriteLine("| page | conns | req/s | of static | p50 ms | p99 ms | CPU ms/req | errors |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
foreach (var connections in new[] { 32, 64 })
{
    foreach (var (name, path, script) in pages)
    {
        // The static file right before each page, so that both see the same load from the other engineers.
        var reference = await MeasureAsync(StaticFile, connections, null);
        var page = await MeasureAsync(path, connections, script);
        Row("static file", connections, reference.Result, reference.Result.RequestsPerSecond, reference.CpuPerRequest);
        Row(name, connections, page.Result, reference.Result.RequestsPerSecond, page.CpuPerRequest);
    }
}
Console.WriteLine();
Console.WriteLine($"RSS after the run: {server.ResidentMegabytes():F0} MB");
Console.WriteLine($"Publication from another process visible on /pt/news after: {await PublicationDelayAsync():F0} ms");
return;

async Task<(WrkResult Result, double CpuPerRequest)> MeasureAsync(string path, int connections, string? script)
{
    var before = server.ProcessorTime();
    var result = await Wrk.RunAsync(Url + path, connections, duration, script);
    var used = server.ProcessorTime() - before;
    return (result, used.TotalMilliseconds / Math.Max(1, result.Requests));
}

static void Row(string name, int connections, WrkResult result, double reference, double cpu) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {connections} | {result.RequestsPerSecond:F0} | {result.RequestsPerSecond / reference:P0} | {result.P50Milliseconds:F2} | {result.P99Milliseconds:F2} | {cpu:F3} | {result.Errors} |"));

async Task<double> PublicationDelayAsync()
{
    var services = new ServiceCollection().AddLogging().AddCms(Path.Combine(data, "publicsite.db")).BuildServiceProvider();
    await using var scope = services.CreateAsyncScope();
    var content = scope.ServiceProvider.GetRequiredService<ContentService>();
    var title = "Notícia de medição " + Guid.NewGuid().ToString("N")[..8];
    var variant = await content.SaveAsync(new ContentEdit
    {
        TypeKey = "news", Language = "pt-PT", Title = title, Body = "Texto.", Fields = new NewsArticle { Date = DateOnly.FromDateTime(DateTime.UtcNow) },
    }, "bench@example.org", null, CancellationToken.None);
    await content.PublishAsync(variant.Id, "bench@example.org", null, null, CancellationToken.None);
    var clock = Stopwatch.StartNew();
    while (!(await http.GetStringAsync(Url + "/pt/news")).Contains(title, StringComparison.Ordinal))
    {
        await Task.Delay(5);
    }
    return clock.Elapsed.TotalMilliseconds;
}

static string UniqueQueryScript(string work)
{
    Directory.CreateDirectory(work);
    var path = Path.Combine(work, "unique-query.lua");
    // Each request a query the cache has not seen, so every one is rendered (and stored, as a real miss is).
    File.WriteAllText(path, """
        local counter = math.random(1, 1000000000)
        request = function()
          counter = counter + 1
          return wrk.format(nil, wrk.path .. "?r=" .. counter)
        end
        """);
    return path;
}

static string RepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PublicSite.sln")))
    {
        directory = directory.Parent;
    }
    return directory?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
}

static async Task RunAsync(string file, string arguments)
{
    using var process = Process.Start(new ProcessStartInfo(file, arguments)) ?? throw new InvalidOperationException(file);
    await process.WaitForExitAsync();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"{file} {arguments} exited with {process.ExitCode}");
    }
}

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
