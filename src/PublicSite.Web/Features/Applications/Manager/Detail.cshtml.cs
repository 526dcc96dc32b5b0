using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Auditing;
using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.Applications.Data;
using PublicSite.Web.Features.Manager;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Features.PersonalData;
using PublicSite.Web.Features.Shared;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Applications.Manager;

/// <summary>One application: its details (ID and phone masked), its CV, its history, and the next status with a note.</summary>
[Authorize(Policy = EditorRoles.CanPublish)]
public sealed class DetailModel(
    ApplicationsDbContext db, CvStorage storage, PersonalDataProtector protector, ApplicationReview review,
    CallTitles titles, AuditTrail audit, EditorContext editor) : PageModel
{
    public SubmittedApplication Application { get; private set; } = null!;

    public string CallKey { get; private set; } = "";

    public string CallTitle { get; private set; } = "";

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string call, string reference, CancellationToken cancellationToken)
    {
        return await LoadAsync(call, reference, cancellationToken) is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnGetCvAsync(string call, string reference, CancellationToken cancellationToken)
    {
        if (await LoadAsync(call, reference, cancellationToken) is not { } application || !System.IO.File.Exists(storage.CvPath(application.Id)))
        {
            return NotFound();
        }
        var pdf = protector.Unprotect(await System.IO.File.ReadAllBytesAsync(storage.CvPath(application.Id), cancellationToken));
        // A CV leaving the system is an export of personal data.
        await audit.RecordAsync(editor.Name, AuditActions.Export, reference, "CV", editor.IpAddress, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return File(pdf, "application/pdf", $"{reference}-cv.pdf");
    }

    public async Task<IActionResult> OnPostAsync(string call, string reference, [FromForm] string? status, [FromForm] string? note, CancellationToken cancellationToken)
    {
        if (await LoadAsync(call, reference, cancellationToken) is null)
        {
            return NotFound();
        }
        var origin = PublicAddress.BaseUrl(HttpContext);
        var changed = Enum.TryParse<ApplicationStatus>(status, out var next) && Enum.IsDefined(next)
            && await review.ChangeStatusAsync(reference, next, note, origin, cancellationToken);
        Message = changed ? "StatusSaved" : "StatusChangeRefused";
        return RedirectToPage(new { call, reference });
    }

    private async Task<SubmittedApplication?> LoadAsync(string call, string reference, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().Include(a => a.Steps)
            .SingleOrDefaultAsync(a => a.ReferenceNumber == reference && a.CallKey == call, cancellationToken);
        if (application is not null)
        {
            Application = application;
            CallKey = call;
            CallTitle = await titles.TitleAsync(application.CallItemId, PathLanguage.Current.Culture, cancellationToken);
        }
        return application;
    }
}
