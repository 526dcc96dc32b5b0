using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.News;

public sealed class ArticleModel(ContentReader reader, ContentTypeRegistry types, ContentHtml html, PageMeta meta)
    : ContentPageModel<NewsArticle>(reader, types, html, meta);
