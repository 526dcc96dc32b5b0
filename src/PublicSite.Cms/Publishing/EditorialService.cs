using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;

namespace PublicSite.Cms.Publishing;

/// <summary>
/// The editorial workflow on top of <see cref="ContentService"/>: Draft → In review → Published, with the
/// four-eyes rule. A change to a live variant waits beside it as a pending edit, so nothing an editor types
/// reaches the public before a publisher (other than its author) approves it.
/// </summary>
public sealed class EditorialService(CmsDbContext db, ContentService content, ContentTypeRegistry types, TimeProvider time)
{
    public async Task<ContentVariant> SaveDraftAsync(ContentEdit edit, string author, string? note, CancellationToken cancellationToken)
    {
        var live = edit.ItemId is { } itemId
            ? await db.Variants.Include(v => v.Item).SingleOrDefaultAsync(v => v.ItemId == itemId && v.Language == edit.Language, cancellationToken)
            : null;
        if (live?.State == VariantState.Rejected)
        {
            throw new WorkflowException("RejectedIsFinal");
        }
        if (edit.ItemId is { } id)
        {
            // A real save supersedes the editor's autosaved working copy of this variant.
            await db.Revisions.Where(r => r.Kind == RevisionKinds.Autosave && r.Author == author && r.VariantId == db.Variants
                    .Where(v => v.ItemId == id && v.Language == edit.Language).Select(v => v.Id).FirstOrDefault())
                .ExecuteDeleteAsync(cancellationToken);
        }
        if (live is null || live.State != VariantState.Published)
        {
            var saved = await content.SaveAsync(edit, author, note, cancellationToken);
            var variant = await db.Variants.SingleAsync(v => v.Id == saved.Id, cancellationToken);
            variant.State = VariantState.Draft;
            await db.SaveChangesAsync(cancellationToken);
            return variant;
        }

        if (edit.ExpectedVersion is { } expected && expected != live.Version)
        {
            throw new ContentConcurrencyException(live.Id);
        }
        var (type, _, _) = await content.CheckAsync(edit, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var pending = PendingEdit.From(edit, type, live.Item.SharedFields);
        live.PendingEdit = pending.ToJson();
        live.PendingState = VariantState.Draft;
        live.PendingEditBy = author;
        live.PendingEditAt = now;
        live.Version++;
        db.Revisions.Add(new ContentRevision
        {
            VariantId = live.Id,
            Number = (await db.Revisions.Where(r => r.VariantId == live.Id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0) + 1,
            Author = author, CreatedAt = now, Note = note ?? "draft",
            Snapshot = JsonSerializer.Serialize(new
            {
                pending.Title, pending.Summary, pending.Body, pending.Slug, State = "PendingDraft",
                Fields = pending.LocalizedFields, Shared = ContentFields.Overlay(live.Item.SharedFields, pending.SharedFields),
            }, ContentFields.Json),
        });
        await SaveAsync(live.Id, cancellationToken);
        return live;
    }

    public async Task SubmitAsync(Guid variantId, CancellationToken cancellationToken)
    {
        var variant = await db.Variants.SingleAsync(v => v.Id == variantId, cancellationToken);
        if (variant.PendingEdit is not null && variant.PendingState == VariantState.Draft)
        {
            variant.PendingState = VariantState.InReview;
        }
        else if (variant.PendingEdit is null && variant.State == VariantState.Draft)
        {
            variant.State = VariantState.InReview;
        }
        else
        {
            throw new WorkflowException("NotADraft");
        }
        variant.ReturnComment = null;
        variant.ReturnedBy = null;
        variant.ReturnedAt = null;
        await SaveAsync(variantId, cancellationToken);
    }

    /// <summary>
    /// Sends a change in review back to its author with a comment (已退回): it becomes their draft again, the comment
    /// beside it, and the public page (if live) stays as it is.
    /// </summary>
    public async Task<ContentVariant> ReturnAsync(Guid variantId, string publisher, string? comment, CancellationToken cancellationToken)
    {
        var variant = await db.Variants.SingleAsync(v => v.Id == variantId, cancellationToken);
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new WorkflowException("ReturnCommentRequired");
        }
        if (variant.PendingEdit is not null && variant.PendingState == VariantState.InReview)
        {
            variant.PendingState = VariantState.Draft;
        }
        else if (variant.PendingEdit is null && variant.State == VariantState.InReview)
        {
            variant.State = VariantState.Draft;
        }
        else
        {
            throw new WorkflowException("NotInReview");
        }
        var trimmed = comment.Trim();
        variant.ReturnComment = trimmed[..Math.Min(trimmed.Length, MaxReturnComment)];
        variant.ReturnedBy = publisher;
        variant.ReturnedAt = time.GetUtcNow().UtcDateTime;
        await SaveAsync(variantId, cancellationToken);
        return variant;
    }

    public const int MaxReturnComment = 2000;

    /// <summary>
    /// Does not accept a change in review (不予采用), with a reason the author reads. A submission that never went live
    /// becomes <see cref="VariantState.Rejected"/> — final, kept on record; a change to a live page is dropped and
    /// the public page stays as it is. Unlike a return, there is nothing to fix and resubmit.
    /// </summary>
    public async Task<ContentVariant> RejectAsync(Guid variantId, string publisher, string? reason, CancellationToken cancellationToken)
    {
        var variant = await db.Variants.SingleAsync(v => v.Id == variantId, cancellationToken);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new WorkflowException("RejectReasonRequired");
        }
        var trimmed = reason.Trim();
        trimmed = trimmed[..Math.Min(trimmed.Length, MaxReturnComment)];
        if (variant.PendingEdit is not null && variant.PendingState == VariantState.InReview)
        {
            // The live page's own record is not the place for a decision on a change that never reached it: the
            // reason goes to the change's author by mail and into the audit trail.
            variant.PendingSharedFields = null;
            variant.PendingEdit = null;
            variant.PendingState = null;
            variant.PendingEditAt = null;
        }
        else if (variant.PendingEdit is null && variant.State == VariantState.InReview)
        {
            variant.State = VariantState.Rejected;
            variant.PendingSharedFields = null;
            variant.ReturnComment = trimmed;
            variant.ReturnedBy = publisher;
            variant.ReturnedAt = time.GetUtcNow().UtcDateTime;
        }
        else
        {
            throw new WorkflowException("NotInReview");
        }
        await SaveAsync(variantId, cancellationToken);
        return variant;
    }

