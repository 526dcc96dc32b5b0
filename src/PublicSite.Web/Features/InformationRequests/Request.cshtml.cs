using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using PublicSite.Cms.Content;
using PublicSite.Web.Features.Disclosure;
using PublicSite.Web.Features.PersonalData;
using PublicSite.Web.Features.Programmes;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.InformationRequests;

/// <summary>依申请公开: the guide and the online request form (Art. 27–33), checked on the server, kept as typed on errors.</summary>
[EnableRateLimiting(PersonalDataServiceCollectionExtensions.FormRateLimitPolicy)]
public sealed class RequestModel(
    PageMeta meta, RequestSubmission submission, RequestMail mail, SubmissionAllowance allowance,
    IStringLocalizer<InformationRequestsText> text, ILogger<RequestModel> logger) : PageModel
{
    // The fields in the order the form shows them; the error summary follows it (ModelState has no order).
    private static readonly string[] FieldOrder =
    [
        nameof(RequestForm.ApplicantKind), nameof(RequestForm.Name), nameof(RequestForm.IdDocumentType), nameof(RequestForm.IdNumber),
        nameof(RequestForm.CreditCode), nameof(RequestForm.OrganisationKind), nameof(RequestForm.Address), nameof(RequestForm.Phone), nameof(RequestForm.Email),
        nameof(RequestForm.Description), nameof(RequestForm.DocumentNumber), nameof(RequestForm.InformationForm),
        nameof(RequestForm.Delivery), nameof(RequestForm.PersonalConsent),
    ];

    public SiteLanguage Language { get; private set; } = SiteLanguage.Chinese;

    public PageMeta Meta => meta;

    [BindProperty]
    public RequestForm Form { get; set; } = new();

    public IEnumerable<(string Field, string Message)> Errors => ModelState
        .Where(e => e.Value?.Errors.Count > 0)
        .Select(e => (e.Key, e.Value!.Errors[0].ErrorMessage))
        .OrderBy(e => Array.IndexOf(FieldOrder, e.Key.StartsWith("Form.", StringComparison.Ordinal) ? e.Key[5..] : e.Key));

    public static string Anchor(string key) => key.Length == 0 ? "Form_ApplicantKind" : "Form_" + key.Replace("Form.", "", StringComparison.Ordinal);

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue("Form." + field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public void OnGet(string lang) => Describe(lang);

    public async Task<IActionResult> OnPostAsync(string lang, CancellationToken cancellationToken)
    {
        Describe(lang);
        if (!string.IsNullOrEmpty(Form.Website))
        {
            logger.LogWarning("A request for information filled the honeypot field and was dropped.");
            return BadRequest();
        }
        // The form is text only: binding cannot fail in a way the checks below do not explain in the page's language.
        ModelState.Clear();
        var (errors, valid) = RequestFormValidator.Validate(Form);
        foreach (var error in errors)
        {
            // Each message names its field, so the summary at the top reads on its own.
            ModelState.AddModelError("Form." + error.Field, text[error.MessageKey, text["Field_" + error.Field]]);
        }
        if (valid is null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        var (allowed, retryAfter) = allowance.TryTake(HttpContext);
        if (!allowed)
        {
            Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError("", text["TooManyRequests", Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes))]);
            return Page();
        }
        var (request, token) = await submission.SubmitAsync(valid, Language.Culture, cancellationToken);
        var path = RequestMail.StatusPath(Language, request.ReferenceNumber, token);
        await mail.SendReceivedAsync(request, PublicAddress.BaseUrl(HttpContext) + path, cancellationToken);
        return Redirect(path + "&submitted=1");
    }

    private void Describe(string lang)
    {
        Language = SiteLanguage.FromCode(lang)!;
        meta.ForBothLanguages(Language, $"/{ColumnPart.Column}/{ColumnPart.Request.Path}");
        meta.Section = ColumnPart.Column;
    }
}
