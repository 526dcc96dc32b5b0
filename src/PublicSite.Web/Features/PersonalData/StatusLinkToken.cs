using System.Security.Cryptography;
using System.Text;

namespace PublicSite.Web.Features.PersonalData;

/// <summary>
/// The secret in an applicant's private status link: random, kept only encrypted beside the case, compared in
/// constant time, so a reference alone opens nothing and references cannot be tried one after another.
/// </summary>
public static class StatusLinkToken
{
    /// <summary>24 random bytes, URL-safe Base64 without padding.</summary>
    public static string Create() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Whether <paramref name="token"/> is the one kept encrypted; a token that cannot be decrypted never matches.</summary>
    public static bool Matches(PersonalDataProtector protector, string encryptedToken, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }
        string expected;
        try
        {
            expected = protector.Unprotect(encryptedToken);
        }
        catch (CryptographicException)
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(token));
    }
}
