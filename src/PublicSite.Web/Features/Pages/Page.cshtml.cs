using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Reading;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Pages;

public sealed class PlainPageModel(PublishedContent content, ContentTypeRegistry types, ContentHtml html, PageMeta meta)
    : ContentPageModel<PlainPage>(content, types, html, meta);
