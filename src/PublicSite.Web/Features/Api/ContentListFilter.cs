using PublicSite.Cms.Content;

namespace PublicSite.Web.Features.Api;

/// <summary>What a consumer asked of the content list, already parsed.</summary>
public sealed record ContentListFilter(
    ContentTypeDescriptor? Type,
    SiteLanguage? Language,
    int Page,
    int PageSize,
    DateTime? UpdatedSince,
    ListCursor? Cursor);
