using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace PublicSite.Cms.Data;

/// <summary>Which engine holds the site's data: the embedded file, or a server several web nodes share.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// The one database every context of the site (content, accounts, each personal-data workflow) lives in. Each
/// context keeps a migration set per provider: the SQLite set on the context itself, the PostgreSQL set on a
/// subclass whose only job is to own it (EF Core finds migrations by context type).
/// </summary>
public sealed record SiteDatabase(DatabaseProvider Provider, string ConnectionString)
{
    public static SiteDatabase Sqlite(string path) => new(DatabaseProvider.Sqlite, $"Data Source={path}");

    public bool IsPostgreSql => Provider == DatabaseProvider.PostgreSql;

    /// <summary>Points <paramref name="options"/> at this database, with the context's own migrations history table.</summary>
    public DbContextOptionsBuilder Use(DbContextOptionsBuilder options, string historyTable, Type contextType) =>
        Provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(ConnectionString, sqlite => sqlite
                .MigrationsHistoryTable(historyTable)
                .MigrationsAssembly(contextType.Assembly.GetName().Name)),
            DatabaseProvider.PostgreSql => options.UseNpgsql(ConnectionString, postgres => postgres
                .MigrationsHistoryTable(historyTable)
                .MigrationsAssembly(contextType.Assembly.GetName().Name)),
            _ => throw new InvalidOperationException($"Unknown database provider {Provider}."),
        };

    /// <summary>Typed options for a context created by hand (design-time factories, tools).</summary>
    public DbContextOptions<TContext> Options<TContext>(string historyTable) where TContext : DbContext =>
        (DbContextOptions<TContext>)Use(new DbContextOptionsBuilder<TContext>(), historyTable, typeof(TContext)).Options;

    /// <summary>
    /// A database for <c>dotnet ef migrations add</c>: no connection is opened to add a migration, the string only
    /// names the provider whose migration set is written.
    /// </summary>
    public static SiteDatabase Design(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite
        ? Sqlite("design.db")
        : new SiteDatabase(DatabaseProvider.PostgreSql, "Host=localhost;Database=design");

    /// <summary>The database registered by <c>AddCms</c>, for features that add contexts of their own.</summary>
    public static SiteDatabase RegisteredIn(IServiceCollection services) =>
        services.LastOrDefault(d => d.ServiceType == typeof(SiteDatabase))?.ImplementationInstance as SiteDatabase
        ?? throw new InvalidOperationException("AddCms registers the site's database; call it before the features that use it.");
}

public static class SiteDatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TContext"/> on the site's database. Under PostgreSQL the instance is a
    /// <typeparamref name="TPostgreSqlContext"/>, so that the PostgreSQL migrations are the ones applied; every
    /// consumer still asks for <typeparamref name="TContext"/>.
    /// </summary>
    public static IServiceCollection AddSiteDbContext<TContext, TPostgreSqlContext>(this IServiceCollection services,
        string historyTable, Action<IServiceProvider, DbContextOptionsBuilder>? configure = null)
        where TContext : DbContext
        where TPostgreSqlContext : TContext
    {
        var database = SiteDatabase.RegisteredIn(services);
        void Options(IServiceProvider provider, DbContextOptionsBuilder options)
        {
            database.Use(options, historyTable, typeof(TContext));
            configure?.Invoke(provider, options);
        }
        services.AddSingleton(new SiteDbContextRegistration(typeof(TContext), typeof(TPostgreSqlContext), historyTable));
        return database.IsPostgreSql
            ? services.AddDbContext<TContext, TPostgreSqlContext>(Options)
            : services.AddDbContext<TContext>(Options);
    }
}

public static class SiteDatabaseFacadeExtensions
{
    /// <summary>
    /// Begins a transaction in which one writer at a time reads and raises a counter or counts seats. SQLite's
    /// transactions are all <c>BEGIN IMMEDIATE</c> (Microsoft.Data.Sqlite), which already serialises writers;
    /// PostgreSQL takes a transaction-scoped advisory lock named by <paramref name="lockName"/>, released at commit.
    /// </summary>
    public static async Task<IDbContextTransaction> BeginSerialisedWriteAsync(this Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade database,
        string lockName, CancellationToken cancellationToken)
    {
        var transaction = await database.BeginTransactionAsync(cancellationToken);
        if (database.IsNpgsql())
        {
            await database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({lockName}, 0))", cancellationToken);
        }
        return transaction;
    }
}
