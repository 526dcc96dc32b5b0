using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicSite.Web.Features.BusinessEnquiries.Data;

namespace PublicSite.Web.Features.BusinessEnquiries;

/// <summary>Deletes enquiries received more than <see cref="BusinessEnquiriesOptions.RetentionDays"/> ago, contact data included.</summary>
public sealed class EnquiryPurge(BusinessEnquiriesDbContext db, IOptions<BusinessEnquiriesOptions> options, TimeProvider time, ILogger<EnquiryPurge> logger)
{
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-options.Value.RetentionDays);
        var deleted = await db.Enquiries.Where(e => e.ReceivedUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("Purged {Count} business enquiries received before {Cutoff:u}.", deleted, cutoff);
        }
        return deleted;
    }
}

/// <summary>Runs the purge at start and then every <see cref="BusinessEnquiriesOptions.PurgeInterval"/>.</summary>
internal sealed class EnquiryPurgeJob(
    IServiceScopeFactory scopes, IOptions<BusinessEnquiriesOptions> options, TimeProvider time, ILogger<EnquiryPurgeJob> logger)
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
                    await scope.ServiceProvider.GetRequiredService<EnquiryPurge>().PurgeAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "The purge of business enquiries failed; it will try again.");
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
