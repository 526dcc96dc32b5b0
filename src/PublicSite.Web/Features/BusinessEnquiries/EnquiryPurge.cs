using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicSite.Web.Features.BusinessEnquiries.Data;
using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Features.BusinessEnquiries;

/// <summary>Deletes enquiries received more than <see cref="BusinessEnquiriesOptions.RetentionDays"/> ago, contact data included.</summary>
public sealed class EnquiryPurge(BusinessEnquiriesDbContext db, IOptions<BusinessEnquiriesOptions> options, TimeProvider time, ILogger<EnquiryPurge> logger)
    : IPersonalDataPurge
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
