using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Data;

namespace PublicSite.Web.Site.Keys;

/// <summary>
/// Applies the key table's migrations at start and, while the table is empty, imports the keys an older site kept
/// in <c>keys/</c> under the data directory, so that what they protected (antiforgery tokens, cookies, applicants'
/// encrypted data) still reads after the move. Runs before any other start-up step can touch the key ring.
/// </summary>
internal sealed partial class KeysMigration(string keysDirectory, ILogger<KeysMigration> logger) : IStartupStep
{
    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KeysDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        var files = Directory.Exists(keysDirectory) ? Directory.GetFiles(keysDirectory, "key-*.xml") : [];
        if (files.Length == 0)
        {
            return;
        }
        // Two nodes starting together on an empty table must not both import (a key ring with each key twice).
        await using var transaction = await db.Database.BeginSerialisedWriteAsync("data-protection-key-import", cancellationToken);
        if (await db.DataProtectionKeys.AnyAsync(cancellationToken))
        {
            return;
        }
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            db.DataProtectionKeys.Add(new DataProtectionKey
            {
                FriendlyName = Path.GetFileNameWithoutExtension(file),
                Xml = await File.ReadAllTextAsync(file, cancellationToken),
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Imported(logger, files.Length, keysDirectory);
    }

    [LoggerMessage(Level = LogLevel.Information, Message =
        "Imported {Count} Data Protection keys from {Directory} into the database; the folder is no longer read.")]
    private static partial void Imported(ILogger logger, int count, string directory);
}
