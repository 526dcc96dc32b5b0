using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Guidance;

public sealed class GuideModel(ContentReader reader, ContentTypeRegistry types, ContentHtml html, PageMeta meta)
    : ContentPageModel<GuidancePage>(reader, types, html, meta);
