using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace PublicSite.Web.Features.PersonalData;

/// <summary>
/// Encrypts applicants' ID and phone numbers, status tokens and CVs with ASP.NET Core Data Protection (keys under
/// the data directory), and gives a keyed hash of ID numbers so duplicates are found without decrypting anything.
/// </summary>
public sealed class PersonalDataProtector
{
    private const string Purpose = "PublicSite.Programmes.Applications.PersonalData.v1";
    private const string LookupKeyPurpose = "PublicSite.Programmes.Applications.LookupKey.v1";
    private const string LookupKeyFile = "applicant-lookup.key";

    private readonly IDataProtector _protector;
    private readonly Lazy<byte[]> _lookupKey;

    public PersonalDataProtector(IDataProtectionProvider provider, PersonalDataStorage storage)
    {
        _protector = provider.CreateProtector(Purpose);
        var keyProtector = provider.CreateProtector(LookupKeyPurpose);
        _lookupKey = new Lazy<byte[]>(() => LoadOrCreateLookupKey(keyProtector, Path.Combine(storage.KeysDirectory, LookupKeyFile)));
    }

    public string Protect(string value) => _protector.Protect(value);

    public string Unprotect(string protectedValue) => _protector.Unprotect(protectedValue);

    public byte[] Protect(byte[] value) => _protector.Protect(value);

    public byte[] Unprotect(byte[] protectedValue) => _protector.Unprotect(protectedValue);

    /// <summary>HMAC-SHA256 of a normalized value: equal inputs give equal hashes, and without the key nothing can be guessed.</summary>
    public string Hash(string normalizedValue) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_lookupKey.Value, Encoding.UTF8.GetBytes(normalizedValue)));

    // The HMAC key is random, kept beside the Data Protection keys and itself encrypted by them.
    private static byte[] LoadOrCreateLookupKey(IDataProtector keyProtector, string path)
    {
        if (File.Exists(path))
        {
            return keyProtector.Unprotect(Convert.FromBase64String(File.ReadAllText(path)));
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(32);
        var temporary = path + ".new";
        File.WriteAllText(temporary, Convert.ToBase64String(keyProtector.Protect(key)));
        try
        {
            // Another process may have written its key first: keep that one, so hashes stay comparable.
            File.Move(temporary, path, overwrite: false);
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return keyProtector.Unprotect(Convert.FromBase64String(File.ReadAllText(path)));
        }
    }
}
