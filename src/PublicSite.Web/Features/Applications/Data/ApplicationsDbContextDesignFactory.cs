using Microsoft.EntityFrameworkCore.Design;
using PublicSite.Cms.Data;

namespace PublicSite.Web.Features.Applications.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context ApplicationsDbContext</c> build the model without the web host.</summary>
internal sealed class ApplicationsDbContextDesignFactory : IDesignTimeDbContextFactory<ApplicationsDbContext>
{
    public ApplicationsDbContext CreateDbContext(string[] args) =>
        new(SiteDatabase.Design(DatabaseProvider.Sqlite).Options<ApplicationsDbContext>(ApplicationsDbContext.MigrationsHistoryTable));
}

/// <summary>The same for the PostgreSQL set (<c>--context PostgreSqlApplicationsDbContext -o Features/Applications/Migrations/PostgreSql</c>).</summary>
internal sealed class PostgreSqlApplicationsDbContextDesignFactory : IDesignTimeDbContextFactory<PostgreSqlApplicationsDbContext>
{
    public PostgreSqlApplicationsDbContext CreateDbContext(string[] args) =>
        new(SiteDatabase.Design(DatabaseProvider.PostgreSql).Options<PostgreSqlApplicationsDbContext>(ApplicationsDbContext.MigrationsHistoryTable));
}
