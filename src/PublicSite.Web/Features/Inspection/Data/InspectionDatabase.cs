using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PublicSite.Cms.Data;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Inspection.Data;

/// <summary>Applies the inspection's migrations once at start, before the site answers.</summary>
internal sealed class InspectionMigration(InspectionDbContext db) : IStartupStep
{
    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) => db.Database.MigrateAsync(cancellationToken);
}

/// <summary>Lets <c>dotnet ef migrations add … --context InspectionDbContext</c> build the model without the web host.</summary>
internal sealed class InspectionDbContextDesignFactory : IDesignTimeDbContextFactory<InspectionDbContext>
{
    public InspectionDbContext CreateDbContext(string[] args) =>
        new(SiteDatabase.Design(DatabaseProvider.Sqlite).Options<InspectionDbContext>(InspectionDbContext.MigrationsHistoryTable));
}

/// <summary>The same for the PostgreSQL set (<c>--context PostgreSqlInspectionDbContext -o Features/Inspection/Migrations/PostgreSql</c>).</summary>
internal sealed class PostgreSqlInspectionDbContextDesignFactory : IDesignTimeDbContextFactory<PostgreSqlInspectionDbContext>
{
    public PostgreSqlInspectionDbContext CreateDbContext(string[] args) =>
        new(SiteDatabase.Design(DatabaseProvider.PostgreSql).Options<PostgreSqlInspectionDbContext>(InspectionDbContext.MigrationsHistoryTable));
}
