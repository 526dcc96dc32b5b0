using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PublicSite.Web.Site.Telemetry;

/// <summary>
/// Counts the passes of the background jobs (<c>publicsite.job.runs</c>, tagged job and outcome ok|failed) and
/// times them (<c>publicsite.job.run.duration</c>): a job that stopped running or keeps failing shows on a graph
/// before anyone reads the log. A pass cancelled by shutdown is not counted.
/// </summary>
public sealed class JobRuns(IMeterFactory meters, TimeProvider time)
{
    private readonly Counter<long> _runs = meters.Create(SiteTelemetryExtensions.MeterName)
        .CreateCounter<long>("publicsite.job.runs", "{run}", "Background job passes.");

    private readonly Histogram<double> _duration = meters.Create(SiteTelemetryExtensions.MeterName)
        .CreateHistogram<double>("publicsite.job.run.duration", "s", "Background job pass duration.", tags: null, advice: new()
        {
            // In seconds, from a poll of the outbox (milliseconds) to a purge or the daily inspection (minutes).
            HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
        });

    /// <summary>Runs one pass of <paramref name="job"/>; its exception, if any, reaches the caller.</summary>
    public async Task<T> MeasureAsync<T>(string job, Func<Task<T>> pass, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var outcome = "failed";
        try
        {
            var result = await pass();
            outcome = "ok";
            return result;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = null;
            throw;
        }
        finally
        {
            if (outcome is not null)
            {
                var tags = new TagList { { "job", job }, { "outcome", outcome } };
                _runs.Add(1, tags);
                _duration.Record(time.GetElapsedTime(started).TotalSeconds, tags);
            }
        }
    }

    public Task MeasureAsync(string job, Func<Task> pass, CancellationToken cancellationToken) =>
        MeasureAsync(job, async () =>
        {
            await pass();
            return true;
        }, cancellationToken);
}
