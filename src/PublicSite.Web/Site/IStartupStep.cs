namespace PublicSite.Web.Site;

/// <summary>
/// Work a feature must finish before the site answers (its own migrations, its first administrator…), run once at
/// start after the content database is ready.
/// </summary>
public interface IStartupStep
{
    Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);
}
