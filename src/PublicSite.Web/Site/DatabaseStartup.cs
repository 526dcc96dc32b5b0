using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicSite.Cms.Data;
using PublicSite.Cms.Seed;

namespace PublicSite.Web.Site;

public static class DatabaseStartup
{
    /// <summary>
    /// Applies migrations, switches SQLite to WAL, imports the seed content and runs the features' start-up steps,
    /// before the site answers.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.DuplicateDatabase)
        {
            // Two nodes started at once on a database not yet created: both found it missing, the other created it
            // first. Now that it exists, PostgreSQL's migration lock makes this node wait for the other's migrations.
            await db.Database.MigrateAsync(cancellationToken);
        }
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while the background jobs write; it is a property of the file, set once.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var options = scope.ServiceProvider.GetRequiredService<IOptions<SiteOptions>>().Value;
        if (options.ImportSeed)
        {
            await scope.ServiceProvider.GetRequiredService<SeedImporter>()
                .ImportAsync(options.ResolveSeedDirectory(), cancellationToken);
        }
        foreach (var step in scope.ServiceProvider.GetServices<IStartupStep>())
        {
            await step.RunAsync(scope.ServiceProvider, cancellationToken);
        }
    }
}
