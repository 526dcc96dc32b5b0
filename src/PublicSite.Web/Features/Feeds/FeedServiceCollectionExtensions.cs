namespace PublicSite.Web.Features.Feeds;

public static class FeedServiceCollectionExtensions
{
    /// <summary>Atom feeds of news and disclosed documents, for readers that follow the site without visiting it.</summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services) => services.AddScoped<AtomFeed>();
}
