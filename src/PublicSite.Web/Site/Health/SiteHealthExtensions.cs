using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PublicSite.Web.Site.Health;

/// <summary>
/// What a load balancer asks: <c>/healthz/live</c> (the process answers; restart it if not) and
/// <c>/healthz/ready</c> (send it readers: the database answers with every migration applied, and each feature's
/// own readiness check, such as the search index keeping up with the outbox, passes).
/// </summary>
public static class SiteHealthExtensions
{
    /// <summary>Tag of the checks <c>/healthz/ready</c> runs; a feature adds its own with it.</summary>
    public const string Ready = "ready";

    /// <summary>Call after every feature has registered its contexts: the database check covers each one.</summary>
    public static IServiceCollection AddSiteHealth(this IServiceCollection services)
    {
        var contexts = services.Select(d => d.ServiceType)
            .Where(t => t.IsSubclassOf(typeof(DbContext)) && !t.IsAbstract)
            .Distinct().ToArray();
        services.AddHealthChecks().Add(new HealthCheckRegistration("database",
            provider => new DatabaseHealthCheck(provider, contexts), HealthStatus.Unhealthy, [Ready]));
        return services;
    }

    public static WebApplication MapSiteHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
        return app;
    }
}
