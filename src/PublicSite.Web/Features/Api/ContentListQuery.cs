using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using PublicSite.Cms.Content;

namespace PublicSite.Web.Features.Api;

/// <summary>
/// The query string of <c>GET /api/v1/content</c>, bound with <c>[AsParameters]</c>: one declaration names each
/// parameter for binding and for the OpenAPI document. Values arrive as text and are read by <see cref="ToFilter"/>,
/// so a malformed one is a 400 problem naming it rather than the framework's bare 400.
/// </summary>
public sealed record ContentListQuery
{
    [FromQuery(Name = "type"), Description("Content type, one of the keys listed. All types when absent.")]
    public string? Type { get; init; }

    [FromQuery(Name = "lang"), Description("Language: zh, pt, or zh-Hant (the Chinese version in Traditional characters). Both when absent.")]
    public string? Lang { get; init; }

    [FromQuery(Name = "page"), Description("Page number from 1 (default 1). Pages past the end are empty.")]
    public string? Page { get; init; }

    [FromQuery(Name = "pageSize"), Description("Items per page, 1 to 100 (default 20).")]
    public string? PageSize { get; init; }

    [FromQuery(Name = "updatedSince"), Description("Only items published or changed at or after this ISO 8601 instant or date (China time).")]
    public string? UpdatedSince { get; init; }

    [FromQuery(Name = "cursor"), Description("Continue after the page that returned this 'nextCursor' (stable while content is published); replaces 'page'.")]
    public string? Cursor { get; init; }

    public ContentListFilter ToFilter(ContentTypeRegistry types)
    {
        var cursor = ListCursor.Decode(Cursor);
        if (cursor is not null && !string.IsNullOrEmpty(Page))
        {
            throw new ApiParameterException("page", "Give either 'page' or 'cursor', not both.");
        }
        return new ContentListFilter(
            ApiParameters.ContentType(types, Type),
            ApiParameters.Language(Lang),
            ApiRange.Page.Read(Page, "page"),
            ApiRange.PageSize.Read(PageSize, "pageSize"),
            ApiParameters.Instant(UpdatedSince, "updatedSince"),
            cursor);
    }
}
