using PublicSite.Cms.Content;

namespace PublicSite.Cms.Reading;

/// <summary>The outcome of looking up <c>/{lang}/{section}/{slug}</c>.</summary>
public sealed record ContentLookup(
    ContentLookupOutcome Outcome,
    ContentVariant? Variant = null,
    IReadOnlyDictionary<SiteLanguage, string>? Translations = null,
    string? Slug = null,
    string? OtherTitle = null,
    Guid? OtherItemId = null)
{
    public static readonly ContentLookup NotFound = new(ContentLookupOutcome.NotFound);

    public static ContentLookup Moved(string slug) => new(ContentLookupOutcome.Moved, Slug: slug);

    /// <summary>The page exists only in the other language, at <paramref name="slug"/>.</summary>
    public static ContentLookup OnlyInOtherLanguage(string slug, string title, Guid itemId) =>
        new(ContentLookupOutcome.OnlyInOtherLanguage, Slug: slug, OtherTitle: title, OtherItemId: itemId);
}

public enum ContentLookupOutcome
{
    Found,
    Moved,
    OnlyInOtherLanguage,
    NotFound,
}
