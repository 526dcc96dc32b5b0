using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using PublicSite.Cms.Publishing;
using PublicSite.Web.Features.Traditional;
using PublicSite.Web.Site.Telemetry;

namespace PublicSite.Web.Features.Delivery;

/// <summary>
/// Public responses at close to static-file speed: rendered pages, feeds, the sitemap and API answers kept in
/// memory until an outbox event or a scheduled change evicts them, compressed once when stored, with ETags and
/// revalidation for browsers.
/// </summary>
public static class DeliveryServiceCollectionExtensions
{
    public static IServiceCollection AddDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PageCacheOptions>().BindConfiguration(PageCacheOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var cache = configuration.GetSection(PageCacheOptions.SectionName).Get<PageCacheOptions>() ?? new PageCacheOptions();
        services.AddSingleton<AssetVersions>();
        services.AddSingleton<PageCacheEviction>();
        services.AddSingleton<IOutboxListener>(sp => sp.GetRequiredService<PageCacheEviction>());
        services.AddSingleton<PublicResponsePolicy>();
        services.AddHostedService<PageCacheFollower>();
        services.AddOutboxFollower("page_cache", provider => provider.GetRequiredService<PageCacheEviction>().Position);
        services.AddOutputCache(options =>
        {
            options.SizeLimit = cache.SizeLimitMegabytes * 1024L * 1024L;
            options.MaximumBodySize = 4 * 1024 * 1024;
        });
        services.AddOptions<OutputCacheOptions>().Configure<PublicResponsePolicy>((options, policy) => options.AddBasePolicy(policy));

        services.AddResponseCompression(options =>
        {
            // Safe over HTTPS here because only public responses are compressed (PublicCompressionProvider).
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/html", "application/json", "application/problem+json", "text/css", "text/javascript",
                "application/javascript", "application/xml", "text/xml", "application/atom+xml", "image/svg+xml", "text/plain"];
        });
        // Stored once per coding and served many times, so a level that takes a little longer pays off: see docs/performance.md.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.AddSingleton<IResponseCompressionProvider, PublicCompressionProvider>();
        return services;
    }

    /// <summary>After authentication (signed-in users bypass the cache) and before the endpoints.</summary>
    public static IApplicationBuilder UseDelivery(this IApplicationBuilder app)
    {
        app.UseMiddleware<ViewCounting>();
        app.UseOutputCache();
        app.UseResponseCompression();
        app.UseMiddleware<HtmlEntityTags>();
        // Innermost: a /zh-hant page is cached, compressed and tagged as converted text.
        app.UseTraditionalConversion();
        return app;
    }
}
