using Microsoft.AspNetCore.Identity;

namespace PublicSite.Web.Features.Manager.Accounts;

/// <summary>Someone who signs in to the manager: an editor, a publisher or an administrator.</summary>
public sealed class EditorUser : IdentityUser
{
    /// <summary>
    /// A deactivated account is an Identity lockout that never ends, so every sign-in path Identity already guards
    /// (password and two-factor sign-in) refuses it without a column or check of our own.
    /// </summary>
    public static readonly DateTimeOffset DeactivatedUntil = DateTimeOffset.MaxValue;

    public string? DisplayName { get; set; }

    // A lockout after failed sign-ins lasts minutes; anything reaching the last year representable is a deactivation,
    // compared by year so the value survives SQLite's text round trip whatever its precision.
    public bool IsDeactivated => LockoutEnd?.UtcDateTime.Year == DeactivatedUntil.Year;
}
