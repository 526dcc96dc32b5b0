using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.BusinessEnquiries.Data;

/// <summary>How the enquiries' context is wired to SQLite and brought up to date at start.</summary>
public static class BusinessEnquiriesDatabase
{
    public static void Configure(SqliteDbContextOptionsBuilder sqlite) =>
        sqlite.MigrationsHistoryTable(BusinessEnquiriesDbContext.MigrationsHistoryTable)
            .MigrationsAssembly(typeof(BusinessEnquiriesDbContext).Assembly.GetName().Name);
}

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
        new(new DbContextOptionsBuilder<BusinessEnquiriesDbContext>()
            .UseSqlite("Data Source=design.db", BusinessEnquiriesDatabase.Configure)
            .Options);
}
