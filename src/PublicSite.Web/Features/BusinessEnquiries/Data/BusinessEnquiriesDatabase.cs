using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PublicSite.Cms.Data;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.BusinessEnquiries.Data;

/// <summary>Applies the enquiries' migrations once at start, before the site answers.</summary>
internal sealed class BusinessEnquiriesMigration : IStartupStep
{
    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BusinessEnquiriesDbContext>().Database.MigrateAsync(cancellationToken);
    }
}

/// <summary>Lets <c>dotnet ef migrations add … --context BusinessEnquiriesDbContext</c> build the model without the web host.</summary>
internal sealed class BusinessEnquiriesDbContextDesignFactory : IDesignTimeDbContextFactory<BusinessEnquiriesDbContext>
{
    public BusinessEnquiriesDbContext CreateDbContext(string[] args) =>
        new(SiteDatabase.Design(DatabaseProvider.Sqlite).Options<BusinessEnquiriesDbContext>(BusinessEnquiriesDbContext.MigrationsHistoryTable));
}

/// <summary>The same for the PostgreSQL set (<c>--context PostgreSqlBusinessEnquiriesDbContext -o Features/BusinessEnquiries/Migrations/PostgreSql</c>).</summary>
internal sealed class PostgreSqlBusinessEnquiriesDbContextDesignFactory : IDesignTimeDbContextFactory<PostgreSqlBusinessEnquiriesDbContext>
{
    public PostgreSqlBusinessEnquiriesDbContext CreateDbContext(string[] args) =>
        new(SiteDatabase.Design(DatabaseProvider.PostgreSql).Options<PostgreSqlBusinessEnquiriesDbContext>(BusinessEnquiriesDbContext.MigrationsHistoryTable));
}
