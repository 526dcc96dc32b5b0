using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using PublicSite.Web.Site.Telemetry;

namespace PublicSite.Web.Tests.Site;

/// <summary>How a background job's pass is counted, whatever the job.</summary>
public sealed class JobRunsTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly MetricCollector<long> _runs;
    private readonly JobRuns _jobRuns;

    public JobRunsTests()
    {
        var meters = _services.GetRequiredService<IMeterFactory>();
        _runs = new MetricCollector<long>(meters, SiteTelemetryExtensions.MeterName, "publicsite.job.runs");
        _jobRuns = new JobRuns(meters, TimeProvider.System);
    }

    [Fact]
    public async Task A_failed_pass_is_counted_as_failed_and_its_exception_still_reaches_the_job()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _jobRuns.MeasureAsync("test_job", () => Task.FromException(new InvalidOperationException()), CancellationToken.None));
        await _jobRuns.MeasureAsync("test_job", () => Task.CompletedTask, CancellationToken.None);

        var outcomes = _runs.GetMeasurementSnapshot().Select(m => (m.Tags["job"], m.Tags["outcome"])).ToList();
        Assert.Equal([("test_job", "failed"), ("test_job", "ok")], outcomes);
    }

    [Fact]
    public async Task A_pass_cancelled_by_shutdown_is_not_counted()
    {
        using var stopping = new CancellationTokenSource();
        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _jobRuns.MeasureAsync("test_job", () => Task.Delay(1000, stopping.Token), stopping.Token));

        Assert.Empty(_runs.GetMeasurementSnapshot());
    }

    public void Dispose()
    {
        _runs.Dispose();
        _services.Dispose();
    }
}
