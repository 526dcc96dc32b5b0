using System.ComponentModel;

namespace PublicSite.Web.Features.Api;

[Description("One event of the change feed, from the CMS outbox.")]
public sealed record ApiChange(
    [property: Description("Position in the feed; strictly increasing. Pass the last one seen as 'since'.")] long Position,
    [property: Description("published, updated, withdrawn, expired or deleted.")] string Kind,
    [property: Description("When it happened (UTC).")] DateTimeOffset OccurredAt,
    [property: Description("The item concerned.")] Guid ItemId,
    [property: Description("Stable key of the item.")] string Key,
    [property: Description("Content type of the item.")] string Type,
    [property: Description("Culture of the version concerned (zh-CN, pt-PT); null when the whole item was deleted.")] string? Language,
    [property: Description("Absolute URL of the public page if that version is public now; otherwise null.")] string? Url,
    [property: Description("Absolute URL of that version in this API if it is public now; otherwise null.")] string? ApiUrl);
