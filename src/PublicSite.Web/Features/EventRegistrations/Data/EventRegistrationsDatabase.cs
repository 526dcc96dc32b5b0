using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.EventRegistrations.Data;

/// <summary>How the registrations' context is wired to SQLite and brought up to date at start.</summary>
public static class EventRegistrationsDatabase
{
    public static void Configure(SqliteDbContextOptionsBuilder sqlite) =>
        sqlite.MigrationsHistoryTable(EventRegistrationsDbContext.MigrationsHistoryTable)
            .MigrationsAssembly(typeof(EventRegistrationsDbContext).Assembly.GetName().Name);
}

/// <summary>Applies the registrations' migrations once at start, before the site answers.</summary>
internal sealed class EventRegistrationsMigration : IStartupStep
{
    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EventRegistrationsDbContext>().Database.MigrateAsync(cancellationToken);
    }
}

/// <summary>Lets <c>dotnet ef migrations add … --context EventRegistrationsDbContext</c> build the model without the web host.</summary>
internal sealed class EventRegistrationsDbContextDesignFactory : IDesignTimeDbContextFactory<EventRegistrationsDbContext>
{
    public EventRegistrationsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<EventRegistrationsDbContext>()
            .UseSqlite("Data Source=design.db", EventRegistrationsDatabase.Configure)
            .Options);
}
