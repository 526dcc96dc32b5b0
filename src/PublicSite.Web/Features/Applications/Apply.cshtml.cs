using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Publishing;
using PublicSite.Cms.Reading;
using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.Mail;
using PublicSite.Web.Features.PersonalData;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Applications;

/// <summary>The application form of an open call: checked on the server, kept as typed when a check fails.</summary>
[EnableRateLimiting(PersonalDataServiceCollectionExtensions.FormRateLimitPolicy)]
[TypeFilter<ApplicationFormReader>]
public sealed class ApplyModel(
    PublishedContent content, ContentTypeRegistry types, ContentHtml html, PageMeta meta, ApplicationSubmission submission,
    SubmissionAllowance allowance, ApplicantMail mail, IOptions<ApplicationsOptions> options, IStringLocalizer<ApplicationsText> text,
    TimeProvider time, ILogger<ApplyModel> logger)
    : ContentPageModel<ProgrammeCall>(content, types, html, meta)
{
    [BindProperty]
    public ApplicationForm Form { get; set; } = new();

    [BindProperty]
    public IFormFile? Cv { get; set; }

    public bool IsOpen { get; private set; }

    public bool WasPosted { get; private set; }

    public ApplicationsOptions Options => options.Value;

    // The call's own page asks; the application form is a task, not something to rate.
    protected override bool OffersFeedback => false;

    public string CallPath => SiteUrls.Item(Language, ContentType.Section, Variant.Slug);

    // The fields in the order the form shows them; the error summary follows it (ModelState has no order).
    private static readonly string[] FieldOrder =
    [
        nameof(ApplicationForm.FullName), nameof(ApplicationForm.IdDocumentType), nameof(ApplicationForm.IdNumber),
        nameof(ApplicationForm.DateOfBirth), nameof(ApplicationForm.Email), nameof(ApplicationForm.PhoneRegion),
        nameof(ApplicationForm.Phone), nameof(ApplicationForm.School), nameof(ApplicationForm.Major),
        nameof(ApplicationForm.YearOfStudy), nameof(ApplicationForm.PreferredHost), nameof(ApplicationForm.Statement), nameof(Cv),
        nameof(ApplicationForm.PersonalConsent), nameof(ApplicationForm.SensitiveConsent),
        nameof(ApplicationForm.GuardianName), nameof(ApplicationForm.GuardianConsent),
    ];

    /// <summary>The errors in the order of the form's fields, for the summary at the top.</summary>
    public IEnumerable<(string Field, string Message)> Errors => ModelState
        .Where(e => e.Value?.Errors.Count > 0)
        .Select(e => (e.Key, e.Value!.Errors[0].ErrorMessage))
        .OrderBy(e => Array.IndexOf(FieldOrder, e.Key.StartsWith("Form.", StringComparison.Ordinal) ? e.Key[5..] : e.Key));

    /// <summary>Where the summary links an error to: its field, or the form's first field for an error of the whole post.</summary>
    public static string Anchor(string key) => key.Length == 0 ? "Form_FullName" : key.StartsWith("Form.", StringComparison.Ordinal) ? "Form_" + key[5..] : key;

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public async Task<IActionResult> OnPostAsync(string lang, string slug, CancellationToken cancellationToken)
    {
        // The call is looked up exactly as for reading the form.
        var found = await OnGetAsync(lang, slug, cancellationToken);
        if (found is not PageResult || Missing is not null)
        {
            return Missing is null ? found : NotFound();
        }
        WasPosted = true;
        if (!string.IsNullOrEmpty(Form.Website))
        {
            logger.LogWarning("A submission to {Call} filled the honeypot field and was dropped.", Variant.Item.Key);
            return BadRequest();
        }
        if (!IsOpen)
        {
            return Page();
        }

        // Binding problems of the text-only form cannot occur; the checks below speak the page's language.
        ModelState.Clear();
        var reading = HttpContext.Features.Get<ApplicationFormReading>()?.Problem ?? FormReadProblem.None;
        var maxCv = FileSizes.Format(options.Value.CvMaxBytes, Language);
        if (reading is FormReadProblem.BodyTooLarge or FormReadProblem.Unreadable)
        {
            // Part of the post is missing: what was read is shown again, with the one error that explains the rest.
            var tooLarge = reading == FormReadProblem.BodyTooLarge;
            ModelState.AddModelError(tooLarge ? nameof(Cv) : "", tooLarge ? text["FormTooLarge", maxCv] : text["FormUnreadable"]);
            Response.StatusCode = tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
            return Page();
        }
        var today = SiteClock.ChinaDate(time.GetUtcNow().UtcDateTime);
        var (errors, valid) = ApplicationFormValidator.Validate(Form, today, options.Value);
        foreach (var error in errors)
        {
            ModelState.AddModelError(nameof(Form) + "." + error.Field, text[error.MessageKey, Options.MinimumAge, Options.MaximumAge]);
        }
        var (cv, cvError) = reading == FormReadProblem.CvTooLarge
            ? (null, "CvTooLarge")
            : await CvDocument.ReadAsync(Cv, options.Value.CvMaxBytes, cancellationToken);
        if (cvError is not null)
        {
            ModelState.AddModelError(nameof(Cv), text[cvError, maxCv]);
        }
        if (valid is null || cv is null)
        {
            if (cvError == "CvTooLarge")
            {
                Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            }
            return Page();
        }
        var (allowed, retryAfter) = allowance.TryTake(HttpContext);
        if (!allowed)
        {
            var minutes = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));
            logger.LogWarning("An application to {Call} was refused: the client's allowance of submissions is used up.", Variant.Item.Key);
            Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError("", text["TooManySubmissions", minutes]);
            return Page();
        }

        var call = new CallReference(Variant.ItemId, Variant.Item.Key, Fields.Kind ?? ProgrammeKind.Internship, Fields.Deadline!.Value);
        var outcome = await submission.SubmitAsync(call, valid, Language.Culture, cv, cancellationToken);
        if (outcome.Result == SubmissionResult.Closed)
        {
            IsOpen = false;
            return Page();
        }

        var application = outcome.Application!;
        var origin = PublicAddress.BaseUrl(HttpContext);
        await mail.SendConfirmationAsync(application, Variant.Title, ApplicantMail.StatusUrl(origin, application, outcome.StatusToken!),
            outcome.RepeatsSameEmail, cancellationToken);
        return Redirect(ApplicantMail.StatusPath(Language, application.ReferenceNumber, outcome.StatusToken!) + "&submitted=1");
    }

    protected override Task OnFoundAsync(CancellationToken cancellationToken)
    {
        IsOpen = Fields.IsOpenAt(time.GetUtcNow());
        Meta.Title = text["ApplyTitle", Variant.Title];
        foreach (var language in Meta.Alternates.Keys.ToList())
        {
            Meta.Alternates[language] += "/apply";
        }
        Meta.CanonicalPath = Meta.Alternates[Language];
        Meta.SwitchPath += "/apply";
        return Task.CompletedTask;
    }
}
