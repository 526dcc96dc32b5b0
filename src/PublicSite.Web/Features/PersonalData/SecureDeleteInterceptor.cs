using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PublicSite.Web.Features.PersonalData;

/// <summary>
/// Turns on SQLite's secure_delete for every connection a personal-data context opens. An UPDATE rewrites a row and
/// frees its old copy; without this the freed bytes (a name, an email) stay readable in the file until the page is
/// reused, and a later purge could not reach them.
/// </summary>
public sealed class SecureDeleteInterceptor : DbConnectionInterceptor
{
    public static SecureDeleteInterceptor Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is not SqliteConnection)
        {
            return;
        }
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA secure_delete=ON;";
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        // PostgreSQL has no such setting: its purge vacuums instead (PurgedDataScrub).
        if (connection is not SqliteConnection)
        {
            return;
        }
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA secure_delete=ON;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
