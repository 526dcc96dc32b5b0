using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicSite.Cms.Data;

namespace PublicSite.Web.Site.Telemetry;

/// <summary>
/// The gauge <c>publicsite.outbox.lag</c>: how many outbox positions each follower on this node is behind the
/// outbox head. A gauge is read synchronously at scrape time, so the head is read here every few seconds instead
/// of querying the database from inside a scrape.
/// </summary>
internal sealed class OutboxLag(
    IServiceProvider services, IEnumerable<OutboxFollower> followers, IMeterFactory meters, IOptions<TelemetryOptions> options,
    TimeProvider time, ILogger<OutboxLag> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private readonly OutboxFollower[] _followers = followers.ToArray();
    private long _head = -1;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        meters.Create(SiteTelemetryExtensions.MeterName).CreateObservableGauge("publicsite.outbox.lag", Measure, "{event}",
            "Outbox positions between the head and the last event this node's follower applied.");
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            do
            {
                try
                {
                    await using var scope = services.CreateAsyncScope();
                    var head = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Outbox
                        .MaxAsync(e => (long?)e.Position, stoppingToken) ?? 0;
                    Volatile.Write(ref _head, head);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The gauge keeps the last head read; the database's own trouble shows in /healthz/ready.
                    logger.LogWarning(e, "The outbox head could not be read for the lag gauge.");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private IEnumerable<Measurement<long>> Measure()
    {
        var head = Volatile.Read(ref _head);
        if (head < 0)
        {
            yield break;
        }
        var node = options.Value.NodeName;
        foreach (var follower in _followers)
        {
            var position = follower.Position(services);
            yield return new(Math.Max(0, head - Math.Max(0, position)), new("follower", follower.Name), new("node", node));
        }
    }
}
