using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;
using PublicSite.Cms.Taxonomy;
using PublicSite.Web.Features.InformationRequests.Data;

namespace PublicSite.Web.Features.InformationRequests;

/// <summary>
/// Counts a year for the annual report, in China's calendar year: documents of the catalogue published that year and
/// visible now, per category in the catalogue's order; requests received, carried over, decided and carried forward.
/// Purged requests count as well: their kind, dates and outcome are exactly what the purge keeps.
/// </summary>
public sealed class AnnualReportCounter(CmsDbContext cms, InformationRequestsDbContext requests, TimeProvider time)
{
    public async Task<AnnualReportFigures> CountAsync(int year, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var terms = await cms.Terms.AsNoTracking().Where(t => t.Taxonomy == Taxonomies.DisclosureCategories)
            .OrderBy(t => t.SortOrder).Select(t => new { t.Key, t.NameZh }).ToListAsync(cancellationToken);
        var visible = cms.Variants.Where(VisibilityQueries.IsVisible(now));
        var counts = await cms.CatalogueEntries.AsNoTracking()
            .Where(e => e.Year == year && visible.Any(v => v.ItemId == e.ItemId))
            .GroupBy(e => e.Category).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var proactive = terms.Select(t => new CategoryCount(t.Key, t.NameZh, counts.GetValueOrDefault(t.Key))).ToList();

        // Year boundaries in China: 1 January 00:00 Beijing time.
        var start = TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), SiteClock.China);
        var end = TimeZoneInfo.ConvertTimeToUtc(new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), SiteClock.China);
        var all = await requests.Requests.AsNoTracking().Where(r => r.ReceivedAt < end)
            .Select(r => new Counted(r.ApplicantKind, r.OrganisationKind, r.ReceivedAt, r.Decision, r.Ground, r.DecidedAt))
            .ToListAsync(cancellationToken);
        return new AnnualReportFigures(year, proactive, AnnualReportRows.Count(all, start, end));
    }
}

/// <summary>What the report needs of one request, nothing personal.</summary>
public sealed record Counted(
    ApplicantKind Kind, OrganisationKind? Organisation, DateTime ReceivedAt, RequestDecision? Decision, DecisionGround? Ground, DateTime? DecidedAt)
{
    public ApplicantColumn Column => Kind == ApplicantKind.NaturalPerson ? ApplicantColumn.NaturalPerson : Organisation switch
    {
        OrganisationKind.Business => ApplicantColumn.Business,
        OrganisationKind.Research => ApplicantColumn.Research,
        OrganisationKind.NonProfit => ApplicantColumn.NonProfit,
        OrganisationKind.LegalServices => ApplicantColumn.LegalServices,
        _ => ApplicantColumn.Other,
    };
}
