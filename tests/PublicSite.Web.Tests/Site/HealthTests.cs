using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;
using PublicSite.Search.Sync;
using PublicSite.Web.Features.Search;

namespace PublicSite.Web.Tests.Site;

/// <summary>What a load balancer asks a node (issue #17): is it alive, and should it get readers.</summary>
public sealed class HealthTests
{
    /// <summary>A node whose search index only moves when the test says (no background sync job).</summary>
    private sealed class HeldIndexSite : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                foreach (var job in services.Where(d => d.ImplementationType == typeof(SearchSyncJob)).ToList())
                {
                    services.Remove(job);
                }
            });
        }

        public Task<int> CatchUpAsync() => Services.GetRequiredService<SearchIndexSync>().CatchUpAsync(CancellationToken.None);

        public Task<HttpResponseMessage> ReadyAsync() => Browser().GetAsync("/healthz/ready");
    }

    [Fact]
    public async Task Live_answers_200_without_a_language_redirect_or_a_cache()
    {
        using var site = new SiteFactory();

        var live = await site.Browser().GetAsync("/healthz/live");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        Assert.True(live.Headers.CacheControl?.NoStore ?? live.Headers.CacheControl?.NoCache ?? false);
    }

    [Fact]
    public async Task Ready_is_503_until_the_nodes_search_index_is_built_and_then_200()
    {
        using var site = new HeldIndexSite();

        var before = await site.ReadyAsync();
        await site.CatchUpAsync();
        var after = await site.ReadyAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
        Assert.Equal("Unhealthy", await before.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Ready_is_503_when_the_index_falls_far_behind_the_outbox_and_200_once_it_has_caught_up()
    {
        using var site = new HeldIndexSite();
        await site.CatchUpAsync();
        // What a bulk publication on another node leaves for this node's index to follow.
        await site.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<CmsDbContext>();
            var variant = await db.Variants.FirstAsync();
            for (var i = 0; i < 60; i++)
            {
                db.Outbox.Add(new OutboxEvent
                {
                    Kind = OutboxEventKind.Updated, ItemId = variant.ItemId, VariantId = variant.Id, Language = variant.Language, OccurredAt = DateTime.UtcNow,
                });
            }
            return await db.SaveChangesAsync();
        });

        var behind = await site.ReadyAsync();
        await site.CatchUpAsync();
        var caughtUp = await site.ReadyAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, behind.StatusCode);
        Assert.Equal(HttpStatusCode.OK, caughtUp.StatusCode);
    }
}
