using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicSite.Cms.Content;
using PublicSite.Web.Features.Disclosure;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.InformationRequests;

/// <summary>依申请公开: how to ask the office for information it has not published (Art. 27–33).</summary>
public sealed class RequestModel(PageMeta meta) : PageModel
{
    public SiteLanguage Language { get; private set; } = SiteLanguage.Chinese;

    public PageMeta Meta => meta;

    public void OnGet(string lang)
    {
        Language = SiteLanguage.FromCode(lang)!;
        meta.ForBothLanguages(Language, $"/{ColumnPart.Column}/{ColumnPart.Request.Path}");
        meta.Section = ColumnPart.Column;
    }
}
