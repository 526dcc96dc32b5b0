using PublicSite.Cms.Content;

namespace PublicSite.Cms.Reading;

/// <summary>A public page and the last time anything on it changed (text, shared fields or publication).</summary>
public sealed record PublishedPage(Guid ItemId, ContentTypeDescriptor Type, SiteLanguage Language, string Slug, DateTime Modified);
