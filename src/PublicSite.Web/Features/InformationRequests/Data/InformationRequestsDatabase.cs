using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PublicSite.Cms.Data;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.InformationRequests.Data;

/// <summary>Brings the requests' tables up to date at start, before the site answers.</summary>
internal sealed class InformationRequestsMigration(InformationRequestsDbContext db) : IStartupStep
{
    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) => db.Database.MigrateAsync(cancellationToken);
}

/// <summary>Lets <c>dotnet ef migrations add … --context InformationRequestsDbContext</c> build the model without the web host.</summary>
internal sealed class InformationRequestsDbContextDesignFactory : IDesignTimeDbContextFactory<InformationRequestsDbContext>
{
    public InformationRequestsDbContext CreateDbContext(string[] args) =>
        new(SiteDatabase.Design(DatabaseProvider.Sqlite).Options<InformationRequestsDbContext>(InformationRequestsDbContext.MigrationsHistoryTable));
}

/// <summary>The same for the PostgreSQL set (<c>--context PostgreSqlInformationRequestsDbContext -o Features/InformationRequests/Migrations/PostgreSql</c>).</summary>
internal sealed class PostgreSqlInformationRequestsDbContextDesignFactory : IDesignTimeDbContextFactory<PostgreSqlInformationRequestsDbContext>
{
    public PostgreSqlInformationRequestsDbContext CreateDbContext(string[] args) =>
        new(SiteDatabase.Design(DatabaseProvider.PostgreSql).Options<PostgreSqlInformationRequestsDbContext>(InformationRequestsDbContext.MigrationsHistoryTable));
}
