using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace PublicSite.Web.Features.Applications.Data;

/// <summary>How the applications context is wired to SQLite and brought up to date at start.</summary>
public static class ApplicationsDatabase
{
    public static void Configure(SqliteDbContextOptionsBuilder sqlite) =>
        sqlite.MigrationsHistoryTable(ApplicationsDbContext.MigrationsHistoryTable)
            .MigrationsAssembly(typeof(ApplicationsDbContext).Assembly.GetName().Name);

    /// <summary>Applies the applications' migrations; called once at start, before the site answers.</summary>
    public static async Task MigrateApplicationsAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>().Database.MigrateAsync(cancellationToken);
    }
}
