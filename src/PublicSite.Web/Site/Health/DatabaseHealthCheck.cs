using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PublicSite.Web.Site.Health;

/// <summary>
/// Ready when the site's database answers and no context has a migration left to apply: a node started on an
/// older schema (another node migrating it, or a failed start) gets no readers.
/// </summary>
internal sealed class DatabaseHealthCheck(IServiceProvider services, IReadOnlyList<Type> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        foreach (var type in contexts)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database does not answer.");
            }
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                return HealthCheckResult.Unhealthy($"{type.Name} has {pending.Count} migrations not applied ({pending[0]}…).");
            }
        }
        return HealthCheckResult.Healthy();
    }
}
