using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Web.Features.Disclosure;
using PublicSite.Web.Features.InformationRequests.Data;
using PublicSite.Web.Features.Shared;
using PublicSite.Web.Features.WorkingDays;

namespace PublicSite.Web.Features.InformationRequests;

/// <summary>
/// The applicant's private status page: only the reference with its secret token opens it; anything else is "not
/// found", so references cannot be tried one after another.
/// </summary>
public sealed partial class RequestStatusModel(
    InformationRequestsDbContext db, RequestSubmission submission, WorkingDayCalendar calendar, PageMeta meta) : PageModel
{
    public SiteLanguage Language { get; private set; } = SiteLanguage.Chinese;

    public InformationRequest Filed { get; private set; } = null!;

    public DateOnly? Due { get; private set; }

    public bool JustSubmitted { get; private set; }

    public PageMeta Meta => meta;

    public async Task<IActionResult> OnGetAsync(string lang, string reference, [FromQuery] string? token, [FromQuery] string? submitted, CancellationToken cancellationToken)
    {
        Language = SiteLanguage.FromCode(lang)!;
        if (!Reference().IsMatch(reference) || string.IsNullOrEmpty(token))
        {
            return NotFound();
        }
        var request = await db.Requests.AsNoTracking().Include(r => r.Steps).SingleOrDefaultAsync(r => r.ReferenceNumber == reference, cancellationToken);
        if (request is null || !submission.TokenMatches(request, token))
        {
            return NotFound();
        }
        Filed = request;
        JustSubmitted = submitted == "1";
        Due = new ReplyClock(request.ReceivedAt).Due(calendar);

        // A private page: not indexed, not cached, its address (which holds the token) never sent on as a referrer.
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        meta.Language = Language;
        meta.NoIndex = true;
        meta.Section = ColumnPart.Column;
        meta.SwitchPath = RequestMail.StatusPath(Language.Other, reference, token);
        return Page();
    }

    [GeneratedRegex("^CZHM-YSQ-[0-9]{4}-[0-9]{5,}$")]
    private static partial Regex Reference();
}
