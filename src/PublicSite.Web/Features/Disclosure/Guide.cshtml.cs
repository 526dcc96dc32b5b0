using PublicSite.Cms.Content;
using PublicSite.Cms.Reading;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Disclosure;

public sealed class GuideModel(PublishedContent content, ContentTypeRegistry types, ContentHtml html, PageMeta meta)
    : ColumnTextModel(content, types, html, meta)
{
    public override ColumnPart Part => ColumnPart.Guide;

    protected override string PageKey => "disclosure-guide";
}
