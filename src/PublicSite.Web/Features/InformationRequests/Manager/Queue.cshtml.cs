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
            .Where(r => r.PurgedAt == null)
            .Select(r => new { r.ReferenceNumber, r.ApplicantKind, r.Name, r.ReceivedAt, r.Language, r.ExtendedAt, r.CorrectionAskedAt, r.CorrectedAt, r.Decision })
            .ToListAsync(cancellationToken);
        Requests = requests
            .Select(r =>
            {
                var clock = new ReplyClock(r.ReceivedAt, r.ExtendedAt is not null, r.CorrectionAskedAt, r.CorrectedAt);
                // A decided request has met its clock: it stays listed, without a due date, below the open ones.
                var open = r.Decision is null;
                return new QueuedRequest(r.ReferenceNumber, r.ApplicantKind, r.Name, r.Language, SiteClock.ToChina(r.ReceivedAt),
                    open ? clock.Due(calendar) : null, open ? clock.WorkingDaysLeft(calendar, time) : null, open && clock.IsOverdue(calendar, time), r.Decision);
            })
            .OrderBy(r => r.Decision is not null).ThenBy(r => r.Due ?? DateOnly.MaxValue).ThenBy(r => r.Reference, StringComparer.Ordinal)
            .ToList();
    }
}

/// <summary>A request as the queue lists it; the due date is absent while the clock is stopped.</summary>
public sealed record QueuedRequest(
    string Reference, ApplicantKind Kind, string Name, string Language, DateTime ReceivedChina, DateOnly? Due, int? DaysLeft, bool IsOverdue,
    RequestDecision? Decision);
