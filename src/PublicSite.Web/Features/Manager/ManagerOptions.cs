using System.ComponentModel.DataAnnotations;

namespace PublicSite.Web.Features.Manager;

public sealed class ManagerOptions
{
    public const string SectionName = "Manager";

    /// <summary>Let a publisher approve their own change (off: the four-eyes rule).</summary>
    public bool AllowSelfApproval { get; set; }

    /// <summary>The largest file the media library accepts.</summary>
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>
    /// How often a signed-in session is checked against the account's security stamp. Identity's default of 30 minutes
    /// would let a deactivated user, or one whose password or role was just changed, keep working for half an hour.
    /// </summary>
    public TimeSpan SecurityStampValidationInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Sign-in posts one client address may make per <see cref="SignInWindow"/>, whatever the accounts
    /// (guessing across many accounts); the lockout of one account from one address is <see cref="SignInFailuresBeforeLockout"/>.
    /// </summary>
    [Range(1, 10_000)]
    public int SignInAttemptsPerWindow { get; set; } = 3;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Wrong passwords from one address for one account before that address is locked out of it.</summary>
    [Range(1, 100)]
    public int SignInFailuresBeforeLockout { get; set; } = 5;

    /// <summary>How long such a lockout lasts, and how long a failure is remembered.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SignInLockout { get; set; } = TimeSpan.FromMinutes(15);
}
