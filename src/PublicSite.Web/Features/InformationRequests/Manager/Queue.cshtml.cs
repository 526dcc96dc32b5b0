using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Publishing;
using PublicSite.Web.Features.InformationRequests.Data;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Features.WorkingDays;

namespace PublicSite.Web.Features.InformationRequests.Manager;

/// <summary>The office's queue of requests: received, due date by the statutory clock, working days left, overdue first.</summary>
[Authorize(Policy = EditorRoles.CanPublish)]
public sealed class QueueModel(InformationRequestsDbContext db, WorkingDayCalendar calendar, TimeProvider time) : PageModel
{
    public IReadOnlyList<QueuedRequest> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var requests = await db.Requests.AsNoTracking()
            .Select(r => new { r.ReferenceNumber, r.ApplicantKind, r.Name, r.ReceivedAt, r.Language })
            .ToListAsync(cancellationToken);
        Requests = requests
            .Select(r =>
            {
                var clock = new ReplyClock(r.ReceivedAt);
                return new QueuedRequest(r.ReferenceNumber, r.ApplicantKind, r.Name, r.Language, SiteClock.ToChina(r.ReceivedAt),
                    clock.Due(calendar), clock.WorkingDaysLeft(calendar, time), clock.IsOverdue(calendar, time));
            })
            .OrderBy(r => r.Due ?? DateOnly.MaxValue).ThenBy(r => r.Reference, StringComparer.Ordinal)
            .ToList();
    }
}

/// <summary>A request as the queue lists it; the due date is absent while the clock is stopped.</summary>
public sealed record QueuedRequest(
    string Reference, ApplicantKind Kind, string Name, string Language, DateTime ReceivedChina, DateOnly? Due, int? DaysLeft, bool IsOverdue);
