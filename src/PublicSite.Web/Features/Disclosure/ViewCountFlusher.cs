using Microsoft.Extensions.Options;
using PublicSite.Web.Site.Telemetry;

namespace PublicSite.Web.Features.Disclosure;

/// <summary>Writes counted views every few seconds and once more when the site shuts down gracefully.</summary>
internal sealed class ViewCountFlusher(ViewCounter counter, IOptions<DisclosureOptions> options, JobRuns runs, TimeProvider time, ILogger<ViewCountFlusher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ViewFlushInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: StopAsync writes what is left.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await runs.MeasureAsync("view_count_flush", () => counter.FlushAsync(cancellationToken), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Page views could not be written; they are kept for the next attempt.");
        }
    }
}
