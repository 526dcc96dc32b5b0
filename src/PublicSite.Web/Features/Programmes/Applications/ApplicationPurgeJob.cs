using Microsoft.Extensions.Options;

namespace PublicSite.Web.Features.Programmes.Applications;

/// <summary>Runs the purge at start and then every <see cref="ProgrammesOptions.PurgeInterval"/>.</summary>
internal sealed class ApplicationPurgeJob(
    IServiceScopeFactory scopes, IOptions<ProgrammesOptions> options, TimeProvider time, ILogger<ApplicationPurgeJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, time);
        try
        {
            do
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<ApplicationPurge>().PurgeAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "The purge of applications failed; it will try again.");
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
