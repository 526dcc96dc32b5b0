using System.ComponentModel;

namespace PublicSite.Web.Features.Api;

[Description("One page of published items, newest first (by publication time, then id).")]
public sealed record ApiContentPage(
    [property: Description("The items of this page.")] IReadOnlyList<ApiContentItem> Items,
    [property: Description("Page number when paging by number; null when paging by cursor.")] int? Page,
    [property: Description("Items per page.")] int PageSize,
    [property: Description("Published items matching the filters now.")] int Total,
    [property: Description("Opaque cursor of the next page; null on the last page. Following cursors is stable while content is published.")] string? NextCursor,
    [property: Description("Absolute URL of the next page (with the cursor), or null.")] string? Next) : ILastModified
{
    DateTimeOffset? ILastModified.LastModified => Items.Count == 0 ? null : Items.Max(i => i.UpdatedAt);
}
