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
    public bool TwoFactorEnabled { get; private set; }

    public string? SharedKey { get; private set; }

    public string? QrCodeSvg { get; private set; }

    public string? Message { get; private set; }

    public bool IsError { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Challenge();

    /// <summary>Shows a new authenticator key; two-factor sign-in starts only once a code from it is confirmed.</summary>
    public async Task<IActionResult> OnPostSetupAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        await users.ResetAuthenticatorKeyAsync(user);
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
        var digits = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits))
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

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await audit.RecordAsync(who.Name, AuditActions.TwoFactorChanged, user.Email, "disabled", who.IpAddress, cancellationToken);
        return Redirect("/manager/account?done=TwoFactorDisabled");
    }

    private async Task<bool> LoadAsync(bool showKey = false)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return false;
        }
        Message ??= Request.Query["done"];
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
