using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Auditing;
using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Features.Manager.Users;

/// <summary>Administrators create the other users and give or change their role.</summary>
public sealed class IndexModel(UserManager<EditorUser> users, AuditTrail audit, EditorContext editor) : PageModel
{
    public IReadOnlyList<(EditorUser User, string? Role, bool LockedOut)> Accounts { get; private set; } = [];

    [BindProperty, Required(ErrorMessage = "Required"), EmailAddress(ErrorMessage = "EmailInvalid")]
    public string Email { get; set; } = "";

    [BindProperty, MaxLength(100, ErrorMessage = "TooLong")]
    public string? DisplayName { get; set; }

    [BindProperty, Required(ErrorMessage = "Required")]
    public string Role { get; set; } = EditorRoles.Editor;

    [BindProperty, Required(ErrorMessage = "Required"), DataType(DataType.Password)]
    public string Password { get; set; } = "";

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
                return RedirectToPage(new { created = user.Email });
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
        if (current.Contains(EditorRoles.Administrator) && role != EditorRoles.Administrator
            && (await users.GetUsersInRoleAsync(EditorRoles.Administrator)).Count == 1)
        {
            // The last administrator cannot give the role away, or nobody could manage users any more.
            Message = "LastAdministrator";
            await LoadAsync(cancellationToken);
            return Page();
        }
        await users.RemoveFromRolesAsync(user, current);
        await users.AddToRoleAsync(user, role);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(editor.Name, AuditActions.RoleChanged, user.Email, $"{string.Join(",", current)} → {role}", editor.IpAddress, cancellationToken);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var all = await users.Users.OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var list = new List<(EditorUser, string?, bool)>();
        foreach (var user in all)
        {
            list.Add((user, (await users.GetRolesAsync(user)).FirstOrDefault(), await users.IsLockedOutAsync(user)));
        }
        Accounts = list;
        if (Request.Query["created"] is { Count: > 0 } created)
        {
            Message = "UserCreated";
        }
    }
}
