namespace PublicSite.Web.Features.Discovery;

public static class DiscoveryServiceCollectionExtensions
{
    /// <summary>The sitemap, so crawlers and the city's platform find every published page in both languages.</summary>
    public static IServiceCollection AddDiscovery(this IServiceCollection services) => services.AddScoped<Sitemap>();
}
