using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Data;

namespace PublicSite.Cms.Auditing;

/// <summary>
/// Appends to the audit log. The application only ever adds entries; the database refuses updates and deletes
/// of the table (triggers in the AuditLog migration), so not even a bug here can rewrite history.
/// </summary>
public sealed class AuditTrail(CmsDbContext db, TimeProvider time)
{
    public async Task RecordAsync(
        string actor, string action, string? subject, string? details, string? ipAddress, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow().UtcDateTime,
            Actor = Truncate(actor, 256)!,
            Action = action,
            Subject = Truncate(subject, 300),
            Details = Truncate(details, 2000),
            IpAddress = Truncate(ipAddress, 64),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public IQueryable<AuditEntry> Entries => db.AuditEntries.AsNoTracking();

    private static string? Truncate(string? value, int length) =>
        value is null || value.Length <= length ? value : value[..length];
}
