using Microsoft.EntityFrameworkCore;

namespace PublicSite.Web.Features.PersonalData;

/// <summary>Empties SQLite's write-ahead log, which still holds the old pages of anything just purged.</summary>
public static class WriteAheadLog
{
    /// <summary>
    /// The connection must be open. A TRUNCATE checkpoint reports "busy" (instead of failing) while another connection — the search or page-cache
    /// poll — reads an older snapshot; it is tried again until the log is empty or about five seconds have passed.
    /// </summary>
    public static async Task<bool> TruncateAsync(DbContext db, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            // The pragma answers one row (busy, log frames, checkpointed frames); it has side effects, so no table-valued form.
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken) && reader.GetInt32(0) == 0)
            {
                return true;
            }
            await Task.Delay(100, cancellationToken);
        }
        return false;
    }
}
