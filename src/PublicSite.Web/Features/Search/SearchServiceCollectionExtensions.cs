using Microsoft.Extensions.Options;
using PublicSite.Search;
using PublicSite.Search.Indexing;
using PublicSite.Web.Site;
using PublicSite.Web.Site.Health;
using PublicSite.Web.Site.Telemetry;

namespace PublicSite.Web.Features.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>Site search: the Lucene index under the data directory, kept in step with the outbox by a background job.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSearchIndex(provider =>
        {
            var search = provider.GetRequiredService<IOptions<SearchOptions>>().Value;
            var site = provider.GetRequiredService<IOptions<SiteOptions>>().Value;
            var contentRoot = provider.GetRequiredService<IHostEnvironment>().ContentRootPath;
            return string.IsNullOrWhiteSpace(search.IndexDirectory)
                ? Path.Combine(site.ResolveDataDirectory(contentRoot), "search-index")
                : Path.GetFullPath(search.IndexDirectory, contentRoot);
        });
        services.AddHostedService<SearchSyncJob>();
        services.AddOutboxFollower("search_index", provider => provider.GetRequiredService<LuceneSearchIndex>().AppliedPosition);
        services.AddHealthChecks().AddCheck<SearchIndexHealthCheck>("search-index", tags: [SiteHealthExtensions.Ready]);
        return services;
    }
}
