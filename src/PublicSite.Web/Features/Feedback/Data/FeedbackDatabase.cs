using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PublicSite.Cms.Data;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Feedback.Data;

/// <summary>Applies the feedback migrations once at start, before the site answers.</summary>
internal sealed class FeedbackMigration : IStartupStep
{
    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FeedbackDbContext>().Database.MigrateAsync(cancellationToken);
    }
}

/// <summary>Lets <c>dotnet ef migrations add … --context FeedbackDbContext</c> build the model without the web host.</summary>
internal sealed class FeedbackDbContextDesignFactory : IDesignTimeDbContextFactory<FeedbackDbContext>
{
    public FeedbackDbContext CreateDbContext(string[] args) =>
        new(SiteDatabase.Design(DatabaseProvider.Sqlite).Options<FeedbackDbContext>(FeedbackDbContext.MigrationsHistoryTable));
}

/// <summary>The same for the PostgreSQL set (<c>--context PostgreSqlFeedbackDbContext -o Features/Feedback/Migrations/PostgreSql</c>).</summary>
internal sealed class PostgreSqlFeedbackDbContextDesignFactory : IDesignTimeDbContextFactory<PostgreSqlFeedbackDbContext>
{
    public PostgreSqlFeedbackDbContext CreateDbContext(string[] args) =>
        new(SiteDatabase.Design(DatabaseProvider.PostgreSql).Options<PostgreSqlFeedbackDbContext>(FeedbackDbContext.MigrationsHistoryTable));
}
