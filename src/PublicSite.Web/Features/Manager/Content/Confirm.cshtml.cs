using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Auditing;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;

namespace PublicSite.Web.Features.Manager.Content;

/// <summary>
/// The one place a destructive review action happens — withdraw, delete, reject — after a screen that says what will
/// change: withdrawing one language lists the other live languages and offers both choices; rejecting asks the reason.
/// Without JavaScript it is a page; with it the same form opens in a dialog. The editor's form only links here.
/// </summary>
public sealed class ConfirmModel(
    CmsDbContext db, ContentService content, EditorialService workflow, AuditTrail audit, EditorContext who, ReviewMail mail, TimeProvider time) : PageModel
{
    public static readonly string[] Actions = ["withdraw", "delete", "reject"];

    public static string PathFor(Guid item, string lang, string action) =>
        $"/manager/content/confirm?item={item}&lang={lang}&act={action}";

    [BindProperty(SupportsGet = true)]
    public Guid Item { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Lang { get; set; } = "zh";

    [BindProperty(SupportsGet = true, Name = "act")]
    public string Action { get; set; } = "";

    public ContentItem Target { get; private set; } = null!;

    public ContentVariant Variant { get; private set; } = null!;

    /// <summary>The item's other languages the public can read now: withdrawing one language leaves them live unless chosen.</summary>
    public IReadOnlyList<ContentVariant> OtherLive { get; private set; } = [];

    public string? Message { get; private set; }

    /// <summary>Whether the form is offered: not when the item is in no state for the action.</summary>
    public bool CanAct => Message is null or "RejectReasonRequired";

    public string EditPath => $"/manager/content/edit?item={Item}&lang={Lang}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync([FromForm] string? scope, [FromForm] string? reason, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }
        var target = $"{Target.TypeKey}:{Target.Id}:{Variant.Language}";
        try
        {
            switch (Action)
            {
                case "withdraw":
                    var withdrawn = scope == "all" ? OtherLive.Prepend(Variant).ToList() : [Variant];
                    foreach (var variant in withdrawn)
                    {
                        await content.WithdrawAsync(variant.Id, who.Name, cancellationToken);
                        await audit.RecordAsync(who.Name, AuditActions.Withdraw, $"{Target.TypeKey}:{Target.Id}:{variant.Language}", variant.Title, who.IpAddress, cancellationToken);
                    }
                    return Redirect($"{EditPath}&done=Withdrawn");
                case "delete":
                    await content.DeleteAsync(Target.Id, cancellationToken);
                    await audit.RecordAsync(who.Name, AuditActions.Delete, target, Variant.Title, who.IpAddress, cancellationToken);
                    return Redirect($"{EditPath}&done=Deleted");
                default:
                    var author = Variant.PendingEdit is not null ? Variant.PendingEditBy : Variant.EditedBy;
                    var rejected = await workflow.RejectAsync(Variant.Id, who.Name, reason, cancellationToken);
                    await audit.RecordAsync(who.Name, AuditActions.Reject, target, reason?.Trim(), who.IpAddress, cancellationToken);
                    if (author is not null)
                    {
                        await mail.RejectedAsync(rejected, author, who.Name, reason!.Trim(), cancellationToken);
                    }
                    return Redirect($"{EditPath}&done=Rejected");
            }
        }
        catch (WorkflowException e)
        {
            Message = e.Reason;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    /// <summary>Null when the action may go ahead; otherwise what to answer (a role that may not, an item not in a state for it).</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!who.IsPublisher)
        {
            return Forbid();
        }
        var item = await db.Items.AsNoTracking().Include(i => i.Variants).SingleOrDefaultAsync(i => i.Id == Item, cancellationToken);
        var language = SiteLanguage.FromCode(Lang);
        var variant = item?.Variants.SingleOrDefault(v => v.Language == language?.Culture);
        if (item is null || variant is null || !Actions.Contains(Action))
        {
            return NotFound();
        }
        (Target, Variant) = (item, variant);
        var now = time.GetUtcNow().UtcDateTime;
        OtherLive = item.Variants.Where(v => v.Id != variant.Id && v.State == VariantState.Published && (v.ExpireAt is null || v.ExpireAt > now)).ToList();
        Message = Action switch
        {
            "withdraw" when variant.State != VariantState.Published => "NotPublished",
            "delete" when item.DeletedAt is not null => "AlreadyDeleted",
            "reject" when !(variant.PendingState == VariantState.InReview || (variant.PendingEdit is null && variant.State == VariantState.InReview)) => "NotInReview",
            _ => null,
        };
        if (Message is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        return null;
    }
}
