using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Programmes;

public sealed class CallModel(ContentReader reader, ContentTypeRegistry types, ContentHtml html, PageMeta meta)
    : ContentPageModel<ProgrammeCall>(reader, types, html, meta)
{
    public DateTimeOffset Now => new(Reader.UtcNow, TimeSpan.Zero);
}
