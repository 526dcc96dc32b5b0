using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicSite.Web.Features.InformationRequests.Data;
using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Features.InformationRequests;

/// <summary>
/// Anonymises requests closed longer than <see cref="InformationRequestsOptions.RetentionDays"/>: a decision taken, or
/// a correction asked for and never given. The row keeps what the annual report counts — kind of applicant, dates,
/// outcome and ground — and loses everything that identifies or describes the applicant, with its letters. Freed
/// space is overwritten (secure_delete) and the write-ahead log emptied, so no copy stays in the file.
/// </summary>
public sealed class RequestPurge(
    InformationRequestsDbContext db, IOptions<InformationRequestsOptions> options, TimeProvider time, ILogger<RequestPurge> logger) : IPersonalDataPurge
{
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var cutoff = now.AddDays(-options.Value.RetentionDays);
        var due = db.Requests.Where(r => r.PurgedAt == null
            && (r.DecidedAt < cutoff || (r.Decision == null && r.CorrectedAt == null && r.CorrectionAskedAt < cutoff)));
        if (!await due.AnyAsync(cancellationToken))
        {
            return 0;
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await PurgedDataScrub.PrepareAsync(db, cancellationToken);
            int count;
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                var ids = await due.Select(r => r.Id).ToListAsync(cancellationToken);
                await db.Letters.Where(l => ids.Contains(l.RequestId)).ExecuteDeleteAsync(cancellationToken);
                await db.Steps.Where(s => ids.Contains(s.RequestId)).ExecuteUpdateAsync(s => s.SetProperty(x => x.Note, (string?)null), cancellationToken);
                count = await db.Requests.Where(r => ids.Contains(r.Id)).ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.Name, "").SetProperty(r => r.IdentifierEncrypted, "").SetProperty(r => r.IdentifierMasked, "")
                    .SetProperty(r => r.AddressEncrypted, "").SetProperty(r => r.PhoneEncrypted, "").SetProperty(r => r.PhoneMasked, "")
                    .SetProperty(r => r.Email, "").SetProperty(r => r.Description, "").SetProperty(r => r.DocumentNumber, (string?)null)
                    .SetProperty(r => r.StatusTokenEncrypted, "").SetProperty(r => r.CorrectionAsked, (string?)null)
                    .SetProperty(r => r.Correction, (string?)null).SetProperty(r => r.PurgedAt, now), cancellationToken);
                db.Steps.AddRange(ids.Select(id => new RequestStep { RequestId = id, Kind = RequestStepKind.PersonalDataPurged, At = now }));
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            if (!await PurgedDataScrub.FinishAsync(db, cancellationToken))
            {
                logger.LogWarning("The write-ahead log could not be emptied after a purge; the next checkpoint will overwrite it.");
            }
            logger.LogInformation("Purged the personal data of {Count} requests for information closed before {Cutoff:u}.", count, cutoff);
            return count;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
