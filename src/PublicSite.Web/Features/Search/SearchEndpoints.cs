using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Search.Querying;
using PublicSite.Web.Features.Api;

namespace PublicSite.Web.Features.Search;

public static class SearchEndpoints
{
    /// <summary>
    /// <c>GET /api/v1/search?q=&amp;lang=zh|pt|zh-Hant&amp;scope=both&amp;type=&amp;year=&amp;body=&amp;sort=date&amp;page=</c>:
    /// the results page as JSON, in the API group (CORS, rate limit, problem details, ETag). Like the page, any
    /// query gives a result (possibly empty), never a 400: parameters that cannot be read are ignored.
    /// </summary>
    public static RouteGroupBuilder MapSearchEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/search", SearchAsync)
            .WithName("Search")
            .WithSummary("Full-text search of published content in Chinese and Portuguese, with filter counts")
            // The index follows the outbox on its own clock: clients revalidate rather than keep an answer a minute.
            .WithMetadata(new ApiFreshness(TimeSpan.Zero))
            .Produces(StatusCodes.Status304NotModified);
        return api;
    }

    internal static async Task<Ok<SearchResponse>> SearchAsync(
        [AsParameters] SearchQuery query, SiteSearch search, ContentTypeRegistry types, CmsDbContext db,
        IStringLocalizer<SearchText> text, IOptions<SearchOptions> options, CancellationToken cancellationToken)
    {
        // zh-Hant asks for the Chinese results, converted on the way out by the API's filter.
        var language = ApiParameters.LanguageOrNull(query.Lang) ?? SiteLanguage.Chinese;
        // Labels in the asked language: the API path carries none for request localization to read.
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(language.Culture);
        var parameters = SearchParameters.From(query);
        var results = search.Search(parameters.ToRequest(language, options.Value.PageSize));
        var labels = await SearchLabels.LoadAsync(db, text, types, language, cancellationToken);
        return TypedResults.Ok(SearchResponse.From(results, parameters, language, labels));
    }
}
