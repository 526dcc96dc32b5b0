using Microsoft.Extensions.Localization;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Web.Features.Delivery;
using PublicSite.Web.Features.Shared;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Feeds;

/// <summary>Atom feeds (RFC 4287) of park news and of disclosed documents, one per language.</summary>
public static class FeedEndpoints
{
    public const int EntryCount = 50;

    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        // "feed.xml" cannot collide with an item: slugs have no dots, and a literal segment outranks {slug}.
        endpoints.MapGet("/{lang:lang}/news/feed.xml", (string lang, HttpContext context, CancellationToken cancellationToken) =>
                WriteAsync<NewsArticle>(lang, "News", context, cancellationToken))
            .WithName("NewsFeed")
            .WithSummary("Atom feed of the newest park news in one language")
            .WithTags(Api.ApiDocumentDescription.DiscoveryTag)
            .Produces(StatusCodes.Status200OK, contentType: AtomFeed.ContentType)
            .Produces(StatusCodes.Status304NotModified)
            .Produces(StatusCodes.Status404NotFound, contentType: "text/html")
            .Produces(StatusCodes.Status412PreconditionFailed);
        endpoints.MapGet("/{lang:lang}/disclosure/feed.xml", (string lang, HttpContext context, CancellationToken cancellationToken) =>
                WriteAsync<DisclosedDocument>(lang, "Disclosure", context, cancellationToken))
            .WithName("DisclosureFeed")
            .WithSummary("Atom feed of the newest disclosed documents in one language")
            .WithTags(Api.ApiDocumentDescription.DiscoveryTag)
            .Produces(StatusCodes.Status200OK, contentType: AtomFeed.ContentType)
            .Produces(StatusCodes.Status304NotModified)
            .Produces(StatusCodes.Status404NotFound, contentType: "text/html")
            .Produces(StatusCodes.Status412PreconditionFailed);
        return endpoints;
    }

    private static async Task<IResult> WriteAsync<T>(string lang, string titleKey, HttpContext context, CancellationToken cancellationToken)
        where T : class, new()
    {
        var services = context.RequestServices;
        var type = services.GetRequiredService<ContentTypeRegistry>().Get<T>();
        var language = SiteLanguage.FromCode(lang)!;
        PageCacheTags.Add(context, PageCacheTags.Type(type.Key));
        var text = services.GetRequiredService<IStringLocalizer<SiteText>>();
        var feed = services.GetRequiredService<AtomFeed>();
        var baseUrl = PublicAddress.BaseUrl(context);
        var (body, updated) = await feed.WriteAsync(
            type, language, baseUrl, $"{text[titleKey]} - {text["SiteName"]}", text["SiteName"], EntryCount, cancellationToken);
        return ConditionalGet.Respond(context, body, AtomFeed.ContentType + "; charset=utf-8", updated, MaxAge);
    }
}
