using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using PublicSite.Cms.Content;
using PublicSite.Cms.Reading;
using PublicSite.Web.Features.Delivery;

namespace PublicSite.Web.Features.Api;

/// <summary>Disclosed documents (政府信息公开) by their 索引号, the number the national catalogue cites them by.</summary>
public static class DisclosureEndpoints
{
    public static RouteGroupBuilder MapDisclosureEndpoints(this RouteGroupBuilder api)
    {
        // A catch-all, so that an index number whose slash was sent unencoded still arrives whole.
        api.MapGet("/disclosure/{**indexNumber}", GetByIndexNumberAsync)
            .WithName("GetDisclosureByIndexNumber")
            .WithSummary("A published disclosed document by its index number (索引号)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status304NotModified);
        return api;
    }

    private static async Task<Results<Ok<ApiContentItem>, ProblemHttpResult>> GetByIndexNumberAsync(
        [Description("索引号, e.g. 014109568%2F2017-00012 (slash percent-encoded) or its slug form 014109568-2017-00012.")] string indexNumber,
        [Description("Language: zh, pt, or zh-Hant (the Chinese version in Traditional characters). Chinese when absent.")] string? lang,
        PublishedContent content, ApiItemProjection projection, HttpContext context, CancellationToken cancellationToken)
    {
        var number = ApiParameters.IndexNumber(indexNumber);
        var language = ApiParameters.Language(lang) ?? SiteLanguage.Chinese;
        if (await content.FindByIndexNumberAsync(number, language, cancellationToken) is { } variant)
        {
            PageCacheTags.Add(context, PageCacheTags.Item(variant.ItemId));
            return TypedResults.Ok((await projection.ToItemsAsync([variant], content, ApiLinks.For(context), cancellationToken))[0]);
        }
        var languages = await content.LanguagesOfAsync(null, number, cancellationToken);
        return ApiProblems.NotFound(languages.Count == 0
            ? $"No published document has the index number {number}."
            : $"The document {number} is published only in {string.Join(", ", languages)}.");
    }
}
