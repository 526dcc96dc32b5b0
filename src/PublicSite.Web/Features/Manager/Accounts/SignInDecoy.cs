using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace PublicSite.Web.Features.Manager.Accounts;

/// <summary>
/// Checks a password against a hash nobody knows, taking as long as a real check, so that an unknown or locked-out
/// address answers in the same time as a wrong password for a real account (the penetration test timed 42 ms against 2 ms).
/// </summary>
public sealed class SignInDecoy(IPasswordHasher<EditorUser> hasher)
{
    private static readonly EditorUser Nobody = new();

    // Hashed once with the site's own hasher, so its cost (algorithm, iterations) is the one real accounts pay.
    private static string? s_hash;

    public void Check(string password)
    {
        s_hash ??= hasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        hasher.VerifyHashedPassword(Nobody, s_hash, password);
    }
}
