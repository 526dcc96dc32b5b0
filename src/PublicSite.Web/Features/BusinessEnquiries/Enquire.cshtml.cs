using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using PublicSite.Cms.Content;
using PublicSite.Web.Features.PersonalData;
using PublicSite.Web.Features.Programmes;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.BusinessEnquiries;

/// <summary>
/// The enquiry form for enterprises of Portuguese-speaking countries: a plain HTML post (no JavaScript), antiforgery
/// checked by Razor Pages, a honeypot, and the applications' per-address rate limit on posts.
/// </summary>
[EnableRateLimiting(PersonalDataServiceCollectionExtensions.FormRateLimitPolicy)]
public sealed class EnquireModel(PageMeta meta, EnquiryReception reception, IStringLocalizer<BusinessEnquiriesText> text, ILogger<EnquireModel> logger) : PageModel
{
    public const string PathAfterLanguage = "/enterprises/enquiry";

    [BindProperty]
    public EnquiryForm Form { get; set; } = new();

    public SiteLanguage Language { get; private set; } = SiteLanguage.Chinese;

    public PageMeta Meta => meta;

    /// <summary>Set once the enquiry is stored: the page then shows the reference instead of the form.</summary>
    public string? ReceivedReference { get; private set; }

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(nameof(Form) + "." + field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public void OnGet(string lang)
    {
        Language = SiteLanguage.FromCode(lang)!;
        meta.ForBothLanguages(Language, PathAfterLanguage);
        meta.Title = text["EnquiryTitle"];
    }

    public async Task<IActionResult> OnPostAsync(string lang, CancellationToken cancellationToken)
    {
        OnGet(lang);
        meta.NoIndex = true;
        if (!string.IsNullOrEmpty(Form.Website))
        {
            logger.LogWarning("An enquiry filled the honeypot field and was dropped.");
            return BadRequest();
        }
        // Binding of the text-only form cannot fail; the checks below speak the page's language.
        ModelState.Clear();
        var problems = Form.Problems();
        foreach (var (field, key) in problems)
        {
            ModelState.AddModelError(nameof(Form) + "." + field, text[key]);
        }
        if (problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var enquiry = await reception.ReceiveAsync(Form, Language.Culture, cancellationToken);
        ReceivedReference = enquiry.ReferenceNumber;
        return Page();
    }
}
