using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicSite.Cms.Content;
using PublicSite.Web.Features.Delivery;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Home;

/// <summary>网站地图 / Mapa do sítio: every column of the site and its parts, as the government-site norms ask.</summary>
public sealed class SiteMapModel(PageMeta meta) : PageModel
{
    public const string Section = "sitemap";

    public SiteLanguage Language { get; private set; } = SiteLanguage.Chinese;

    public PageMeta Meta => meta;

    public void OnGet(string lang)
    {
        Language = SiteLanguage.FromCode(lang)!;
        PageCacheTags.Add(HttpContext, PageCacheTags.Fixed);
        meta.ForBothLanguages(Language, "/" + Section);
        meta.Section = Section;
    }
}
