using PublicSite.Cms.Publishing;
using PublicSite.Web.Site.Telemetry;

namespace PublicSite.Web.Site;

/// <summary>
/// Announces scheduled publications and expiries when they fall due. Reads never depend on it (visibility is
/// decided by the clock at read time); it only raises the outbox events that search and caches follow.
/// </summary>
internal sealed class PublishingScheduleJob(IServiceScopeFactory scopes, JobRuns runs, TimeProvider time, ILogger<PublishingScheduleJob> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                var announced = await runs.MeasureAsync("publishing_schedule", async () =>
                {
                    await using var scope = scopes.CreateAsyncScope();
                    return await scope.ServiceProvider.GetRequiredService<ContentService>().AnnounceScheduledAsync(stoppingToken);
                }, stoppingToken);
                if (announced > 0)
                {
                    logger.LogInformation("Announced {Count} scheduled publications or expiries.", announced);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The publishing schedule job failed; it will try again.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
