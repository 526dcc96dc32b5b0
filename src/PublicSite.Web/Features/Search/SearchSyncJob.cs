using Microsoft.Extensions.Options;
using PublicSite.Search.Sync;
using PublicSite.Web.Site.Telemetry;

namespace PublicSite.Web.Features.Search;

/// <summary>
/// Polls the outbox a few times a second (a cheap query on positions after the index's own) so that a published
/// document is searchable within a second; builds the index at first start and after an analysis change.
/// </summary>
internal sealed class SearchSyncJob(SearchIndexSync sync, IOptions<SearchOptions> options, JobRuns runs, TimeProvider time, ILogger<SearchSyncJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(options.Value.PollIntervalMilliseconds), time);
        var failing = false;
        do
        {
            try
            {
                await runs.MeasureAsync("search_sync", () => sync.CatchUpAsync(stoppingToken), stoppingToken);
                failing = false;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Logged once per failure spell, not four times a second.
                if (!failing)
                {
                    logger.LogError(e, "Search index sync failed; it will try again.");
                }
                failing = true;
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
