using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using PublicSite.Cms.Content;
using PublicSite.Cms.Reading;
using PublicSite.Web.Features.Delivery;

namespace PublicSite.Web.Features.Api;

/// <summary>Published content by type, by id and by public URL.</summary>
public static class ContentEndpoints
{
    public static RouteGroupBuilder MapContentEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/content", ListAsync)
            .WithName("ListContent")
            .WithSummary("Published items, newest first, paged by number or by cursor")
            .Produces(StatusCodes.Status304NotModified);
        api.MapGet("/content/{id}", GetByIdAsync)
            .WithName("GetContentById")
            .WithSummary("One published item by id, in one language")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status304NotModified);
        api.MapGet("/content/{lang}/{section}/{slug}", GetByUrlAsync)
            .WithName("GetContentByUrl")
            .WithSummary("The published item shown at the public page /{lang}/{section}/{slug}")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status304NotModified);
        return api;
    }

    private static async Task<Results<Ok<ApiContentPage>, ProblemHttpResult>> ListAsync(
        [AsParameters] ContentListQuery query,
        PublishedContent content, ApiItemProjection projection, ContentTypeRegistry types, HttpContext context,
        CancellationToken cancellationToken)
    {
        var filter = query.ToFilter(types);
        PageCacheTags.Add(context, PageCacheTags.AnyChange);
        var links = ApiLinks.For(context);
        var (variants, total) = await content.NewestAsync(filter.ToQuery(), cancellationToken);
        var hasMore = variants.Count > filter.PageSize;
        variants = variants.Take(filter.PageSize).ToList();
        var next = hasMore ? new ListCursor(variants[^1].PublishAt!.Value, variants[^1].Id).Encode() : null;
        var items = await projection.ToItemsAsync(variants, content, links, cancellationToken);
        return TypedResults.Ok(new ApiContentPage(items, filter.Cursor is null ? filter.Page : null, filter.PageSize, total, next,
            next is null ? null : links.Api(filter.NextQuery(next))));
    }

    private static async Task<Results<Ok<ApiContentItem>, ProblemHttpResult>> GetByIdAsync(
        [Description("The item's id (a GUID), as in 'id' of any item.")] string id,
        [Description("Language: zh, pt, or zh-Hant (the Chinese version in Traditional characters). Chinese when absent, or the only published language.")] string? lang,
        PublishedContent content, ApiItemProjection projection, HttpContext context, CancellationToken cancellationToken)
    {
        var itemId = ApiParameters.Id(id);
        var language = ApiParameters.Language(lang);
        var versions = await content.FindByIdAsync(itemId, cancellationToken);
        // Without a language, the primary one (Chinese) when it is public, else whichever is.
        var variant = language is null
            ? versions.OrderBy(v => v.Language == SiteLanguage.Chinese.Culture ? 0 : 1).FirstOrDefault()
            : versions.FirstOrDefault(v => v.Language == language.Culture);
        if (variant is not null)
        {
            PageCacheTags.Add(context, PageCacheTags.Item(itemId));
            return TypedResults.Ok((await projection.ToItemsAsync([variant], content, ApiLinks.For(context), cancellationToken))[0]);
        }
        var languages = versions.Select(v => v.Language).ToList();
        return ApiProblems.NotFound(languages.Count == 0
            ? $"No published item has the id {itemId}."
            : $"The item {itemId} is published only in {string.Join(", ", languages)}.");
    }

    private static async Task<Results<Ok<ApiContentItem>, RedirectHttpResult, ProblemHttpResult>> GetByUrlAsync(
        [Description("Language code of the page: zh or pt, or zh-Hant for the Chinese page in Traditional characters.")] string lang,
        [Description("URL section: disclosure, news, guidance, programmes or pages.")] string section,
        [Description("Last segment of the page URL, e.g. 014109568-2017-00012.")] string slug,
        PublishedContent content, ApiItemProjection projection, ContentTypeRegistry types, HttpContext context,
        CancellationToken cancellationToken)
    {
        var language = ApiParameters.Language(lang)!;
        var type = types.FindBySection(section) ?? throw new ApiParameterException(nameof(section),
            $"'{section}' is not a section of the site; use one of {string.Join(", ", types.All.Select(t => t.Section))}.");
        var links = ApiLinks.For(context);
        // The public page's own lookup; a page only in the other language is not this language's item.
        var lookup = await content.FindAsync(type, language, slug, cancellationToken);
        if (lookup.Outcome == ContentLookupOutcome.Found)
        {
            PageCacheTags.Add(context, PageCacheTags.Item(lookup.Variant!.ItemId));
            return TypedResults.Ok((await projection.ToItemsAsync([lookup.Variant!], content, links, cancellationToken))[0]);
        }
        if (lookup is { Outcome: ContentLookupOutcome.Moved, Slug: { } moved })
        {
            // A Traditional reader is sent to the Traditional reading of the new address, not to the Simplified one.
            var asked = ApiTraditional.IsAsked(context) ? Traditional.TraditionalReading.Culture : language.Code;
            return TypedResults.Redirect(permanent: true, url: $"{ApiLinks.Prefix}/content/{asked}/{type.Section}/{Uri.EscapeDataString(moved)}");
        }
        return ApiProblems.NotFound($"Nothing is published at /{language.Code}/{type.Section}/{slug}.");
    }
}
