using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Data;

namespace PublicSite.Web.Site.Keys;

/// <summary>Reads a <see cref="SharedSecret"/>, making it the first time it is asked for.</summary>
public sealed class SharedSecrets(KeysDbContext db, IDataProtectionProvider provider)
{
    /// <summary>
    /// The secret named <paramref name="name"/>, decrypted. When there is none yet, the one an older site kept in
    /// <paramref name="legacyFile"/> (already protected for <paramref name="purpose"/>) is adopted, else
    /// <paramref name="create"/> makes one. Nodes starting together agree on one secret: the check and the insert
    /// are one serialised write.
    /// </summary>
    public async Task<byte[]> GetOrCreateAsync(string name, string purpose, Func<byte[]> create, string? legacyFile,
        CancellationToken cancellationToken)
    {
        var protector = provider.CreateProtector(purpose);
        var stored = await db.SharedSecrets.AsNoTracking().FirstOrDefaultAsync(s => s.Name == name, cancellationToken);
        if (stored is null)
        {
            // Protected before the write begins: on a new site, Protect makes the first key and stores it through a
            // connection of its own, which SQLite's write lock, taken next, would keep waiting.
            var value = legacyFile is not null && File.Exists(legacyFile)
                ? (await File.ReadAllTextAsync(legacyFile, cancellationToken)).Trim()
                : Convert.ToBase64String(protector.Protect(create()));
            await using var transaction = await db.Database.BeginSerialisedWriteAsync("shared-secret:" + name, cancellationToken);
            stored = await db.SharedSecrets.AsNoTracking().FirstOrDefaultAsync(s => s.Name == name, cancellationToken);
            if (stored is null)
            {
                stored = new SharedSecret { Name = name, ProtectedValue = value };
                db.SharedSecrets.Add(stored);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }
        return protector.Unprotect(Convert.FromBase64String(stored.ProtectedValue));
    }
}
