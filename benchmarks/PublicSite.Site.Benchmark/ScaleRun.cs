using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PublicSite.Cms;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;
using PublicSite.Testing;

namespace PublicSite.Site.Benchmark;

/// <summary>
/// <c>--postgres "Host=…;Username=…"</c>: the site on a new PostgreSQL database, first one node, then two nodes on
/// the same database and data directory (each with its own search index, as docs/deployment.md deploys them), each
/// page driven by wrk at the same total connections (split across the nodes, as a balancer would), then how long a
/// publication written by another process takes to show on each node.
/// </summary>
internal static class ScaleRun
{
    private static readonly (string Name, string Path)[] Pages =
    [
        ("notice", "/zh/disclosure/014109568-2017-00012"),
        ("home", "/zh"),
        ("API list", "/api/v1/content?lang=zh"),
        ("search (never cached)", "/zh/search?q=" + Uri.EscapeDataString("港澳 实习")),
    ];

    public static async Task RunAsync(string app, string server, TimeSpan duration, string work, int connections)
    {
        var database = "publicsite_scale_" + Guid.NewGuid().ToString("N")[..8];
        await ExecuteAsync(server, $"CREATE DATABASE \"{database}\"");
        var connectionString = $"{server};Database={database}";
        var data = Path.Combine(work, "scale-" + database);
        using var http = new HttpClient();
        try
        {
            var first = SiteProcess.FreeLoopbackUrl();
            await using var nodeA = await StartNodeAsync(app, data, "a", first, connectionString, http);
            Console.WriteLine($"Node A cold start on a new PostgreSQL database (migrations, seed, first index): {nodeA.ColdStart.TotalMilliseconds:F0} ms");
            Console.WriteLine();
            Console.WriteLine($"| page | nodes | conns in all | req/s in all | p50 ms | p99 ms (worst node) | CPU ms/req (all nodes) | errors |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var (name, path) in Pages)
            {
                await MeasureAsync(name, path, [(nodeA, first)], connections, duration, http);
            }

            var second = SiteProcess.FreeLoopbackUrl();
            await using var nodeB = await StartNodeAsync(app, data, "b", second, connectionString, http);
            foreach (var (name, path) in Pages)
            {
                await MeasureAsync(name, path, [(nodeA, first), (nodeB, second)], connections, duration, http);
            }
            Console.WriteLine();
            Console.WriteLine($"Node B cold start (database ready, own index built): {nodeB.ColdStart.TotalMilliseconds:F0} ms");
            Console.WriteLine($"RSS after the run: node A {nodeA.ResidentMegabytes():F0} MB, node B {nodeB.ResidentMegabytes():F0} MB");
            await PublicationDelaysAsync(connectionString, data, http, [("A", first), ("B", second)]);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            Directory.Delete(data, recursive: true);
        }
    }

    private static Task<ServerProcess> StartNodeAsync(string app, string data, string node, string url, string connectionString, HttpClient http) =>
        ServerProcess.StartAsync(app, data, url, http, new Dictionary<string, string?>
        {
            ["Site:Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Site"] = connectionString,
            ["Search:IndexDirectory"] = Path.Combine(data, "node-" + node, "search-index"),
        });

    private static async Task MeasureAsync(
        string name, string path, (ServerProcess Server, string Url)[] nodes, int connections, TimeSpan duration, HttpClient http)
    {
        foreach (var (_, url) in nodes)
        {
            for (var i = 0; i < 50; i++)
            {
                (await http.GetAsync(url + path)).Dispose();
            }
        }
        var before = nodes.Select(n => n.Server.ProcessorTime()).ToArray();
        var results = await Task.WhenAll(nodes.Select(n => Wrk.RunAsync(n.Url + path, connections / nodes.Length, duration)));
        var used = nodes.Select((n, i) => n.Server.ProcessorTime() - before[i]).Aggregate(TimeSpan.Zero, (a, b) => a + b);
        var requests = results.Sum(r => r.Requests);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {nodes.Length} | {connections} | {results.Sum(r => r.RequestsPerSecond):F0} | {results.Max(r => r.P50Milliseconds):F2} | {results.Max(r => r.P99Milliseconds):F2} | {used.TotalMilliseconds / Math.Max(1, requests):F3} | {results.Sum(r => r.Errors)} |"));
    }

    /// <summary>Ten publications written to the database by another process; the time until each node's news list shows each.</summary>
    private static async Task PublicationDelaysAsync(string connectionString, string data, HttpClient http, (string Name, string Url)[] nodes)
    {
        var services = new ServiceCollection().AddLogging()
            .AddCms(new SiteDatabase(DatabaseProvider.PostgreSql, connectionString), Path.Combine(data, "media")).BuildServiceProvider();
        var delays = nodes.ToDictionary(n => n.Name, _ => new List<double>());
        for (var i = 0; i < 10; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var content = scope.ServiceProvider.GetRequiredService<ContentService>();
            var title = "Notícia de medição " + Guid.NewGuid().ToString("N")[..8];
            var variant = await content.SaveAsync(new ContentEdit
            {
                TypeKey = "news", Language = "pt-PT", Title = title, Body = "Texto.", Fields = new NewsArticle { Date = DateOnly.FromDateTime(DateTime.UtcNow) },
            }, "bench@example.org", null, CancellationToken.None);
            await content.PublishAsync(variant.Id, "bench@example.org", null, null, CancellationToken.None);
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(nodes.Select(async node =>
            {
                while (!(await http.GetStringAsync(node.Url + "/pt/news")).Contains(title, StringComparison.Ordinal))
                {
                    await Task.Delay(5);
                }
                delays[node.Name].Add(clock.Elapsed.TotalMilliseconds);
            }));
        }
        foreach (var (node, values) in delays)
        {
            values.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Publication from another process visible on node {node}'s /pt/news: median {values[values.Count / 2]:F0} ms, worst {values[^1]:F0} ms (10 publications)"));
        }
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server + ";Database=postgres");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
