using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.InformationRequests.Data;

/// <summary>How the requests' context is wired to SQLite.</summary>
public static class InformationRequestsDatabase
{
    public static void Configure(SqliteDbContextOptionsBuilder sqlite) =>
        sqlite.MigrationsHistoryTable(InformationRequestsDbContext.MigrationsHistoryTable)
            .MigrationsAssembly(typeof(InformationRequestsDbContext).Assembly.GetName().Name);
}

/// <summary>Brings the requests' tables up to date at start, before the site answers.</summary>
internal sealed class InformationRequestsMigration(InformationRequestsDbContext db) : IStartupStep
{
    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) => db.Database.MigrateAsync(cancellationToken);
}

/// <summary>Lets <c>dotnet ef migrations add … --context InformationRequestsDbContext</c> build the model without the web host.</summary>
internal sealed class InformationRequestsDbContextDesignFactory : IDesignTimeDbContextFactory<InformationRequestsDbContext>
{
    public InformationRequestsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<InformationRequestsDbContext>()
            .UseSqlite("Data Source=design.db", InformationRequestsDatabase.Configure)
            .Options);
}
