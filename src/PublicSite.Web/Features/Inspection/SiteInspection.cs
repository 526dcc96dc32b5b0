using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;

namespace PublicSite.Web.Features.Inspection;

/// <summary>
/// Runs the checks a national inspection of the site would make, on the public state of the site now: how recently
/// each column was updated (<see cref="InspectionColumn"/>) and which links of public pages lead nowhere
/// (<see cref="LinkCheck"/>). The manager's home shows the result; <see cref="InspectionDigestJob"/> mails it.
/// </summary>
public sealed class SiteInspection(CmsDbContext db, ContentTypeRegistry types, LinkCheck links, TimeProvider time)
{
    public async Task<InspectionReport> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = SiteClock.ChinaDate(now);
        var visible = await db.Variants.AsNoTracking().VisibleAt(now)
            .Select(v => new { v.TypeKey, v.Language, v.Item.ListDate, v.PublishAt })
            .ToListAsync(cancellationToken);
        var columns = new List<ColumnFreshness>();
        foreach (var column in InspectionColumn.All)
        {
            var keys = types.All.Where(t => column.Types.Contains(t.ClrType)).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var language in SiteLanguage.All)
            {
                // The date a reader sees in the column's list: the item's own date, else the day it was published.
                var dates = visible.Where(v => keys.Contains(v.TypeKey) && v.Language == language.Culture)
                    .Select(v => v.ListDate ?? (v.PublishAt is { } at ? SiteClock.ChinaDate(at) : (DateOnly?)null))
                    .ToList();
                var latest = dates.Max();
                var state = column.FreshFor?.StateOn(today, latest) ?? (dates.Count == 0 ? FreshnessState.Red : FreshnessState.Green);
                columns.Add(new ColumnFreshness(column, language, dates.Count, latest, state,
                    latest is { } day ? column.FreshFor?.LastPassingDay(day) : null));
            }
        }
        return new InspectionReport(today, columns, await links.FindBrokenAsync(now, cancellationToken));
    }
}