    /// <summary>
    /// Approves the variant's change and publishes it, now or at <paramref name="publishAtUtc"/>. The author of the
    /// change cannot approve it unless <paramref name="allowSelfApproval"/> (a site setting) says so.
    /// </summary>
    public async Task PublishAsync(
        Guid variantId, string publisher, DateTime? publishAtUtc, DateTime? expireAtUtc, bool allowSelfApproval, CancellationToken cancellationToken)
    {
        var variant = await db.Variants.Include(v => v.Item).SingleAsync(v => v.Id == variantId, cancellationToken);
        if (variant.State == VariantState.Rejected)
        {
            throw new WorkflowException("RejectedIsFinal");
        }
        var pending = PendingEdit.FromJson(variant.PendingEdit);
        var author = pending is null ? variant.EditedBy : variant.PendingEditBy;
        if (!allowSelfApproval && (string.Equals(author, publisher, StringComparison.OrdinalIgnoreCase)
            || (await AuthorsSinceLastPublicationAsync(variantId, cancellationToken)).Contains(publisher, StringComparer.OrdinalIgnoreCase)))
        {
            throw new FourEyesException(publisher);
        }
        if (pending is not null)
        {
            var edit = pending.ToEdit(variant, types.Get(variant.TypeKey));
            variant.PendingEdit = null;
            variant.PendingState = null;
            await db.SaveChangesAsync(cancellationToken);
            await content.SaveAsync(edit, author ?? publisher, $"approved by {publisher}", cancellationToken);
        }
        await content.PublishAsync(variantId, publisher, publishAtUtc, expireAtUtc, cancellationToken);
    }

    /// <summary>
    /// Everyone who saved the variant since it last went live. Comparing with the last author only let a publisher
    /// approve their own text once a colleague had touched it after them.
    /// </summary>
    private async Task<List<string>> AuthorsSinceLastPublicationAsync(Guid variantId, CancellationToken cancellationToken)
    {
        // ContentService writes the "publish" revision (its snapshot in the Published state) at every publication;
        // withdrawals change no text, so their author wrote nothing to approve.
        var lastPublication = await db.Revisions
            .Where(r => r.VariantId == variantId && r.Note == RevisionNotes.Publication && r.Snapshot.Contains("\"state\":\"Published\""))
            .MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        return await db.Revisions
            .Where(r => r.VariantId == variantId && r.Number > lastPublication && r.Note != RevisionNotes.Withdrawal)
            .Select(r => r.Author).Distinct().ToListAsync(cancellationToken);
    }

    /// <summary>Drops a pending change: to a live variant, and the shared fields a draft proposed.</summary>
    public async Task DiscardPendingAsync(Guid variantId, CancellationToken cancellationToken)
    {
        var variant = await db.Variants.SingleAsync(v => v.Id == variantId, cancellationToken);
        variant.PendingSharedFields = null;
        variant.PendingEdit = null;
        variant.PendingState = null;
        variant.PendingEditBy = null;
        variant.PendingEditAt = null;
        await SaveAsync(variantId, cancellationToken);
    }

    /// <summary>
    /// Restores an old revision as a new draft (of the variant, or beside it when it is live); throws
    /// <see cref="KeyNotFoundException"/> for a revision that does not exist.
    /// </summary>
    public async Task<ContentVariant> RestoreRevisionAsync(long revisionId, string author, CancellationToken cancellationToken)
    {
        var revision = await db.Revisions.SingleOrDefaultAsync(r => r.Id == revisionId, cancellationToken)
            ?? throw new KeyNotFoundException($"Revision {revisionId} does not exist.");
        var variant = await db.Variants.SingleAsync(v => v.Id == revision.VariantId, cancellationToken);
        var type = types.Get(variant.TypeKey);
        var snapshot = RevisionSnapshot.Parse(revision.Snapshot);
        var edit = new ContentEdit
        {
            ItemId = variant.ItemId, TypeKey = type.Key, Language = variant.Language,
            Title = snapshot.Title, Summary = snapshot.Summary, Body = snapshot.Body, Slug = snapshot.Slug,
            Fields = ContentFields.Read(type.ClrType, snapshot.Shared, snapshot.Fields),
        };
        return await SaveDraftAsync(edit, author, $"restored revision {revision.Number}", cancellationToken);
    }

    private async Task SaveAsync(Guid variantId, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ContentConcurrencyException(variantId);
        }
    }
}
