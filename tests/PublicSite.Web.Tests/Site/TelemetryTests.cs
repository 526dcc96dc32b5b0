using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace PublicSite.Web.Tests.Site;

/// <summary>What an operator reads of a node (issue #17): its metrics at /metrics, and its name in its logs.</summary>
public sealed partial class TelemetryTests(TelemetryTests.MeteredSite site) : IClassFixture<TelemetryTests.MeteredSite>
{
    public const string NodeName = "test-node";

    /// <summary>A node with Prometheus scraping on, scrapable from 10.1.0.0/16 besides loopback, its logs captured.</summary>
    public sealed class MeteredSite : SiteFactory
    {
        public FakeLoggerProvider Logs { get; } = new();

        public MeteredSite()
        {
            Settings["Telemetry:Prometheus:Enabled"] = "true";
            Settings["Telemetry:Prometheus:AllowedNetworks:0"] = "10.1.0.0/16";
            Settings["Telemetry:NodeName"] = NodeName;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddTransient<IStartupFilter, ClientAddress>();
                services.AddSingleton<ILoggerProvider>(Logs);
            });
        }

        public HttpClient From(string address) => ClientAddress.From(Browser(), address);

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            Logs.Dispose();
        }
    }

    [Fact]
    public async Task A_scrape_shows_page_cache_hits_latency_per_route_group_outbox_lag_and_job_runs_of_this_node()
    {
        // The page cache's first pass over the outbox empties the cache: a page stored before it would be a miss
        // the second time too. So the pages are read once the follower has caught up.
        await ScrapeUntilAsync(m => Value(m, "publicsite_outbox_lag", "follower=\"page_cache\"", $"node=\"{NodeName}\"") == 0
            && Value(m, "publicsite_job_runs_total", "job=\"page_cache_follow\"") >= 1);
        var reader = site.Browser();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/zh/news")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/zh/news")).StatusCode);

        // The lag gauge reads the outbox head every few seconds, the first search sync pass builds the index, and
        // the exporter keeps a scrape briefly: wait for the last series to come.
        var metrics = await ScrapeUntilAsync(m => Value(m, "publicsite_outbox_lag") >= 0
            && Value(m, "publicsite_job_runs_total", "job=\"search_sync\"") >= 0
            && Value(m, "publicsite_page_cache_requests_total", "result=\"hit\"") >= 1);

        Assert.True(Value(metrics, "publicsite_page_cache_requests_total", "result=\"hit\"") >= 1);
        Assert.True(Value(metrics, "publicsite_page_cache_requests_total", "result=\"miss\"") >= 1);
        Assert.True(Value(metrics, "http_server_request_duration_seconds_count", "route_group=\"site-zh\"") >= 2);
        Assert.True(Value(metrics, "publicsite_outbox_lag", "follower=\"search_index\"", $"node=\"{NodeName}\"") >= 0);
        Assert.True(Value(metrics, "publicsite_outbox_lag", "follower=\"page_cache\"", $"node=\"{NodeName}\"") >= 0);
        Assert.True(Value(metrics, "publicsite_job_runs_total", "job=\"search_sync\"", "outcome=\"ok\"") >= 1);
        Assert.True(Value(metrics, "publicsite_job_run_duration_seconds_count", "job=\"search_sync\"") >= 1);
        Assert.Contains($"service_instance_id=\"{NodeName}\"", Lines(metrics, "target_info").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("::1", HttpStatusCode.OK)]
    [InlineData("10.1.200.7", HttpStatusCode.OK)]
    [InlineData("10.2.0.1", HttpStatusCode.NotFound)]
    [InlineData("203.0.113.5", HttpStatusCode.NotFound)]
    public async Task Metrics_are_served_only_to_loopback_and_the_allowed_networks(string address, HttpStatusCode expected)
    {
        var response = await site.From(address).GetAsync("/metrics");

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK, (await response.Content.ReadAsStringAsync()).Contains("publicsite_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_request_without_a_known_peer_address_is_refused()
    {
        var response = await site.Browser().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Every_log_record_carries_the_node_name()
    {
        await site.Browser().GetAsync("/zh/no-such-page");

        var records = site.Logs.Collector.GetSnapshot();
        Assert.NotEmpty(records);
        Assert.All(records, record => Assert.Equal(NodeName, record.GetStructuredStateValue("NodeName")));
    }

    [Fact]
    public async Task Metrics_are_not_served_unless_enabled()
    {
        using var plain = new SiteFactory();

        var response = await ClientAddress.From(plain.WithWebHostBuilder(b => b.ConfigureTestServices(
            services => services.AddTransient<IStartupFilter, ClientAddress>())).CreateClient(), "127.0.0.1").GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<string> ScrapeUntilAsync(Func<string, bool> condition)
    {
        var scraper = site.From("127.0.0.1");
        var metrics = "";
        for (var attempt = 0; attempt < 40; attempt++)
        {
            metrics = await scraper.GetStringAsync("/metrics");
            if (condition(metrics))
            {
                return metrics;
            }
            await Task.Delay(500);
        }
        Assert.Fail("The scrape never showed the expected series:\n" + metrics);
        return metrics;
    }

    private static IEnumerable<string> Lines(string metrics, string name) =>
        metrics.Split('\n').Where(l => l.StartsWith(name + "{", StringComparison.Ordinal));

    /// <summary>The sum of the series of <paramref name="name"/> having every label given; -1 when there is none.</summary>
    private static double Value(string metrics, string name, params string[] labels)
    {
        var values = Lines(metrics, name).Where(l => labels.All(label => l.Contains(label, StringComparison.Ordinal)))
            .Select(l => double.Parse(SampleValue().Match(l).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return values.Count == 0 ? -1 : values.Sum();
    }

    [GeneratedRegex(@"\}\s+(\S+)")]
    private static partial Regex SampleValue();
}
