using Microsoft.Extensions.Options;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Traditional;

public static class TraditionalServiceCollectionExtensions
{
    /// <summary>The Traditional reading of the Chinese pages: the phrase table from the seed folder and the converter.</summary>
    public static IServiceCollection AddTraditional(this IServiceCollection services)
    {
        services.AddSingleton(provider => PhraseTable.Load(PhrasesPath(provider.GetRequiredService<IOptions<SiteOptions>>().Value)));
        services.AddSingleton<TraditionalConverter>();
        return services;
    }

    /// <summary>Outermost, so that error pages and redirects of a <c>/zh-hant/…</c> request are Traditional too.</summary>
    public static IApplicationBuilder UseTraditional(this IApplicationBuilder app) => app.UseMiddleware<TraditionalReadingMiddleware>();

    /// <summary>Inside the page cache, the compression and the ETags (see <see cref="TraditionalConversion"/>).</summary>
    public static IApplicationBuilder UseTraditionalConversion(this IApplicationBuilder app) => app.UseMiddleware<TraditionalConversion>();

    public static string PhrasesPath(SiteOptions options) => Path.Combine(options.ResolveSeedDirectory(), "traditional-phrases.txt");
}
