using PublicSite.Cms.Content;

namespace PublicSite.Web.Features.Shared;

/// <summary>
/// A page that exists only in <see cref="Language"/>, at <see cref="Url"/>; <see cref="OwnTitle"/> and
/// <see cref="OwnSummary"/> are what editors wrote in the reader's language for catalogues, when they did.
/// </summary>
public sealed record MissingTranslation(SiteLanguage Language, string Title, string Url, string? OwnTitle = null, string? OwnSummary = null);
