using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Media;

public static class MediaServiceCollectionExtensions
{
    /// <summary>Responsive copies of library images, body images as pictures, and the start-up repair of stored references.</summary>
    public static IServiceCollection AddMediaVariants(this IServiceCollection services)
    {
        services.AddScoped<BodyImages>();
        services.AddScoped<IStartupStep, MediaReferenceRepairStep>();
        return services;
    }
}
