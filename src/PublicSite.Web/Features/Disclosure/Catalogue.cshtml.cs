using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicSite.Cms.Content;
using PublicSite.Cms.Reading;
using PublicSite.Web.Features.Delivery;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Disclosure;

public sealed class CatalogueModel(PublishedContent content, PageMeta meta) : PageModel
{
    public SiteLanguage Language { get; private set; } = SiteLanguage.Chinese;

    public CatalogueFilter Filter { get; private set; } = new();

    public PagedList<CatalogueRow> Rows { get; private set; } = new([], 1, PublishedContent.CataloguePageSize, 0);

    public IReadOnlyList<CatalogueFacet> Facets { get; private set; } = [];

    public PageMeta Meta => meta;

    public async Task<IActionResult> OnGetAsync(string lang, [FromQuery] CatalogueFilter filter, CancellationToken cancellationToken)
    {
        Language = SiteLanguage.FromCode(lang)!;
        Filter = filter;
        PageCacheTags.Add(HttpContext, PageCacheTags.Type("disclosure"));
        (Rows, Facets) = await content.CatalogueAsync(filter.ToSelection(), Language, cancellationToken);
        meta.ForBothLanguages(Language, $"/{ColumnPart.Column}/{ColumnPart.Catalogue.Path}" + filter.ToQuery(Rows.Page));
        meta.Section = "disclosure";
        // Filtered and paged views are for readers, not for search engines: the catalogue itself is canonical.
        if (!filter.IsEmpty || Rows.Page > 1)
        {
            meta.NoIndex = true;
        }
        return Page();
    }
}
