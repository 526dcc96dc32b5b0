using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Pages;

public sealed class IndexModel(ContentReader reader, ContentTypeRegistry types, PageMeta meta)
    : SectionListModel<PlainPage>(reader, types, meta);
