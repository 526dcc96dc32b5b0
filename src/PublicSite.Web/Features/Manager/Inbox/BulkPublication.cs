using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicSite.Cms.Auditing;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;
using PublicSite.Web.Features.Manager.Content;

namespace PublicSite.Web.Features.Manager.Inbox;

/// <summary>What a "publish selected" did: how many went live, and how many were left as they were.</summary>
public sealed record BulkPublicationResult(int Published, int Skipped);

/// <summary>
/// Publishes the changes a publisher ticked in the review queue, one after another. Each is its own transaction
/// (the publication, its outbox event and its audit entry commit together), so a node that dies half-way has
/// published and recorded every item before the one it was on, and nothing of that one.
/// </summary>
public sealed class BulkPublication(
    CmsDbContext db, ManagerInbox inbox, EditorialService workflow, AuditTrail audit, ReviewMail mail, IOptions<ManagerOptions> options)
{
    /// <summary>More than the queue shows at once (50), fewer than would keep one request busy for minutes.</summary>
    public const int MaxItems = 500;

    public async Task<BulkPublicationResult> PublishAsync(
        IReadOnlyCollection<Guid> variantIds, string publisher, string? ipAddress, CancellationToken cancellationToken)
    {
        var selected = variantIds.Distinct().Take(MaxItems).ToList();
        var published = 0;
        foreach (var variantId in selected)
        {
            // Checked again per item: another publisher (on any node) may have published or returned it meanwhile.
            if (!await inbox.IsWaitingForReviewByAsync(variantId, publisher, cancellationToken))
            {
                continue;
            }
            var variant = await db.Variants.AsNoTracking().SingleAsync(v => v.Id == variantId, cancellationToken);
            var author = variant.PendingEdit is not null ? variant.PendingEditBy : variant.EditedBy;
            try
            {
                await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
                {
                    await workflow.PublishAsync(variantId, publisher, null, null, options.Value.AllowSelfApproval, cancellationToken);
                    await audit.RecordAsync(publisher, AuditActions.Publish, $"{variant.TypeKey}:{variant.ItemId}:{variant.Language}", variant.Title, ipAddress, cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }
                published++;
            }
            catch (Exception e) when (e is WorkflowException or FourEyesException or ContentConcurrencyException)
            {
                // Left in the queue as it was (the transaction rolled back); the publisher opens it to see why.
                continue;
            }
            finally
            {
                // Each item starts from the database: what one publication tracked must not ride along with the next.
                db.ChangeTracker.Clear();
            }
            if (author is not null)
            {
                await mail.PublishedAsync(variant, author, publisher, cancellationToken);
            }
        }
        return new BulkPublicationResult(published, selected.Count - published);
    }
}
