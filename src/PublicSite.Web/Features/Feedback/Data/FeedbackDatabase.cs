using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Feedback.Data;

/// <summary>How the feedback context is wired to SQLite and brought up to date at start.</summary>
public static class FeedbackDatabase
{
    public static void Configure(SqliteDbContextOptionsBuilder sqlite) =>
        sqlite.MigrationsHistoryTable(FeedbackDbContext.MigrationsHistoryTable)
            .MigrationsAssembly(typeof(FeedbackDbContext).Assembly.GetName().Name);
}

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
        new(new DbContextOptionsBuilder<FeedbackDbContext>()
            .UseSqlite("Data Source=design.db", FeedbackDatabase.Configure)
            .Options);
}
