using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicSite.Cms.Auditing;

namespace PublicSite.Web.Features.Manager.Accounts;

public sealed class SignOutModel(SignInManager<EditorUser> signIn, UserManager<EditorUser> users, AuditTrail audit, EditorContext editor) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/manager");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await audit.RecordAsync(editor.Name, AuditActions.SignOut, null, null, editor.IpAddress, cancellationToken);
        // Deleting this browser's cookie is not enough: a copy of it (stolen, or in another tab's jar) would live on
        // for hours. A new stamp makes every copy fail its next validation (Manager:SecurityStampValidationInterval).
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }
        await signIn.SignOutAsync();
        return LocalRedirect("/manager/sign-in");
    }
}
