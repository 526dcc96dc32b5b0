using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicSite.Cms.Auditing;

namespace PublicSite.Web.Features.Manager.Accounts;

/// <summary>The second step of signing in for users who turned on two-factor sign-in.</summary>
public sealed class SignInTwoFactorModel(SignInManager<EditorUser> signIn, AuditTrail audit, EditorContext who) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Failure { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/manager/sign-in") : Page();

    public async Task<IActionResult> OnPostAsync([FromForm] string? code, CancellationToken cancellationToken)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return Redirect("/manager/sign-in");
        }
        var digits = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(digits, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await audit.RecordAsync(user.Email ?? user.Id, AuditActions.SignIn, null, "two-factor", who.IpAddress, cancellationToken);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/manager");
        }
        await audit.RecordAsync(user.Email ?? user.Id, result.IsLockedOut ? AuditActions.LockedOut : AuditActions.SignInFailed, null, "two-factor", who.IpAddress, cancellationToken);
        Failure = result.IsLockedOut ? "LockedOut" : "TwoFactorCodeInvalid";
        return Page();
    }
}
