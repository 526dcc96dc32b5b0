using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Reading;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Programmes;

public sealed class CallModel(PublishedContent content, ContentTypeRegistry types, ContentHtml html, PageMeta meta)
    : ContentPageModel<ProgrammeCall>(content, types, html, meta)
{
    public DateTimeOffset Now => new(Published.UtcNow, TimeSpan.Zero);
}
