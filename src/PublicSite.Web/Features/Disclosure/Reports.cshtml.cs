using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicSite.Cms.Content;
using PublicSite.Cms.Reading;
using PublicSite.Web.Features.Delivery;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Disclosure;

/// <summary>The annual reports (政府信息公开工作年度报告): disclosed documents of their own category, by the year they report on.</summary>
public sealed class ReportsModel(PublishedContent content, PageMeta meta) : PageModel
{
    /// <summary>The disclosure category of annual reports in <c>taxonomies.yml</c>.</summary>
    public const string Category = "annual-reports";

    public SiteLanguage Language { get; private set; } = SiteLanguage.Chinese;

    public PageMeta Meta => meta;

    public IReadOnlyList<(int Year, IReadOnlyList<CatalogueRow> Reports)> Years { get; private set; } = [];

    public async Task OnGetAsync(string lang, CancellationToken cancellationToken)
    {
        Language = SiteLanguage.FromCode(lang)!;
        // Twenty rows are twenty years of reports: one page is all of them.
        PageCacheTags.Add(HttpContext, PageCacheTags.Type("disclosure"));
        var (rows, _) = await content.CatalogueAsync(new CatalogueSelection(Category: Category), Language, cancellationToken);
        // Art. 49 of the regulation: each year's report is published by 31 January of the next, so a report is
        // about the year before the one it was published in.
        Years = rows.Items.GroupBy(r => r.PublicationDate.Year - 1)
            .OrderByDescending(g => g.Key)
            .Select(g => (g.Key, (IReadOnlyList<CatalogueRow>)g.ToList()))
            .ToList();
        meta.ForBothLanguages(Language, $"/{ColumnPart.Column}/{ColumnPart.Reports.Path}");
        meta.Section = ColumnPart.Column;
    }
}
