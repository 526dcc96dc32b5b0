using Microsoft.EntityFrameworkCore;

namespace PublicSite.Web.Features.Applications.Data;

/// <summary>How the applications context is brought up to date at start.</summary>
public static class ApplicationsDatabase
{
    /// <summary>Applies the applications' migrations; called once at start, before the site answers.</summary>
    public static async Task MigrateApplicationsAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>().Database.MigrateAsync(cancellationToken);
    }
}
