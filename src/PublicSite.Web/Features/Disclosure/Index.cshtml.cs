using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicSite.Cms.Content;
using PublicSite.Web.Features.Delivery;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Disclosure;

/// <summary>The 政府信息公开 column's home: its parts, each with what a reader finds there.</summary>
public sealed class ColumnHomeModel(PageMeta meta) : PageModel
{
    private static readonly string[] CatalogueParameters = ["year", "body", "category", "subject", "page"];

    public SiteLanguage Language { get; private set; } = SiteLanguage.Chinese;

    public PageMeta Meta => meta;

    public IActionResult OnGet(string lang)
    {
        Language = SiteLanguage.FromCode(lang)!;
        // The catalogue lived here until the column got its parts: filtered links people kept still find it.
        if (Request.Query.Keys.Any(k => CatalogueParameters.Contains(k, StringComparer.Ordinal)))
        {
            return RedirectPermanent(ColumnPart.Catalogue.Url(Language) + Request.QueryString.Value);
        }
        PageCacheTags.Add(HttpContext, PageCacheTags.Fixed);
        meta.ForBothLanguages(Language, "/" + ColumnPart.Column);
        meta.Section = ColumnPart.Column;
        return Page();
    }
}
