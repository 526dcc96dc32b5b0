using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Reading;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.News;

public sealed class ArticleModel(PublishedContent content, ContentTypeRegistry types, ContentHtml html, PageMeta meta)
    : ContentPageModel<NewsArticle>(content, types, html, meta);
