using Microsoft.AspNetCore.Identity;

namespace PublicSite.Web.Features.Manager.Accounts;

/// <summary>Someone who signs in to the manager: an editor, a publisher or an administrator.</summary>
public sealed class EditorUser : IdentityUser
{
    public string? DisplayName { get; set; }
}
