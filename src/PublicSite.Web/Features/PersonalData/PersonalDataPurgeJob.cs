using PublicSite.Web.Site.Telemetry;

namespace PublicSite.Web.Features.PersonalData;

/// <summary>One kind of personal data that outlives its purpose: deletes (or anonymises) what is due and says how many.</summary>
public interface IPersonalDataPurge
{
    Task<int> PurgeAsync(CancellationToken cancellationToken);
}

/// <summary>Runs a purge at start and then every interval, each run in its own scope; a failed run is logged and retried.</summary>
internal sealed class PersonalDataPurgeJob<TPurge>(
    IServiceScopeFactory scopes, PurgeInterval<TPurge> interval, JobRuns runs, TimeProvider time, ILogger<PersonalDataPurgeJob<TPurge>> logger)
    : BackgroundService
    where TPurge : class, IPersonalDataPurge
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval.Value, time);
        try
        {
            do
            {
                try
                {
                    await runs.MeasureAsync("purge." + typeof(TPurge).Name, async () =>
                    {
                        await using var scope = scopes.CreateAsyncScope();
                        return await scope.ServiceProvider.GetRequiredService<TPurge>().PurgeAsync(stoppingToken);
                    }, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "The purge {Purge} failed; it will try again.", typeof(TPurge).Name);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}

/// <summary>How often <typeparamref name="TPurge"/> runs, read from its feature's options.</summary>
internal sealed record PurgeInterval<TPurge>(TimeSpan Value);
