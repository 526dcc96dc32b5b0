using Microsoft.Extensions.Options;
using PublicSite.Web.Site.Telemetry;

namespace PublicSite.Web.Features.Delivery;

/// <summary>
/// Follows the outbox for the page cache as the search sync does, for events no save in this process announced
/// (another process on the same database, a failed announcement).
/// </summary>
internal sealed class PageCacheFollower(PageCacheEviction eviction, IOptions<PageCacheOptions> options, JobRuns runs, ILogger<PageCacheFollower> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(options.Value.PollIntervalMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await runs.MeasureAsync("page_cache_follow", () => eviction.CatchUpAsync(rescheduled: false, stoppingToken), stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The page cache could not read the outbox; it tries again.");
            }
            try
            {
                await Task.Delay(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
