using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.Applications.Data;
using PublicSite.Web.Features.Mail;
using PublicSite.Web.Features.PersonalData;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Applications;

/// <summary>
/// The applicant's private status page: only the reference together with its secret token opens it; anything else
/// is "not found", so references cannot be tried one after another.
/// </summary>
public sealed class StatusModel(ApplicationsDbContext db, CmsDbContext cms, PersonalDataProtector protector, ContentTypeRegistry types, PageMeta meta)
    : PageModel
{
    public SiteLanguage Language { get; private set; } = SiteLanguage.Chinese;

    public SubmittedApplication Application { get; private set; } = null!;

    public string CallTitle { get; private set; } = "";

    public string? CallPath { get; private set; }

    public bool JustSubmitted { get; private set; }

    public PageMeta Meta => meta;

    public async Task<IActionResult> OnGetAsync(string lang, string reference, [FromQuery] string? token, [FromQuery] string? submitted, CancellationToken cancellationToken)
    {
        Language = SiteLanguage.FromCode(lang)!;
        if (!ReferenceNumber.IsWellFormed(reference) || string.IsNullOrEmpty(token))
        {
            return NotFound();
        }
        var application = await db.Applications.AsNoTracking().Include(a => a.Steps)
            .SingleOrDefaultAsync(a => a.ReferenceNumber == reference, cancellationToken);
        if (application is null || !StatusLinkToken.Matches(protector, application.StatusTokenEncrypted, token))
        {
            return NotFound();
        }
        Application = application;
        JustSubmitted = submitted == "1";

        var section = types.Get<ProgrammeCall>().Section;
        var variants = await cms.Variants.AsNoTracking().Where(v => v.ItemId == application.CallItemId)
            .Select(v => new { v.Language, v.Title, v.Slug }).ToListAsync(cancellationToken);
        var call = variants.FirstOrDefault(v => v.Language == Language.Culture) ?? variants.FirstOrDefault();
        CallTitle = call?.Title ?? application.CallKey;
        CallPath = call is null ? null : SiteUrls.Item(SiteLanguage.FromCulture(call.Language)!, section, call.Slug);

        // A private page: not indexed, not cached, its address (which holds the token) never sent on as a referrer.
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        meta.Language = Language;
        meta.NoIndex = true;
        meta.Section = section;
        meta.SwitchPath = ApplicantMail.StatusPath(Language.Other, reference, token);
        return Page();
    }
}
