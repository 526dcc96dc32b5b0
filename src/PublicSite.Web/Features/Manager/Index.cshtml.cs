using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Features.Manager;

public sealed class IndexModel : PageModel
{
    public string Name => User.Identity?.Name ?? "";

    public IEnumerable<string> Roles => EditorRoles.All.Where(User.IsInRole);
}
