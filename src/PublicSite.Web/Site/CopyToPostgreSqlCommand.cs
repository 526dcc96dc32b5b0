using System.Globalization;
using Npgsql;
using PublicSite.Cms.Data;

namespace PublicSite.Web.Site;

/// <summary>
/// <c>dotnet PublicSite.Web.dll copy-to-postgresql "Host=…;Database=…;Username=…;Password=…"</c>: copies the
/// site's database (its SQLite file, as configured) into a new, empty PostgreSQL database, then prints each table's
/// rows in both and exits 0 only when every count matches. The site is then started with
/// <c>Site:Database:Provider=PostgreSql</c> and that connection string (docs/deployment.md).
/// </summary>
public static class CopyToPostgreSqlCommand
{
    public const string Name = "copy-to-postgresql";

    /// <summary>Runs the command if <paramref name="args"/> asks for it; true when the process should then exit.</summary>
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        var at = Array.IndexOf(args, Name);
        if (at < 0)
        {
            return false;
        }
        if (at + 1 >= args.Length || !IsConnectionString(args[at + 1]))
        {
            Console.Error.WriteLine($"Usage: {Name} \"Host=…;Database=…;Username=…;Password=…\" (a new, empty PostgreSQL database)");
            Environment.ExitCode = 2;
            return true;
        }
        var copy = app.Services.GetRequiredService<SiteDatabaseCopy>();
        IReadOnlyList<CopiedTable> tables;
        try
        {
            tables = await copy.CopyAsync(new SiteDatabase(DatabaseProvider.PostgreSql, args[at + 1]), app.Lifetime.ApplicationStopping);
        }
        catch (Exception e) when (e is TargetNotEmptyException or NpgsqlException)
        {
            Console.Error.WriteLine(e.Message);
            Environment.ExitCode = 1;
            return true;
        }
        Console.WriteLine("| context | table | rows here | rows copied |");
        Console.WriteLine("|---|---|---:|---:|");
        foreach (var table in tables)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {table.Context} | {table.Table} | {table.Source} | {table.Target}{(table.Matches ? "" : "  ← differs")} |"));
        }
        var differing = tables.Count(t => !t.Matches);
        Console.WriteLine(differing == 0
            ? $"Copied {tables.Sum(t => t.Source)} rows in {tables.Count} tables; every count matches."
            : $"{differing} tables differ: do not switch the site to the copy.");
        Environment.ExitCode = differing == 0 ? 0 : 1;
        return true;
    }

    private static bool IsConnectionString(string value)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(value).Host is { Length: > 0 };
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
