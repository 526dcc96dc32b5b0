using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicSite.Cms.Auditing;

namespace PublicSite.Web.Features.Manager.Accounts;

public sealed class SignOutModel(SignInManager<EditorUser> signIn, AuditTrail audit, EditorContext editor) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/manager");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await audit.RecordAsync(editor.Name, AuditActions.SignOut, null, null, editor.IpAddress, cancellationToken);
        await signIn.SignOutAsync();
        return LocalRedirect("/manager/sign-in");
    }
}
