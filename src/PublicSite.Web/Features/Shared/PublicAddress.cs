using Microsoft.Extensions.Options;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Shared;

/// <summary>
/// The site's public origin for links that leave the page (feeds, sitemap, API): <c>Site:BaseUrl</c> when set,
/// because behind a proxy the request's own host may be an internal name; the request's scheme and host otherwise.
/// </summary>
public static class PublicAddress
{
    public static string BaseUrl(HttpContext context)
    {
        var configured = context.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.BaseUrl;
        return string.IsNullOrEmpty(configured)
            ? $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}"
            : configured;
    }

    /// <summary>An absolute URL for a site path such as <c>/zh/news</c>.</summary>
    public static string Absolute(HttpContext context, string path) => BaseUrl(context) + path;
}
