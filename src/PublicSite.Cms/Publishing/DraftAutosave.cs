using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;

namespace PublicSite.Cms.Publishing;

/// <summary>
/// The working copy an editor's browser saves while they type: one autosave revision per variant and author, replaced
/// each time. It touches no column of the variant, so it can neither publish nor change a live or pending version
/// (four-eyes is untouched); a real save removes it.
/// </summary>
public sealed class DraftAutosave(CmsDbContext db, TimeProvider time)
{
    public async Task SaveAsync(Guid variantId, string author, string snapshot, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(variantId, author, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        if (existing is null)
        {
            db.Revisions.Add(new ContentRevision
            {
                VariantId = variantId, Number = 0, Kind = RevisionKinds.Autosave, Author = author, CreatedAt = now, Snapshot = snapshot,
            });
        }
        else
        {
            existing.Snapshot = snapshot;
            existing.CreatedAt = now;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (existing is null)
        {
            // The same editor's two tabs raced to create it; the other one's copy stands until the next tick.
            db.ChangeTracker.Clear();
        }
    }

    public Task<ContentRevision?> FindAsync(Guid variantId, string author, CancellationToken cancellationToken) =>
        db.Revisions.SingleOrDefaultAsync(r => r.VariantId == variantId && r.Kind == RevisionKinds.Autosave && r.Author == author, cancellationToken);

    public Task<int> DiscardAsync(Guid variantId, string author, CancellationToken cancellationToken) =>
        db.Revisions.Where(r => r.VariantId == variantId && r.Kind == RevisionKinds.Autosave && r.Author == author).ExecuteDeleteAsync(cancellationToken);
}
