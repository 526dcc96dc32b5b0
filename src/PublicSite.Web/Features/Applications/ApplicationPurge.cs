using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Web.Features.Applications.Data;
using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Features.Applications;

/// <summary>
/// Deletes the applications of calls closed longer than the retention period, with their CVs, and keeps only
/// anonymous counts per call and final status. Deleted rows are overwritten in the file (secure_delete) and the
/// write-ahead log is emptied, so no copy of the personal data stays on disk.
/// </summary>
public sealed class ApplicationPurge(
    ApplicationsDbContext db, CmsDbContext cms, CvStorage storage, TimeProvider time,
    IOptions<ApplicationsOptions> options, ILogger<ApplicationPurge> logger) : IPersonalDataPurge
{
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var retention = TimeSpan.FromDays(options.Value.RetentionDays);
        var calls = await db.Applications.GroupBy(a => a.CallItemId)
            .Select(g => new { CallItemId = g.Key, Deadline = g.Max(a => a.CallDeadline) })
            .ToListAsync(cancellationToken);
        var ids = calls.Select(c => c.CallItemId).ToList();
        // The call's current deadline counts (it may have been extended); the one stored with the application otherwise.
        var current = (await cms.Items.AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => new { i.Id, i.SharedFields }).ToListAsync(cancellationToken))
            .ToDictionary(i => i.Id, i => ContentFields.Read<ProgrammeCall>(i.SharedFields, null).Deadline?.UtcDateTime);
        var due = calls.Where(c => (current.GetValueOrDefault(c.CallItemId) ?? c.Deadline) + retention <= now)
            .Select(c => c.CallItemId).ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await PurgedDataScrub.PrepareAsync(db, cancellationToken);
            var doomed = await db.Applications.Where(a => due.Contains(a.CallItemId)).Select(a => a.Id).ToListAsync(cancellationToken);
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                await CountAsync(due, cancellationToken);
                await db.StatusSteps.Where(s => doomed.Contains(s.ApplicationId)).ExecuteDeleteAsync(cancellationToken);
                await db.Applications.Where(a => due.Contains(a.CallItemId)).ExecuteDeleteAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            await PurgedDataScrub.FinishAsync(db, cancellationToken);
            foreach (var id in doomed)
            {
                File.Delete(storage.CvPath(id));
            }
            logger.LogInformation("Purged {Count} applications of {Calls} closed calls.", doomed.Count, due.Count);
            return doomed.Count;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task CountAsync(List<Guid> calls, CancellationToken cancellationToken)
    {
        var counts = await db.Applications.Where(a => calls.Contains(a.CallItemId))
            .GroupBy(a => new { a.CallItemId, a.Status })
            .Select(g => new { g.Key.CallItemId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        foreach (var count in counts)
        {
            var tally = await db.Tallies.FindAsync([count.CallItemId, count.Status], cancellationToken);
            if (tally is null)
            {
                db.Tallies.Add(new ApplicationTally { CallItemId = count.CallItemId, Status = count.Status, Count = count.Count });
            }
            else
            {
                tally.Count += count.Count;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
