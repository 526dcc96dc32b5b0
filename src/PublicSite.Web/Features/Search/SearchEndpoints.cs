using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Search.Querying;

namespace PublicSite.Web.Features.Search;

public static class SearchEndpoints
{
    /// <summary>
    /// <c>GET /api/v1/search?q=&amp;lang=zh|pt&amp;scope=both&amp;type=&amp;year=&amp;body=&amp;sort=date&amp;page=</c>:
    /// the results page as JSON. Like the page, any input gives a result (possibly empty), never an error.
    /// </summary>
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/search", SearchAsync)
            .WithName("Search")
            .WithSummary("Full-text search of published content in Chinese and Portuguese, with filter counts.");
        return app;
    }

    internal static async Task<Ok<SearchResponse>> SearchAsync(
        HttpContext context, SiteSearch search, ContentTypeRegistry types, CmsDbContext db, IStringLocalizer<SearchText> text,
        IOptions<SearchOptions> options, CancellationToken cancellationToken)
    {
        var language = SiteLanguage.FromCode(context.Request.Query["lang"].FirstOrDefault()) ?? SiteLanguage.Chinese;
        // Labels in the asked language: the API path carries none for request localization to read.
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(language.Culture);
        var parameters = SearchParameters.From(context.Request.Query);
        var results = search.Search(parameters.ToRequest(language, options.Value.PageSize));
        var labels = await SearchLabels.LoadAsync(db, text, types, language, cancellationToken);
        context.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Ok(SearchResponse.From(results, parameters, language, labels));
    }
}
