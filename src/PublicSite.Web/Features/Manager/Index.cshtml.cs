using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicSite.Web.Features.Inspection;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Features.Manager.Inbox;

namespace PublicSite.Web.Features.Manager;

public sealed class IndexModel(ManagerInbox inbox, SiteInspection inspection, EditorContext editor) : PageModel
{
    public string Name => User.Identity?.Name ?? "";

    public IEnumerable<string> Roles => EditorRoles.All.Where(User.IsInRole);

    public bool IsPublisher => editor.IsPublisher;

    public InboxView Inbox { get; private set; } = null!;

    public InspectionReport Inspection { get; private set; } = null!;

    /// <summary>After "publish selected": how many went live and how many were left (numbers only, from the query).</summary>
    public BulkPublicationResult? BulkResult { get; private set; }

    public async Task OnGetAsync([FromQuery] int? published, [FromQuery] int? skipped, CancellationToken cancellationToken)
    {
        if (published is >= 0 && skipped is >= 0)
        {
            BulkResult = new BulkPublicationResult(published.Value, skipped.Value);
        }
        Inbox = await inbox.LoadAsync(editor.Name, IsPublisher, cancellationToken);
        Inspection = await inspection.RunAsync(cancellationToken);
    }

    /// <summary>The review queue's "publish selected": publishers only, whatever the form says.</summary>
    public async Task<IActionResult> OnPostPublishSelectedAsync(
        [FromForm(Name = "variant")] Guid[] variants, [FromServices] BulkPublication bulk, CancellationToken cancellationToken)
    {
        if (!IsPublisher)
        {
            return Forbid();
        }
        var result = await bulk.PublishAsync(variants, editor.Name, editor.IpAddress, cancellationToken);
        return RedirectToPage(new { published = result.Published, skipped = result.Skipped });
    }
}
