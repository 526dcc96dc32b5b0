using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Publishing;
using PublicSite.Web.Features.BusinessEnquiries.Data;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Features.WorkingDays;

namespace PublicSite.Web.Features.BusinessEnquiries.Manager;

/// <summary>The office's queue of enterprises' enquiries: open ones first by their 5-working-day target, then the rest.</summary>
[Authorize(Policy = EditorRoles.CanEdit)]
public sealed class QueueModel(BusinessEnquiriesDbContext db, WorkingDayCalendar calendar, TimeProvider time) : PageModel
{
    public IReadOnlyList<QueuedEnquiry> Enquiries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var enquiries = await db.Enquiries.AsNoTracking()
            .Select(e => new { e.ReferenceNumber, e.Company, e.Topics, e.Language, e.Status, e.AssignedTo, e.ReceivedUtc })
            .ToListAsync(cancellationToken);
        Enquiries = enquiries
            .Select(e =>
            {
                var target = new AnswerTarget(e.ReceivedUtc);
                // Once answered or closed the target is met: no countdown.
                var open = e.Status is EnquiryStatus.Received or EnquiryStatus.Assigned;
                return new QueuedEnquiry(
                    e.ReferenceNumber, e.Company, e.Topics.Split(',', StringSplitOptions.RemoveEmptyEntries), e.Language, e.Status, e.AssignedTo,
                    SiteClock.ToChina(e.ReceivedUtc), target.Due(calendar), open ? target.WorkingDaysLeft(calendar, time) : null,
                    open && target.IsOverdue(calendar, time));
            })
            .OrderBy(e => e.DaysLeft is null).ThenBy(e => e.Due).ThenBy(e => e.Reference, StringComparer.Ordinal)
            .ToList();
    }
}

/// <summary>An enquiry as the queue lists it; no days left once it is answered or closed.</summary>
public sealed record QueuedEnquiry(
    string Reference, string Company, IReadOnlyList<string> Topics, string Language, EnquiryStatus Status, string? AssignedTo,
    DateTime ReceivedChina, DateOnly Due, int? DaysLeft, bool IsOverdue);
