using System.Text;
using PublicSite.Web.Features.Delivery;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Discovery;

/// <summary><c>/sitemap.xml</c> with the language alternates of every public page, and <c>/robots.txt</c> naming it.</summary>
public static class DiscoveryEndpoints
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    public static IEndpointRouteBuilder MapDiscovery(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", SitemapAsync)
            .WithName("Sitemap")
            .WithSummary("Every published page, with hreflang alternates")
            .WithTags(Api.ApiDocumentDescription.DiscoveryTag)
            .Produces(StatusCodes.Status200OK, contentType: "application/xml")
            .Produces(StatusCodes.Status304NotModified)
            .Produces(StatusCodes.Status412PreconditionFailed);
        endpoints.MapGet("/robots.txt", Robots)
            .WithName("Robots")
            .WithSummary("Crawling rules and the sitemap's address")
            .WithTags(Api.ApiDocumentDescription.DiscoveryTag)
            .Produces(StatusCodes.Status200OK, contentType: "text/plain")
            .Produces(StatusCodes.Status304NotModified)
            .Produces(StatusCodes.Status412PreconditionFailed);
        return endpoints;
    }

    private static async Task<IResult> SitemapAsync(Sitemap sitemap, HttpContext context, CancellationToken cancellationToken)
    {
        PageCacheTags.Add(context, PageCacheTags.AnyChange);
        var (body, lastModified) = await sitemap.WriteAsync(PublicAddress.BaseUrl(context), cancellationToken);
        return ConditionalGet.Respond(context, body, "application/xml; charset=utf-8", lastModified, MaxAge);
    }

    private static IResult Robots(HttpContext context)
    {
        // The API and error pages are for programs and mistakes, not for search results.
        var text = new StringBuilder()
            .Append("User-agent: *\n")
            .Append("Disallow: /api/\n")
            .Append("Disallow: /openapi/\n")
            .Append("Disallow: /error/\n")
            .Append('\n')
            .Append("Sitemap: ").Append(PublicAddress.Absolute(context, "/sitemap.xml")).Append('\n')
            .ToString();
        return ConditionalGet.Respond(context, Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8", null, MaxAge);
    }
}
