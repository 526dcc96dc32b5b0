using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Search.Querying;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Search;

/// <summary>
/// <c>/{lang}/search?q=…</c>: results in the page's language (or both), filters with counts, sort and pages. Works
/// without JavaScript; any input gives a page of results or a friendly page with suggestions.
/// </summary>
public sealed class IndexModel(
    SiteSearch search, ContentTypeRegistry types, CmsDbContext db, PageMeta meta, IStringLocalizer<SearchText> text, IOptions<SearchOptions> options)
    : PageModel
{
    public SiteLanguage Language { get; private set; } = SiteLanguage.Chinese;

    public SearchParameters Parameters { get; private set; } = new(null, false, null, null, null, SearchSort.Relevance, 1);

    public SearchResults Results { get; private set; } = SearchResults.Empty("", 10, true);

    /// <summary>When nothing matched in the page's language: how many results both languages would give.</summary>
    public int? BothLanguagesTotal { get; private set; }

    public SearchLabels Labels { get; private set; } = null!;

    public PageMeta Meta => meta;

    public async Task<IActionResult> OnGetAsync(string lang, [FromQuery] SearchQuery query, CancellationToken cancellationToken)
    {
        Language = SiteLanguage.FromCode(lang)!;
        Parameters = SearchParameters.From(query);
        Results = search.Search(Parameters.ToRequest(Language, options.Value.PageSize));
        if (Results.Total == 0 && !Parameters.Both && Results.Query.Length > 0)
        {
            BothLanguagesTotal = search.Search((Parameters with { Both = true, Page = 1 }).ToRequest(Language, 1)).Total;
        }
        Labels = await SearchLabels.LoadAsync(db, text, types, Language, cancellationToken);

        meta.Title = Results.Query.Length > 0 ? text["TitleWithQuery", Results.Query] : text["SearchTitle"];
        meta.ForBothLanguages(Language, "/search" + Parameters.ToQueryString());
        meta.Section = "search";
        meta.NoIndex = true;
        return Page();
    }

    /// <summary>This page with some parameters changed (back to page 1 unless the page is what changes).</summary>
    public string Link(SearchParameters parameters) => $"/{Language.Code}/search{parameters.ToQueryString()}";
}
