using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicSite.Web.Features.EventRegistrations.Data;

namespace PublicSite.Web.Features.EventRegistrations;

/// <summary>Deletes the registrations of events that ended more than <see cref="EventRegistrationsOptions.RetentionDays"/> ago, personal data included.</summary>
public sealed class RegistrationPurge(EventRegistrationsDbContext db, IOptions<EventRegistrationsOptions> options, TimeProvider time, ILogger<RegistrationPurge> logger)
{
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-options.Value.RetentionDays);
        var deleted = await db.Registrations.Where(r => r.EventEndsUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("Purged {Count} event registrations of events ended before {Cutoff:u}.", deleted, cutoff);
        }
        return deleted;
    }
}

/// <summary>Runs the purge at start and then every <see cref="EventRegistrationsOptions.PurgeInterval"/>.</summary>
internal sealed class RegistrationPurgeJob(
    IServiceScopeFactory scopes, IOptions<EventRegistrationsOptions> options, TimeProvider time, ILogger<RegistrationPurgeJob> logger)
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
                    await scope.ServiceProvider.GetRequiredService<RegistrationPurge>().PurgeAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "The purge of event registrations failed; it will try again.");
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
