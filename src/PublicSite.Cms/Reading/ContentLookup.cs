using PublicSite.Cms.Content;

namespace PublicSite.Cms.Reading;

/// <summary>The outcome of looking up <c>/{lang}/{section}/{slug}</c>.</summary>
public sealed record ContentLookup(
    ContentLookupOutcome Outcome,
    ContentVariant? Variant = null,
    IReadOnlyDictionary<SiteLanguage, string>? Translations = null,
    string? Slug = null,
    string? OtherTitle = null,
    Guid? OtherItemId = null,
    IPortugueseCatalogueText? Catalogue = null)
{
    public static readonly ContentLookup NotFound = new(ContentLookupOutcome.NotFound);

    public static ContentLookup Moved(string slug) => new(ContentLookupOutcome.Moved, Slug: slug);

    /// <summary>
    /// The page exists only in the other language, at <paramref name="slug"/>; <paramref name="catalogue"/> is the
    /// Portuguese title and summary editors wrote for a Chinese-only item, when a Portuguese reader asked.
    /// </summary>
    public static ContentLookup OnlyInOtherLanguage(string slug, string title, Guid itemId, IPortugueseCatalogueText? catalogue = null) =>
        new(ContentLookupOutcome.OnlyInOtherLanguage, Slug: slug, OtherTitle: title, OtherItemId: itemId, Catalogue: catalogue);
}

public enum ContentLookupOutcome
{
    Found,
    Moved,
    OnlyInOtherLanguage,
    NotFound,
}
