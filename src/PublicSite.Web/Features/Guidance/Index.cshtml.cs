using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Guidance;

public sealed class IndexModel(ContentReader reader, ContentTypeRegistry types, PageMeta meta)
    : SectionListModel<GuidancePage>(reader, types, meta);
