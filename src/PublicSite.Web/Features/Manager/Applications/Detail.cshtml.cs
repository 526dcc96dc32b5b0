using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicSite.Web.Features.Programmes.Applications;
using PublicSite.Web.Features.Programmes.Applications.Data;
using PublicSite.Web.Features.Shared;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Manager.Applications;

/// <summary>One application: its details (ID and phone masked), its CV, its history, and the next status with a note.</summary>
[Authorize(Roles = ReviewRoles.Reviewers)]
public sealed class DetailModel(
    ApplicationsDbContext db, ApplicationsStorage storage, PersonalDataProtector protector, ApplicationReview review,
    CallTitles titles, IApplicationAuditTrail audit, IOptions<SiteOptions> site, PageMeta meta) : PageModel
{
    public SubmittedApplication Application { get; private set; } = null!;

    public string CallKey { get; private set; } = "";

    public string CallTitle { get; private set; } = "";

    [TempData]
    public string? Message { get; set; }

    public PageMeta Meta => meta;

    public async Task<IActionResult> OnGetAsync(string call, string reference, CancellationToken cancellationToken)
    {
        if (await LoadAsync(call, reference, cancellationToken) is not { } application)
        {
            return NotFound();
        }
        await audit.RecordAsync(new ApplicationAuditEntry(User.Identity?.Name, "applications.view", reference), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetCvAsync(string call, string reference, CancellationToken cancellationToken)
    {
        if (await LoadAsync(call, reference, cancellationToken) is not { } application || !System.IO.File.Exists(storage.CvPath(application.Id)))
        {
            return NotFound();
        }
        var pdf = protector.Unprotect(await System.IO.File.ReadAllBytesAsync(storage.CvPath(application.Id), cancellationToken));
        await audit.RecordAsync(new ApplicationAuditEntry(User.Identity?.Name, "applications.cv", reference), cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return File(pdf, "application/pdf", $"{reference}-cv.pdf");
    }

    public async Task<IActionResult> OnPostAsync(string call, string reference, [FromForm] string? status, [FromForm] string? note, CancellationToken cancellationToken)
    {
        if (await LoadAsync(call, reference, cancellationToken) is null)
        {
            return NotFound();
        }
        var origin = SiteUrls.Origin(site.Value.BaseUrl, Request);
        var changed = Enum.TryParse<ApplicationStatus>(status, out var next) && Enum.IsDefined(next)
            && await review.ChangeStatusAsync(reference, next, note, User.Identity?.Name, origin, cancellationToken);
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
            CallTitle = await titles.TitleAsync(application.CallItemId, "zh-CN", cancellationToken);
            meta.Title = reference;
            meta.NoIndex = true;
        }
        return application;
    }
}
