using PublicSite.Cms.Content;

namespace PublicSite.Web.Features.Shared;

/// <summary>A page that exists only in <see cref="Language"/>, at <see cref="Url"/>.</summary>
public sealed record MissingTranslation(SiteLanguage Language, string Title, string Url);
