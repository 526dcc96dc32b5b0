using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;

namespace PublicSite.Web.Features.Manager.Inbox;

/// <summary>One line of the inbox: enough to recognise the item and open it in the editor.</summary>
public sealed record InboxEntry(Guid ItemId, Guid VariantId, string TypeKey, string Language, string Title, string? Author, DateTime At);

/// <summary>What waits for the signed-in editor, across every content type.</summary>
public sealed record InboxView(
    IReadOnlyList<InboxEntry> WaitingForMyReview,
    IReadOnlyList<InboxEntry> ReturnedToMe,
    IReadOnlyList<InboxEntry> MyWork,
    IReadOnlyList<InboxEntry> Scheduled,
    IReadOnlyList<InboxEntry> Expiring,
    IReadOnlyList<InboxEntry> TranslationsOutOfDate);

/// <summary>
/// The manager's home: the questions an editor starts the day with, answered over all content types at once (the
/// content list answers them one type at a time, so a publisher filtering 待审核 saw "0" on the wrong type).
/// </summary>
public sealed class ManagerInbox(CmsDbContext db, TimeProvider time)
{
    private const int Shown = 50;

    private IQueryable<ContentVariant> Live => db.Variants.Where(v => v.Item.DeletedAt == null);

    /// <summary>Changes submitted for review by someone else: the four-eyes rule keeps one's own off this list.</summary>
    private IQueryable<ContentVariant> WaitingForReviewBy(string publisher) => Live.Where(v =>
        (v.PendingState == VariantState.InReview && v.PendingEditBy != publisher)
        || (v.PendingState == null && v.State == VariantState.InReview && v.EditedBy != publisher));

    /// <summary>Whether the publisher may approve the variant now: it is in review, and someone else's change.</summary>
    public Task<bool> IsWaitingForReviewByAsync(Guid variantId, string publisher, CancellationToken cancellationToken) =>
        WaitingForReviewBy(publisher).AnyAsync(v => v.Id == variantId, cancellationToken);

    public Task<int> CountWaitingForReviewAsync(string publisher, CancellationToken cancellationToken) =>
        WaitingForReviewBy(publisher).CountAsync(cancellationToken);

    public async Task<InboxView> LoadAsync(string editor, bool isPublisher, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var waiting = isPublisher
            ? await Entries(WaitingForReviewBy(editor).OrderBy(v => v.PendingEditAt ?? v.EditedAt), cancellationToken)
            : [];
        // Sent back by a publisher with a comment: first on the author's list, with who returned it and when.
        var returned = await Entries(Live.Where(v => v.ReturnComment != null && v.State != VariantState.Rejected
                && ((v.PendingState != null && v.PendingEditBy == editor) || (v.PendingState == null && v.EditedBy == editor)))
            .OrderByDescending(v => v.ReturnedAt), cancellationToken, v => v.ReturnedAt, v => v.ReturnedBy);
        var mine = await Entries(Live.Where(v => v.ReturnComment == null && (
                (v.PendingState != null && v.PendingEditBy == editor)
                || (v.PendingState == null && (v.State == VariantState.Draft || v.State == VariantState.InReview) && v.EditedBy == editor)))
            .OrderByDescending(v => v.PendingEditAt ?? v.EditedAt), cancellationToken);
        var scheduled = await Entries(Live.Where(v => v.State == VariantState.Published && v.PublishAt > now && v.PublishAt <= now.AddDays(7))
            .OrderBy(v => v.PublishAt), cancellationToken, v => v.PublishAt);
        var expiring = await Entries(Live.Where(v => v.State == VariantState.Published && v.ExpireAt > now && v.ExpireAt <= now.AddDays(30))
            .OrderBy(v => v.ExpireAt), cancellationToken, v => v.ExpireAt);
        var outOfDate = await Entries(Live.Where(v => v.Language != SiteLanguage.Chinese.Culture && v.Item.Variants.Any(source =>
                source.Language == SiteLanguage.Chinese.Culture && source.EditedAt > v.EditedAt))
            .OrderBy(v => v.EditedAt), cancellationToken);
        return new InboxView(waiting, returned, mine, scheduled, expiring, outOfDate);
    }

    private static async Task<IReadOnlyList<InboxEntry>> Entries(
        IQueryable<ContentVariant> query, CancellationToken cancellationToken, Func<ContentVariant, DateTime?>? at = null, Func<ContentVariant, string?>? who = null)
    {
        var variants = await query.Take(Shown).ToListAsync(cancellationToken);
        return variants.Select(v => new InboxEntry(
            v.ItemId, v.Id, v.TypeKey, v.Language, v.Title,
            who?.Invoke(v) ?? (v.PendingState is null ? v.EditedBy : v.PendingEditBy),
            at?.Invoke(v) ?? v.PendingEditAt ?? v.EditedAt ?? v.UpdatedAt)).ToList();
    }
}
