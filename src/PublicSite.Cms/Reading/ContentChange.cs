using PublicSite.Cms.Content;
using PublicSite.Cms.Publishing;

namespace PublicSite.Cms.Reading;

/// <summary>An outbox event with what a consumer needs to name it: the item's key and type, and its public slug if any.</summary>
public sealed record ContentChange(OutboxEvent Event, string ItemKey, ContentTypeDescriptor Type, string? Slug);
