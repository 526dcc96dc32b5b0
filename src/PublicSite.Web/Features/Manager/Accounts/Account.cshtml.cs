using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicSite.Cms.Auditing;
using PublicSite.Web.Features.Disclosure;

namespace PublicSite.Web.Features.Manager.Accounts;

/// <summary>The signed-in user's own account: password change and optional two-factor sign-in with an authenticator app (TOTP).</summary>
public sealed class AccountModel(UserManager<EditorUser> users, SignInManager<EditorUser> signIn, AuditTrail audit, EditorContext who, QrCodes qrCodes)
    : PageModel
{
    // Only these can come back in the query string after a redirect; anything else shows nothing.
    private static readonly string[] DoneMessages = ["TwoFactorEnabled", "TwoFactorDisabled", "PasswordChanged"];

    public bool TwoFactorEnabled { get; private set; }

    public string? SharedKey { get; private set; }

    public string? QrCodeSvg { get; private set; }

    public string? Message { get; private set; }

    public bool IsError { get; private set; }

    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Challenge();

    /// <summary>
    /// The user's own password, with the current one (a session left open must not be enough), Identity's password
    /// rules, and a new stamp that ends the user's other sessions while this one is renewed.
    /// </summary>
    public async Task<IActionResult> OnPostChangePasswordAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        ModelState.Clear();
        Require(nameof(CurrentPassword), CurrentPassword);
        Require(nameof(NewPassword), NewPassword);
        Require(nameof(ConfirmPassword), ConfirmPassword);
        if (ModelState.IsValid && NewPassword != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), "PasswordsDiffer");
        }
        if (ModelState.IsValid && !(await signIn.CheckPasswordSignInAsync(user, CurrentPassword!, lockoutOnFailure: true)).Succeeded)
        {
            // Counted as a failed sign-in, so the form cannot be used to guess the password of a session left open.
            ModelState.AddModelError(nameof(CurrentPassword), "CurrentPasswordWrong");
        }
        if (ModelState.IsValid)
        {
            var changed = await users.ChangePasswordAsync(user, CurrentPassword!, NewPassword!);
            if (changed.Succeeded)
            {
                await audit.RecordAsync(who.Name, AuditActions.PasswordChanged, user.Email, null, who.IpAddress, cancellationToken);
                await signIn.RefreshSignInAsync(user);
                return Redirect("/manager/account?done=PasswordChanged");
            }
            foreach (var error in changed.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(CurrentPassword) : nameof(NewPassword),
                    error.Code == "PasswordMismatch" ? "CurrentPasswordWrong" : error.Code);
            }
        }
        await LoadAsync();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Shows a new authenticator key; two-factor sign-in starts only once a code from it is confirmed.</summary>
    public async Task<IActionResult> OnPostSetupAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        await users.ResetAuthenticatorKeyAsync(user);
        await OneTimeCodeProvider.ForgetAsync(users, user);
        await LoadAsync(showKey: true);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync([FromForm] string? code, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Digits(code)))
        {
            Message = "TwoFactorCodeInvalid";
            IsError = true;
            await LoadAsync(showKey: true);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        await audit.RecordAsync(who.Name, AuditActions.TwoFactorChanged, user.Email, "enabled", who.IpAddress, cancellationToken);
        await signIn.RefreshSignInAsync(user);
        return Redirect("/manager/account?done=TwoFactorEnabled");
    }

    /// <summary>Needs a code from the app or the password: an open session alone must not remove the second factor.</summary>
    public async Task<IActionResult> OnPostDisableAsync([FromForm] string? code, [FromForm] string? password, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var proven = Digits(code) is { Length: > 0 } digits
            ? await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits)
            : !string.IsNullOrEmpty(password) && (await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true)).Succeeded;
        if (!proven)
        {
            Message = "TwoFactorDisableNeedsProof";
            IsError = true;
            await LoadAsync();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await audit.RecordAsync(who.Name, AuditActions.TwoFactorChanged, user.Email, "disabled", who.IpAddress, cancellationToken);
        return Redirect("/manager/account?done=TwoFactorDisabled");
    }

    private static string Digits(string? code) => new((code ?? "").Where(char.IsAsciiDigit).ToArray());

    private void Require(string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            ModelState.AddModelError(field, "Required");
        }
    }

    private async Task<bool> LoadAsync(bool showKey = false)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return false;
        }
        if (Message is null && Request.Query["done"].ToString() is var done && DoneMessages.Contains(done))
        {
            Message = done;
        }
        TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(user);
        if (showKey && await users.GetAuthenticatorKeyAsync(user) is { } key)
        {
            SharedKey = string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLower(CultureInfo.InvariantCulture);
            var label = Uri.EscapeDataString($"PublicSite:{user.Email}");
            QrCodeSvg = qrCodes.Svg($"otpauth://totp/{label}?secret={key}&issuer=PublicSite&digits=6");
        }
        return true;
    }
}
