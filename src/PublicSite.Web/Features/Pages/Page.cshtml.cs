using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Pages;

public sealed class PlainPageModel(ContentReader reader, ContentTypeRegistry types, ContentHtml html, PageMeta meta)
    : ContentPageModel<PlainPage>(reader, types, html, meta);
