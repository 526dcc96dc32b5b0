using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicSite.Web.Features.EventRegistrations.Data;
using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Features.EventRegistrations;

/// <summary>Deletes the registrations of events that ended more than <see cref="EventRegistrationsOptions.RetentionDays"/> ago, personal data included.</summary>
public sealed class RegistrationPurge(EventRegistrationsDbContext db, IOptions<EventRegistrationsOptions> options, TimeProvider time, ILogger<RegistrationPurge> logger)
    : IPersonalDataPurge
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
