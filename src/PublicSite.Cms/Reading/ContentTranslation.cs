using PublicSite.Cms.Content;

namespace PublicSite.Cms.Reading;

/// <summary>One public language version of an item: where it lives and what it is called.</summary>
public sealed record ContentTranslation(Guid ItemId, Guid VariantId, SiteLanguage Language, string Slug, string Title);
