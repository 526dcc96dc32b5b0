using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicSite.Web.Features.EventRegistrations.Data;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.EventRegistrations.Manager;

/// <summary>Every event with its seats taken and its waiting list, newest first.</summary>
[Authorize(Policy = EditorRoles.CanEdit)]
public sealed class IndexModel(EventRegistrationsDbContext db, EventTitles titles) : PageModel
{
    public IReadOnlyList<EventSeats> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var events = await titles.AllAsync(PathLanguage.Current.Culture, cancellationToken);
        var counts = await db.Registrations.GroupBy(r => new { r.EventKey, r.Status })
            .Select(g => new { g.Key.EventKey, g.Key.Status, Count = g.Count(), Seats = g.Sum(r => r.Seats) })
            .ToListAsync(cancellationToken);
        Events = events.Select(e =>
        {
            var mine = counts.Where(c => c.EventKey == e.Key).ToList();
            var confirmed = mine.Where(c => c.Status == RegistrationStatus.Confirmed).ToList();
            return new EventSeats(e.Key, e.Title, e.Details.StartsAt, e.Details.Capacity, confirmed.Sum(c => c.Seats), confirmed.Sum(c => c.Count),
                mine.Where(c => c.Status == RegistrationStatus.WaitingList).Sum(c => c.Count));
        }).ToList();
    }
}
