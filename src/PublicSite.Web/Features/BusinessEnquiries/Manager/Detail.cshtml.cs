using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.BusinessEnquiries.Data;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Features.PersonalData;
using PublicSite.Web.Features.WorkingDays;

namespace PublicSite.Web.Features.BusinessEnquiries.Manager;

/// <summary>
/// One enquiry: the company, the contact (email and phone masked), the question, its history with the replies sent,
/// and the three steps: assign, reply by email, close. Razor Pages checks the antiforgery token of every post.
/// </summary>
[Authorize(Policy = EditorRoles.CanEdit)]
public sealed class DetailModel(
    BusinessEnquiriesDbContext db, PersonalDataProtector protector, EnquiryHandling handling, WorkingDayCalendar calendar, TimeProvider time)
    : PageModel
{
    public BusinessEnquiry Enquiry { get; private set; } = null!;

    public string ContactName { get; private set; } = "";

    public string? PhoneMasked { get; private set; }

    public string Question { get; private set; } = "";

    public IReadOnlyList<(EnquiryStep Step, string? Reply)> History { get; private set; } = [];

    public IReadOnlyList<string> Assignees { get; private set; } = [];

    public DateOnly Due { get; private set; }

    public int DaysLeft { get; private set; }

    public bool IsOverdue { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken) =>
        await LoadAsync(reference, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAssignAsync(string reference, [FromForm] string? assignee, CancellationToken cancellationToken) =>
        AfterAsync(reference, handling.AssignAsync(reference, assignee, cancellationToken), "Assigned");

    public Task<IActionResult> OnPostReplyAsync(string reference, [FromForm] string? reply, CancellationToken cancellationToken) =>
        AfterAsync(reference, handling.ReplyAsync(reference, reply, cancellationToken), "ReplySent");

    public Task<IActionResult> OnPostCloseAsync(string reference, CancellationToken cancellationToken) =>
        AfterAsync(reference, handling.CloseAsync(reference, cancellationToken), "ClosedMessage");

    private async Task<IActionResult> AfterAsync(string reference, Task<EnquiryOutcome> step, string doneMessage)
    {
        var outcome = await step;
        if (outcome == EnquiryOutcome.NotFound)
        {
            return NotFound();
        }
        Message = outcome == EnquiryOutcome.Done ? doneMessage : "StepRefused";
        return RedirectToPage(new { reference });
    }

    private async Task<bool> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        var enquiry = await db.Enquiries.AsNoTracking().Include(e => e.Steps)
            .SingleOrDefaultAsync(e => e.ReferenceNumber == reference, cancellationToken);
        if (enquiry is null)
        {
            return false;
        }
        Enquiry = enquiry;
        ContactName = protector.Unprotect(enquiry.ContactNameEncrypted);
        PhoneMasked = enquiry.PhoneEncrypted is { } phone ? PersonalDataMask.PhoneLastThree(protector.Unprotect(phone)) : null;
        Question = protector.Unprotect(enquiry.QuestionEncrypted);
        History = enquiry.Steps.OrderBy(s => s.At).ThenBy(s => s.Id)
            .Select(s => (s, s.ReplyEncrypted is { } r ? protector.Unprotect(r) : null)).ToList();
        Assignees = await handling.AssigneesAsync(cancellationToken);
        var target = new AnswerTarget(enquiry.ReceivedUtc);
        Due = target.Due(calendar);
        DaysLeft = target.WorkingDaysLeft(calendar, time);
        IsOverdue = enquiry.Status is EnquiryStatus.Received or EnquiryStatus.Assigned && target.IsOverdue(calendar, time);
        return true;
    }

}
