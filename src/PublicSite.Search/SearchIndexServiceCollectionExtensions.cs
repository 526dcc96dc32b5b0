using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PublicSite.Search.Analysis;
using PublicSite.Search.Indexing;
using PublicSite.Search.Querying;
using PublicSite.Search.Sync;

namespace PublicSite.Search;

public static class SearchIndexServiceCollectionExtensions
{
    /// <summary>
    /// Registers the index (one per process, in the folder <paramref name="indexRoot"/> gives), its outbox sync,
    /// rebuilder and queries. Needs the CMS core registered (<c>AddCms</c>).
    /// </summary>
    public static IServiceCollection AddSearchIndex(this IServiceCollection services, Func<IServiceProvider, string> indexRoot)
    {
        services.AddSingleton<SearchAnalysis>();
        services.AddSingleton(provider => new LuceneSearchIndex(
            indexRoot(provider), provider.GetRequiredService<SearchAnalysis>(), provider.GetRequiredService<ILogger<LuceneSearchIndex>>()));
        services.AddSingleton<AttachmentText>();
        services.AddScoped<SearchDocumentSource>();
        services.AddSingleton<SearchIndexRebuilder>();
        services.AddSingleton<SearchIndexSync>();
        services.AddSingleton<SiteSearch>();
        return services;
    }
}
