using System.Security.Cryptography;
using System.Text;
using Npgsql;
using PublicSite.Cms.Data;

namespace PublicSite.Testing;

/// <summary>
/// Which database the tests run on, for every test project alike (linked into each): a SQLite file in the test's
/// folder by default; with <c>PUBLICSITE_TEST_DB=postgres</c>, a database of its own on the cluster that
/// <c>PUBLICSITE_TEST_POSTGRES</c> names (tests/run.sh starts one). The database is named after the folder, so a
/// site restarted on the same folder finds its data again, as it would find its SQLite file.
/// </summary>
internal static class TestDatabase
{
    public static bool IsPostgreSql =>
        string.Equals(Environment.GetEnvironmentVariable("PUBLICSITE_TEST_DB"), "postgres", StringComparison.OrdinalIgnoreCase);

    private static string Server => Environment.GetEnvironmentVariable("PUBLICSITE_TEST_POSTGRES")
        ?? throw new InvalidOperationException("These tests need a PostgreSQL server: PUBLICSITE_TEST_POSTGRES (a connection string without Database); tests/run.sh starts one and sets it.");

    /// <summary>The database for a test whose files are in <paramref name="folder"/>; <paramref name="sqliteFile"/> under SQLite.</summary>
    public static SiteDatabase For(string folder, string sqliteFile = "publicsite.db") => IsPostgreSql
        ? new SiteDatabase(DatabaseProvider.PostgreSql, ConnectionString(folder))
        : SiteDatabase.Sqlite(Path.Combine(folder, sqliteFile));

    /// <summary>The settings that put a site whose data directory is <paramref name="dataDirectory"/> on the test database.</summary>
    public static IReadOnlyDictionary<string, string?> SiteSettings(string dataDirectory) => IsPostgreSql
        ? new Dictionary<string, string?>
        {
            ["Site:Database:Provider"] = nameof(DatabaseProvider.PostgreSql),
            ["ConnectionStrings:Site"] = ConnectionString(dataDirectory),
        }
        : new Dictionary<string, string?>();

    /// <summary>
    /// Settings that put a site on the database of the site whose data directory is <paramref name="databaseFolder"/>,
    /// whatever its own data directory: two web nodes sharing one database.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> SharedDatabaseSettings(string databaseFolder) => IsPostgreSql
        ? SiteSettings(databaseFolder)
        : new Dictionary<string, string?> { ["ConnectionStrings:Site"] = For(databaseFolder).ConnectionString };

    /// <summary>
    /// A PostgreSQL database of the folder's own in either pass, for the tests that move a SQLite site to PostgreSQL
    /// (tests/run.sh names the cluster to both passes); dropped with <see cref="DropPostgreSql"/>.
    /// </summary>
    public static SiteDatabase PostgreSqlFor(string folder) => new(DatabaseProvider.PostgreSql, ConnectionString(folder));

    /// <summary>Drops the folder's PostgreSQL database, if any, when its test is done (SQLite's goes with the folder).</summary>
    public static void Drop(string folder)
    {
        if (IsPostgreSql)
        {
            DropPostgreSql(folder);
        }
    }

    public static void DropPostgreSql(string folder)
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            using var connection = new NpgsqlConnection(Server + ";Database=postgres");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{DatabaseName(folder)}\" WITH (FORCE)";
            command.ExecuteNonQuery();
        }
        catch (NpgsqlException)
        {
            // Left for the cluster's removal at the end of the run.
        }
    }

    /// <summary>
    /// Whether <paramref name="text"/> is anywhere in the bytes the database keeps on disk for the folder's site: the
    /// SQLite file with its WAL and journal; under PostgreSQL, every table, TOAST and index file of its database,
    /// read after a checkpoint has written the buffers out. (PostgreSQL's own WAL is the cluster's and recycled by
    /// the server; it is not read here.)
    /// </summary>
    public static bool FilesContain(string folder, string text, string sqliteFile = "publicsite.db")
    {
        var needle = Encoding.UTF8.GetBytes(text);
        if (!IsPostgreSql)
        {
            var database = Path.Combine(folder, sqliteFile);
            return new[] { database, database + "-wal", database + "-journal" }.Where(File.Exists).Any(path =>
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                return buffer.ToArray().AsSpan().IndexOf(needle) >= 0;
            });
        }
        using var connection = new NpgsqlConnection(ConnectionString(folder));
        connection.Open();
        using (var checkpoint = connection.CreateCommand())
        {
            checkpoint.CommandText = "CHECKPOINT";
            checkpoint.ExecuteNonQuery();
        }
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT pg_read_binary_file(path, 0, size, true) FROM (
                SELECT path, (pg_stat_file(path, true)).size AS size FROM (
                    SELECT pg_relation_filepath(c.oid) AS path FROM pg_class c WHERE c.relkind IN ('r', 't', 'i', 'm')) relations
                WHERE path IS NOT NULL) files
            WHERE size IS NOT NULL
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (!reader.IsDBNull(0) && ((byte[])reader.GetValue(0)).AsSpan().IndexOf(needle) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    private static string ConnectionString(string folder) =>
        // Short idle lifetimes: hundreds of test sites each have a pool, and the cluster's connections are few.
        $"{Server};Database={DatabaseName(folder)};Connection Idle Lifetime=5;Connection Pruning Interval=1";

    private static string DatabaseName(string folder) =>
        "t_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(folder))))[..24];
}
