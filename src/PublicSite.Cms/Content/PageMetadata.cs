namespace PublicSite.Cms.Content;

/// <summary>
/// What search engines and social networks show of a page, when an editor writes it for one language: a description
/// (otherwise the summary) and a title for shares (otherwise the page's title). Localized fields of every content
/// type, so they follow each language's workflow and four-eyes approval like its text.
/// </summary>
public interface IPageMetadata
{
    string? MetaDescription { get; }

    string? SocialTitle { get; }
}
