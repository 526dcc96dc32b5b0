using Microsoft.EntityFrameworkCore;

namespace PublicSite.Web.Features.PersonalData;

/// <summary>
/// What a purge does so that no copy of purged personal data stays readable in the database's files. SQLite:
/// secure_delete overwrites freed space, and the write-ahead log, which still holds the old pages, is emptied.
/// PostgreSQL: an UPDATE leaves the old row version in the table file, and a plain VACUUM only marks its space free
/// without overwriting it, so each of the context's tables is rewritten by VACUUM FULL after the purge commits (the
/// tables are small; the lock lasts a moment, once a day).
/// </summary>
public static class PurgedDataScrub
{
    /// <summary>Before the purge's transaction, on its open connection.</summary>
    public static async Task PrepareAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA secure_delete=ON;", cancellationToken);
        }
    }

    /// <summary>After the purge commits, on the same open connection; false when SQLite's log could not be emptied yet.</summary>
    public static async Task<bool> FinishAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            // VACUUM cannot run inside a transaction; each statement here is its own.
            foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct())
            {
                // The name is the model's own, never input; VACUUM takes no parameters.
                var vacuum = "VACUUM FULL \"" + table + "\"";
                await db.Database.ExecuteSqlRawAsync(vacuum, cancellationToken);
            }
            return true;
        }
        return await TruncateWriteAheadLogAsync(db, cancellationToken);
    }

    /// <summary>
    /// A TRUNCATE checkpoint reports "busy" (instead of failing) while another connection — the search or page-cache
    /// poll — reads an older snapshot; it is tried again until the log is empty or about five seconds have passed.
    /// </summary>
    private static async Task<bool> TruncateWriteAheadLogAsync(DbContext db, CancellationToken cancellationToken)
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
