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

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Inbox = await inbox.LoadAsync(editor.Name, IsPublisher, cancellationToken);
        Inspection = await inspection.RunAsync(cancellationToken);
    }
}
