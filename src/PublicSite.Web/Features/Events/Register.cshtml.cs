using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Reading;
using PublicSite.Web.Features.EventRegistrations;
using PublicSite.Web.Features.PersonalData;
using PublicSite.Web.Features.Programmes;
using PublicSite.Web.Features.Shared;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Events;

/// <summary>
/// The registration form of an event: a plain HTML post (no JavaScript), antiforgery checked by Razor Pages, a honeypot,
/// the applications' per-address rate limit, typed input kept on errors. Seats and deadline are decided by the
/// <see cref="RegistrationDesk"/> at the moment of posting.
/// </summary>
[EnableRateLimiting(PersonalDataServiceCollectionExtensions.FormRateLimitPolicy)]
public sealed class RegisterModel(
    PublishedContent content, ContentTypeRegistry types, ContentHtml html, PageMeta meta, RegistrationDesk desk,
    IStringLocalizer<EventRegistrationsText> text, ILogger<RegisterModel> logger)
    : ContentPageModel<BusinessEvent>(content, types, html, meta)
{
    [BindProperty]
    public RegistrationForm Form { get; set; } = new();

    public DateTimeOffset Now => new(Published.UtcNow, TimeSpan.Zero);

    public string EventPath => SiteUrls.Item(Language, ContentType.Section, Variant.Slug);

    /// <summary>Set once the registration is stored: the page then shows the reference and the outcome instead of the form.</summary>
    public EventRegistration? Registered { get; private set; }

    /// <summary>The deadline passed (or the event began) before this post was taken.</summary>
    public bool ClosedOnPost { get; private set; }

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(nameof(Form) + "." + field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public async Task<IActionResult> OnPostAsync(string lang, string slug, CancellationToken cancellationToken)
    {
        var found = await OnGetAsync(lang, slug, cancellationToken);
        if (found is not PageResult || Missing is not null)
        {
            return Missing is null ? found : NotFound();
        }
        Meta.NoIndex = true;
        if (!string.IsNullOrEmpty(Form.Website))
        {
            logger.LogWarning("A registration for {Event} filled the honeypot field and was dropped.", Variant.Item.Key);
            return BadRequest();
        }
        // Binding of the text-only form cannot fail; the checks below speak the page's language.
        ModelState.Clear();
        var problems = Form.Problems(Fields.MeetingInterests);
        foreach (var (field, key) in problems)
        {
            ModelState.AddModelError(nameof(Form) + "." + field, text[key]);
        }
        if (problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var listing = new RegistrableEvent(Variant.Item.Key, Variant.Title, PublicAddress.BaseUrl(HttpContext) + EventPath, Fields);
        var (outcome, registration) = await desk.RegisterAsync(listing, Form, Language.Culture, cancellationToken);
        if (outcome == RegistrationOutcome.Closed)
        {
            ClosedOnPost = true;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        Registered = registration;
        return Page();
    }
}
