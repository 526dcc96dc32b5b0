using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PublicSite.Cms.Data;
using PublicSite.Search.Indexing;

namespace PublicSite.Web.Features.Search;

/// <summary>
/// Ready when this node's index is open and at most <see cref="SearchOptions.ReadyLagEvents"/> outbox events
/// behind: a node still building its index, or stuck, would answer searches without the latest publications.
/// </summary>
internal sealed class SearchIndexHealthCheck(LuceneSearchIndex index, IServiceScopeFactory scopes, IOptions<SearchOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var position = index.AppliedPosition;
        if (position < 0)
        {
            return HealthCheckResult.Unhealthy("The search index is not open yet (first build or rebuild under way).");
        }
        var allowed = options.Value.ReadyLagEvents;
        await using var scope = scopes.CreateAsyncScope();
        var behind = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Outbox
            .Where(e => e.Position > position).Take(allowed + 1).CountAsync(cancellationToken);
        return behind > allowed
            ? HealthCheckResult.Unhealthy($"The search index is more than {allowed} outbox events behind (at position {position}).")
            : HealthCheckResult.Healthy($"The search index is at outbox position {position}, {behind} events behind.");
    }
}
