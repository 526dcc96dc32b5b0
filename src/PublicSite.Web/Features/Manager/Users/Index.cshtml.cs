using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Auditing;
using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Features.Manager.Users;

/// <summary>Administrators create the other users, give or change their role, deactivate them and reset their password.</summary>
public sealed class IndexModel(UserManager<EditorUser> users, SignInManager<EditorUser> signIn, AuditTrail audit, EditorContext editor) : PageModel
{
    // Only these can come back in the query string after a redirect; anything else shows nothing.
    private static readonly string[] DoneMessages = ["UserCreated", "UserDeactivated", "UserReactivated", "PasswordWasReset"];

    public IReadOnlyList<(EditorUser User, string? Role, string Status)> Accounts { get; private set; } = [];

    [BindProperty, Required(ErrorMessage = "Required"), EmailAddress(ErrorMessage = "EmailInvalid")]
    public string Email { get; set; } = "";

    [BindProperty, MaxLength(100, ErrorMessage = "TooLong")]
    public string? DisplayName { get; set; }

    [BindProperty, Required(ErrorMessage = "Required")]
    public string Role { get; set; } = EditorRoles.Editor;

    [BindProperty, Required(ErrorMessage = "Required"), DataType(DataType.Password)]
    public string Password { get; set; } = "";

    /// <summary>The user whose password reset failed, so the errors show in that row.</summary>
    public string? ResetUserId { get; private set; }

    public const string NewPasswordField = "NewPassword";

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (!EditorRoles.All.Contains(Role))
        {
            ModelState.AddModelError(nameof(Role), "UnknownRole");
        }
        if (ModelState.IsValid)
        {
            var user = new EditorUser { UserName = Email.Trim(), Email = Email.Trim(), EmailConfirmed = true, DisplayName = DisplayName };
            var created = await users.CreateAsync(user, Password);
            if (created.Succeeded)
            {
                await users.AddToRoleAsync(user, Role);
                await audit.RecordAsync(editor.Name, AuditActions.UserCreated, user.Email, Role, editor.IpAddress, cancellationToken);
                return RedirectToPage(new { done = "UserCreated" });
            }
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(Password) : nameof(Email), error.Code);
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync([FromForm] string userId, [FromForm] string role, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || !EditorRoles.All.Contains(role))
        {
            return BadRequest();
        }
        var current = await users.GetRolesAsync(user);
        if (role != EditorRoles.Administrator && await IsLastActiveAdministratorAsync(user))
        {
            // The last administrator cannot give the role away, or nobody could manage users any more.
            return await RefuseAsync("LastAdministrator", cancellationToken);
        }
        await users.RemoveFromRolesAsync(user, current);
        await users.AddToRoleAsync(user, role);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(editor.Name, AuditActions.RoleChanged, user.Email, $"{string.Join(",", current)} → {role}", editor.IpAddress, cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeactivateAsync([FromForm] string userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return BadRequest();
        }
        if (user.Id == users.GetUserId(User))
        {
            return await RefuseAsync("CannotDeactivateSelf", cancellationToken);
        }
        if (await IsLastActiveAdministratorAsync(user))
        {
            return await RefuseAsync("LastActiveAdministrator", cancellationToken);
        }
        Ensure(await users.SetLockoutEnabledAsync(user, true));
        Ensure(await users.SetLockoutEndDateAsync(user, EditorUser.DeactivatedUntil));
        // A lockout only stops new sign-ins; a new stamp makes the sessions already open fail their next validation.
        Ensure(await users.UpdateSecurityStampAsync(user));
        await audit.RecordAsync(editor.Name, AuditActions.UserDeactivated, user.Email, null, editor.IpAddress, cancellationToken);
        return RedirectToPage(new { done = "UserDeactivated" });
    }

    /// <summary>Ends a deactivation, or a lockout after failed sign-ins.</summary>
    public async Task<IActionResult> OnPostReactivateAsync([FromForm] string userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return BadRequest();
        }
        if (user.LockoutEnd is not null)
        {
            Ensure(await users.SetLockoutEndDateAsync(user, null));
        }
        Ensure(await users.ResetAccessFailedCountAsync(user));
        await audit.RecordAsync(editor.Name, AuditActions.UserReactivated, user.Email, null, editor.IpAddress, cancellationToken);
        return RedirectToPage(new { done = "UserReactivated" });
    }

    public async Task<IActionResult> OnPostResetPasswordAsync([FromForm] string userId, [FromForm(Name = NewPasswordField)] string? newPassword, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return BadRequest();
        }
        // The create form's fields were not posted; their "required" errors belong to a form nobody submitted.
        ModelState.Clear();
        if (string.IsNullOrEmpty(newPassword))
        {
            ModelState.AddModelError(NewPasswordField, "Required");
        }
        else
        {
            // Identity validates the password with the same rules as on creation, and renews the security stamp,
            // so sessions opened with the old password end at their next validation.
            var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), newPassword);
            if (reset.Succeeded)
            {
                Ensure(await users.ResetAccessFailedCountAsync(user));
                if (user.LockoutEnd is not null && !user.IsDeactivated)
                {
                    Ensure(await users.SetLockoutEndDateAsync(user, null));
                }
                if (user.Id == users.GetUserId(User))
                {
                    await signIn.RefreshSignInAsync(user);
                }
                await audit.RecordAsync(editor.Name, AuditActions.PasswordReset, user.Email, null, editor.IpAddress, cancellationToken);
                return RedirectToPage(new { done = "PasswordWasReset" });
            }
            foreach (var error in reset.Errors)
            {
                ModelState.AddModelError(NewPasswordField, error.Code);
            }
        }
        ResetUserId = user.Id;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task<bool> IsLastActiveAdministratorAsync(EditorUser user)
    {
        if (user.IsDeactivated || !await users.IsInRoleAsync(user, EditorRoles.Administrator))
        {
            return false;
        }
        var administrators = await users.GetUsersInRoleAsync(EditorRoles.Administrator);
        return administrators.Count(a => !a.IsDeactivated) == 1;
    }

    private async Task<IActionResult> RefuseAsync(string message, CancellationToken cancellationToken)
    {
        Message = message;
        await LoadAsync(cancellationToken);
        return Page();
    }

    // Lockout calls fail only when the store cannot save; carrying on would audit something that did not happen.
    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(", ", result.Errors.Select(e => e.Code)));
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var all = await users.Users.OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var list = new List<(EditorUser, string?, string)>();
        foreach (var user in all)
        {
            var status = user.IsDeactivated ? "deactivated" : await users.IsLockedOutAsync(user) ? "locked-out" : "active";
            list.Add((user, (await users.GetRolesAsync(user)).FirstOrDefault(), status));
        }
        Accounts = list;
        if (Message is null && Request.Query["done"].ToString() is var done && DoneMessages.Contains(done))
        {
            Message = done;
        }
    }
}
