using System.ComponentModel;
using System.Text.Json.Nodes;

namespace PublicSite.Web.Features.Api;

[Description("One published language version of a content item, with everything needed to show it elsewhere.")]
public sealed record ApiContentItem(
    [property: Description("The item's id, shared by its language versions.")] Guid Id,
    [property: Description("Stable key of the item, shared by its language versions (e.g. 2017-hk-macau-work-points).")] string Key,
    [property: Description("Content type: disclosure, news, guidance, programme or page.")] string Type,
    [property: Description("Culture of this version: zh-CN or pt-PT.")] string Language,
    [property: Description("Language code used in URLs: zh or pt.")] string LanguageCode,
    [property: Description("URL section of the type (disclosure, news, guidance, programmes, pages).")] string Section,
    [property: Description("Last segment of the page URL; for disclosed documents the index number with '/' written as '-'.")] string Slug,
    [property: Description("Absolute URL of the public page.")] string Url,
    [property: Description("Absolute URL of this JSON document.")] string ApiUrl,
    [property: Description("The other published language versions of the same item.")] IReadOnlyList<ApiTranslation> Translations,
    [property: Description("Title (信息名称 for disclosed documents).")] string Title,
    [property: Description("Summary (内容概述), or null.")] string? Summary,
    [property: Description("The body as the editors wrote it (CommonMark).")] string BodyMarkdown,
    [property: Description("The body rendered to HTML and sanitised on the server.")] string BodyHtml,
    [property: Description("索引号 of a disclosed document (e.g. 014109568/2017-00012); null for other types.")] string? IndexNumber,
    [property: Description("The date lists sort by (publication date, news date), in China time; may be null.")] DateOnly? Date,
    [property: Description("When this version became public (UTC).")] DateTimeOffset PublishedAt,
    [property: Description("Last change to this version or its shared fields (UTC).")] DateTimeOffset UpdatedAt,
    [property: Description("When this version stops being public (UTC), or null.")] DateTimeOffset? ExpiresAt,
    [property: Description("Language-neutral fields of the type; taxonomy values are term keys.")] JsonObject Shared,
    [property: Description("Fields of the type localized for this language.")] JsonObject Fields,
    [property: Description("Files the item's fields refer to, with download URL, size and SHA-256.")] IReadOnlyList<ApiAttachment> Attachments) : ILastModified
{
    DateTimeOffset? ILastModified.LastModified => UpdatedAt;
}
