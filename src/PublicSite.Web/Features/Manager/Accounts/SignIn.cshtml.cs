using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicSite.Cms.Auditing;

namespace PublicSite.Web.Features.Manager.Accounts;

public sealed class SignInModel(SignInManager<EditorUser> signIn, UserManager<EditorUser> users, AuditTrail audit, EditorContext editor) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Required"), EmailAddress(ErrorMessage = "EmailInvalid"), Display(Name = "Email")]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Required"), DataType(DataType.Password), Display(Name = "Password")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Failure { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(Email, AuditActions.SignIn, null, null, editor.IpAddress, cancellationToken);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/manager");
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Manager/Accounts/SignInTwoFactor", new { ReturnUrl });
        }
        if (result.IsLockedOut && await users.FindByEmailAsync(Email.Trim()) is { IsDeactivated: true } deactivated)
        {
            // Only someone who knows the password learns the account was deactivated; anyone else sees a plain failure,
            // and "try again in 15 minutes" would mislead both.
            var knowsPassword = await users.CheckPasswordAsync(deactivated, Password);
            await audit.RecordAsync(Email, AuditActions.SignInFailed, null, "deactivated", editor.IpAddress, cancellationToken);
            Failure = knowsPassword ? "AccountDeactivated" : "SignInFailed";
            return Page();
        }
        await audit.RecordAsync(Email, result.IsLockedOut ? AuditActions.LockedOut : AuditActions.SignInFailed, null, null, editor.IpAddress, cancellationToken);
        // The same words whether the address exists or not, so the form cannot be used to find accounts.
        Failure = result.IsLockedOut ? "LockedOut" : "SignInFailed";
        return Page();
    }
}
