using System.Security.Cryptography;
using PublicSite.Web.Site;
using PublicSite.Web.Site.Keys;

namespace PublicSite.Web.Features.PersonalData;

/// <summary>
/// The HMAC key of the ID-number hash (<see cref="PersonalDataProtector.Hash"/>). Every node must hash with the same
/// key or a duplicate sent to another node would pass, so it is a <see cref="SharedSecret"/> in the database, read
/// once at start by <see cref="ApplicantLookupKeyStep"/>.
/// </summary>
public sealed class ApplicantLookupKey
{
    internal const string SecretName = "applicant-lookup";

    // The purpose the key was protected for when it was a file; kept so that a file adopted from an older site reads.
    internal const string Purpose = "PublicSite.Programmes.Applications.LookupKey.v1";

    // Where an older site kept the key, in the data directory's keys/ folder.
    internal const string LegacyFileName = "applicant-lookup.key";

    private byte[]? _key;

    public byte[] Value => Volatile.Read(ref _key)
        ?? throw new InvalidOperationException("The applicants' lookup key is read at start (ApplicantLookupKeyStep), which has not run.");

    internal void Set(byte[] key) => Volatile.Write(ref _key, key);
}

/// <summary>Reads (or, on a new site, makes) the lookup key before the site answers.</summary>
internal sealed class ApplicantLookupKeyStep(SharedSecrets secrets, ApplicantLookupKey key, PersonalDataStorage storage) : IStartupStep
{
    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        key.Set(await secrets.GetOrCreateAsync(ApplicantLookupKey.SecretName, ApplicantLookupKey.Purpose,
            () => RandomNumberGenerator.GetBytes(32),
            Path.Combine(storage.KeysDirectory, ApplicantLookupKey.LegacyFileName), cancellationToken));
}
