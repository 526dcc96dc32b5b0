using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace PublicSite.Web.Features.Manager.Accounts;

/// <summary>
/// Authenticator-app codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits, two steps of clock drift either way, as
/// Identity's own provider accepts) that work once: the last accepted time step is kept per user, and a code from
/// that step or an earlier one is refused, so a code seen over someone's shoulder or replayed cannot sign in again.
/// </summary>
public sealed class OneTimeCodeProvider(TimeProvider time) : IUserTwoFactorTokenProvider<EditorUser>
{
    public const string Name = "PublicSiteAuthenticator";

    private const string TokenProvider = "PublicSite";
    private const string LastStepToken = "LastAcceptedTimeStep";
    private const int Drift = 2;

    public Task<string> GenerateAsync(string purpose, UserManager<EditorUser> manager, EditorUser user) =>
        Task.FromResult(""); // The code comes from the user's app, never from the site.

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<EditorUser> manager, EditorUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<EditorUser> manager, EditorUser user)
    {
        if (token.Length != 6 || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            || await manager.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key)
        {
            return false;
        }
        var secret = Base32Decode(key);
        var now = time.GetUtcNow().ToUnixTimeSeconds() / 30;
        var last = long.TryParse(await manager.GetAuthenticationTokenAsync(user, TokenProvider, LastStepToken), CultureInfo.InvariantCulture, out var step)
            ? step
            : long.MinValue;
        for (var candidate = now - Drift; candidate <= now + Drift; candidate++)
        {
            if (candidate > last && Compute(secret, candidate) == code)
            {
                var saved = await manager.SetAuthenticationTokenAsync(user, TokenProvider, LastStepToken, candidate.ToString(CultureInfo.InvariantCulture));
                return saved.Succeeded;
            }
        }
        return false;
    }

    /// <summary>Forgets the last step, for a new key: its first code may fall in the old key's last step.</summary>
    public static Task ForgetAsync(UserManager<EditorUser> manager, EditorUser user) =>
        manager.RemoveAuthenticationTokenAsync(user, TokenProvider, LastStepToken);

    private static int Compute(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 as authenticator apps compute it is HMAC-SHA1.
        var hash = HMACSHA1.HashData(secret, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        return (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7FFFFFFF) % 1_000_000;
    }

    private static byte[] Base32Decode(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var output = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant())
        {
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                continue; // Padding and spaces.
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                output.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return [.. output];
    }
}
