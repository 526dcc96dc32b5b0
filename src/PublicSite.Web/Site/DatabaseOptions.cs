using PublicSite.Cms.Data;

namespace PublicSite.Web.Site;

/// <summary>
/// Section <c>Site:Database</c>. SQLite (the default) is a file in the data directory (or the one
/// <c>ConnectionStrings:Site</c> names), right for one node;
/// PostgreSQL, with <c>ConnectionStrings:Site</c>, lets several web nodes share one database.
/// </summary>
public sealed class DatabaseOptions
{
    public const string ConnectionStringName = "Site";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The database these settings name: the data directory's file, or the configured server.</summary>
    public SiteDatabase Resolve(IConfiguration configuration, string dataDirectory) => Provider switch
    {
        // A connection string puts the file elsewhere (another disk, or a second process on the same machine).
        DatabaseProvider.Sqlite => configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } sqlite
            ? new SiteDatabase(DatabaseProvider.Sqlite, sqlite)
            : SiteDatabase.Sqlite(Path.Combine(dataDirectory, "publicsite.db")),
        DatabaseProvider.PostgreSql => new SiteDatabase(DatabaseProvider.PostgreSql,
            configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } connectionString
                ? connectionString
                : throw new InvalidOperationException(
                    $"Site:Database:Provider is PostgreSql but ConnectionStrings:{ConnectionStringName} is not set.")),
        _ => throw new InvalidOperationException($"Site:Database:Provider '{Provider}' is neither Sqlite nor PostgreSql."),
    };
}
