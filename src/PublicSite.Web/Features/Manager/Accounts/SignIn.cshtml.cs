using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PublicSite.Cms.Auditing;

namespace PublicSite.Web.Features.Manager.Accounts;

[EnableRateLimiting(SignInRateLimitPolicy.Name)]
public sealed class SignInModel(SignInManager<EditorUser> signIn, UserManager<EditorUser> users, SignInDecoy decoy, SignInFailures failures, AuditTrail audit, EditorContext editor)
    : PageModel
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

    /// <summary>Whole minutes the address must wait after <see cref="SignInThrottled"/>.</summary>
    public int WaitMinutes { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (HttpContext.Features.Get<SignInThrottled>() is { } throttled)
        {
            await audit.RecordAsync(Email, AuditActions.SignInFailed, null, "throttled", editor.IpAddress, cancellationToken);
            Failure = "SignInThrottled";
            WaitMinutes = (int)Math.Ceiling(throttled.RetryAfter.TotalMinutes);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is null)
        {
            // A password hash is computed all the same, so an unknown address takes as long as a known one.
            decoy.Check(Password);
            return await FailAsync(AuditActions.SignInFailed, null, cancellationToken);
        }
        if (failures.IsLockedOut(user.Id, editor.IpAddress))
        {
            // Refused before the password is tried, so guessing goes no further; hashed anyway so the timing is the same.
            decoy.Check(Password);
            return await FailAsync(AuditActions.LockedOut, null, cancellationToken);
        }
        // Identity's own lockout (per account, from anywhere) is not used for passwords: see SignInFailures.
        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            failures.Forget(user.Id, editor.IpAddress);
        }
        if (result.Succeeded)
        {
            await audit.RecordAsync(Email, AuditActions.SignIn, null, null, editor.IpAddress, cancellationToken);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/manager");
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Manager/Accounts/SignInTwoFactor", new { ReturnUrl });
        }
        if (result.IsLockedOut && user.IsDeactivated)
        {
            // Only someone who knows the password learns the account was deactivated; anyone else sees a plain failure,
            // and "try again in 15 minutes" would mislead both.
            if (await users.CheckPasswordAsync(user, Password))
            {
                await audit.RecordAsync(Email, AuditActions.SignInFailed, null, "deactivated", editor.IpAddress, cancellationToken);
                Failure = "AccountDeactivated";
                return Page();
            }
            return await FailAsync(AuditActions.SignInFailed, "deactivated", cancellationToken);
        }
        if (result.IsLockedOut)
        {
            // Identity refuses a locked account before hashing; hash anyway so the lockout does not show in the timing.
            decoy.Check(Password);
            return await FailAsync(AuditActions.LockedOut, null, cancellationToken);
        }
        failures.RecordFailure(user.Id, editor.IpAddress);
        return await FailAsync(AuditActions.SignInFailed, null, cancellationToken);
    }

    /// <summary>
    /// The same words for an unknown address, a wrong password and a locked account (they mention the lockout), so
    /// the form tells nobody which accounts exist or are locked.
    /// </summary>
    private async Task<IActionResult> FailAsync(string action, string? detail, CancellationToken cancellationToken)
    {
        await audit.RecordAsync(Email, action, null, detail, editor.IpAddress, cancellationToken);
        Failure = "SignInFailed";
        return Page();
    }
}
