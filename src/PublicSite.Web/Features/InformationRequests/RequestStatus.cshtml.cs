using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PublicSite.Cms.Content;
using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.Disclosure;
using PublicSite.Web.Features.InformationRequests.Data;
using PublicSite.Web.Features.PersonalData;
using PublicSite.Web.Features.Shared;
using PublicSite.Web.Features.WorkingDays;

namespace PublicSite.Web.Features.InformationRequests;

/// <summary>
/// The applicant's private status page: only the reference with its secret token opens it; anything else is "not
/// found", so references cannot be tried one after another. It shows every step, links each letter's PDF (behind
/// the same token) and, when the office asks for a correction, takes it.
/// </summary>
public sealed partial class RequestStatusModel(
    InformationRequestsDbContext db, RequestSubmission submission, RequestHandling handling, PersonalDataProtector protector,
    WorkingDayCalendar calendar, PageMeta meta, IStringLocalizer<InformationRequestsText> text) : PageModel
{
    public SiteLanguage Language { get; private set; } = SiteLanguage.Chinese;

    public InformationRequest Filed { get; private set; } = null!;

    public DateOnly? Due { get; private set; }

    public bool JustSubmitted { get; private set; }

    public string Token { get; private set; } = "";

    public string? Correction { get; private set; }

    public string? Error { get; private set; }

    public bool Corrected { get; private set; }

    public PageMeta Meta => meta;

    public async Task<IActionResult> OnGetAsync(string lang, string reference, [FromQuery] string? token, [FromQuery] string? submitted, [FromQuery] string? corrected, CancellationToken cancellationToken)
    {
        if (!await OpenAsync(lang, reference, token, tracked: false, cancellationToken))
        {
            return NotFound();
        }
        JustSubmitted = submitted == "1";
        Corrected = corrected == "1";
        return Page();
    }

    public async Task<IActionResult> OnGetLetterAsync(string lang, string reference, [FromQuery] string? token, [FromQuery] Guid id, CancellationToken cancellationToken)
    {
        if (!await OpenAsync(lang, reference, token, tracked: false, cancellationToken) || Filed.Letters.SingleOrDefault(l => l.Id == id) is not { } letter)
        {
            return NotFound();
        }
        return File(protector.Unprotect(letter.PdfEncrypted), "application/pdf", $"{reference}-{letter.At:yyyyMMddHHmm}.pdf");
    }

    public async Task<IActionResult> OnPostCorrectAsync(
        string lang, string reference, [FromForm] string? token, [FromForm] string? correction, CancellationToken cancellationToken)
    {
        if (!await OpenAsync(lang, reference, token, tracked: true, cancellationToken))
        {
            return NotFound();
        }
        var result = await handling.CorrectAsync(Filed, correction, HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        if (result == HandlingResult.Done)
        {
            return Redirect(RequestMail.StatusPath(Language, reference, Token) + "&corrected=1");
        }
        Correction = correction;
        Error = text["Handling_" + result];
        Response.StatusCode = result == HandlingResult.NoCorrectionAsked ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> OpenAsync(string lang, string reference, string? token, bool tracked, CancellationToken cancellationToken)
    {
        Language = SiteLanguage.FromCode(lang)!;
        if (!Reference().IsMatch(reference) || string.IsNullOrEmpty(token))
        {
            return false;
        }
        var query = db.Requests.Include(r => r.Steps).Include(r => r.Letters).AsSplitQuery();
        var request = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(r => r.ReferenceNumber == reference, cancellationToken);
        // A purged request has no token any more: its page is gone with the personal data.
        if (request is null || request.PurgedAt is not null || !submission.TokenMatches(request, token))
        {
            return false;
        }
        Filed = request;
        Token = token;
        Due = request.IsDecided ? null : request.Clock.Due(calendar);

        // A private page: not indexed, not cached, its address (which holds the token) never sent on as a referrer.
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        meta.Language = Language;
        meta.NoIndex = true;
        meta.Section = ColumnPart.Column;
        meta.SwitchPath = RequestMail.StatusPath(Language.Other, reference, token);
        return true;
    }

    [GeneratedRegex("^CZHM-YSQ-[0-9]{4}-[0-9]{5,}$")]
    private static partial Regex Reference();
}
