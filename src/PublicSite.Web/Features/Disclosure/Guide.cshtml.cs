using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Disclosure;

public sealed class GuideModel(CmsDbContext db, ContentTypeRegistry types, ContentHtml html, TimeProvider time, PageMeta meta)
    : ColumnTextModel(db, types, html, time, meta)
{
    public override ColumnPart Part => ColumnPart.Guide;

    protected override string PageKey => "disclosure-guide";
}
