using PublicSite.Cms.Content;
using PublicSite.Cms.Reading;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Disclosure;

public sealed class RulesModel(PublishedContent content, ContentTypeRegistry types, ContentHtml html, PageMeta meta)
    : ColumnTextModel(content, types, html, meta)
{
    public override ColumnPart Part => ColumnPart.Rules;

    protected override string PageKey => "disclosure-rules";
}
