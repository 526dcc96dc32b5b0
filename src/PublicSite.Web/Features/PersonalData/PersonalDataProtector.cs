using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace PublicSite.Web.Features.PersonalData;

/// <summary>
/// Encrypts applicants' ID and phone numbers, status tokens and CVs with ASP.NET Core Data Protection (the key ring
/// in the site's database), and gives a keyed hash of ID numbers so duplicates are found without decrypting anything.
/// </summary>
public sealed class PersonalDataProtector(IDataProtectionProvider provider, ApplicantLookupKey lookupKey)
{
    private const string Purpose = "PublicSite.Programmes.Applications.PersonalData.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string value) => _protector.Protect(value);

    public string Unprotect(string protectedValue) => _protector.Unprotect(protectedValue);

    public byte[] Protect(byte[] value) => _protector.Protect(value);

    public byte[] Unprotect(byte[] protectedValue) => _protector.Unprotect(protectedValue);

    /// <summary>HMAC-SHA256 of a normalized value: equal inputs give equal hashes, and without the key nothing can be guessed.</summary>
    public string Hash(string normalizedValue) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(lookupKey.Value, Encoding.UTF8.GetBytes(normalizedValue)));
}
