using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Applications.Data;

/// <summary>Brings the applications' tables up to date at start, before the site answers.</summary>
internal sealed class ApplicationsMigration : IStartupStep
{
    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.MigrateApplicationsAsync(cancellationToken);
}
