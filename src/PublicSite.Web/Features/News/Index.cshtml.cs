using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Reading;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.News;

public sealed class IndexModel(PublishedContent content, ContentTypeRegistry types, PageMeta meta)
    : SectionListModel<NewsArticle>(content, types, meta);
