using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Disclosure;

public sealed class CatalogueModel(ContentReader reader, ContentTypeRegistry types, PageMeta meta)
    : SectionListModel<DisclosedDocument>(reader, types, meta);
