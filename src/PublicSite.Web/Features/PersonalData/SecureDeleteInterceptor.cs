using System.Data.Common;
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
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA secure_delete=ON;";
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA secure_delete=ON;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
