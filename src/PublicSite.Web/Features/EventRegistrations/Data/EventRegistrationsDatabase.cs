using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PublicSite.Cms.Data;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.EventRegistrations.Data;

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
        new(SiteDatabase.Design(DatabaseProvider.Sqlite).Options<EventRegistrationsDbContext>(EventRegistrationsDbContext.MigrationsHistoryTable));
}

/// <summary>The same for the PostgreSQL set (<c>--context PostgreSqlEventRegistrationsDbContext -o Features/EventRegistrations/Migrations/PostgreSql</c>).</summary>
internal sealed class PostgreSqlEventRegistrationsDbContextDesignFactory : IDesignTimeDbContextFactory<PostgreSqlEventRegistrationsDbContext>
{
    public PostgreSqlEventRegistrationsDbContext CreateDbContext(string[] args) =>
        new(SiteDatabase.Design(DatabaseProvider.PostgreSql).Options<PostgreSqlEventRegistrationsDbContext>(EventRegistrationsDbContext.MigrationsHistoryTable));
}
