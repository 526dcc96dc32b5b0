using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using PublicSite.Cms.Content;
using PublicSite.Cms.Reading;
using PublicSite.Web.Features.Feedback.Data;
using PublicSite.Web.Features.Shared;
using PublicSite.Web.Features.Traditional;

namespace PublicSite.Web.Features.Feedback;

/// <summary>
/// The second step of "is this page useful?": the content page's box (cached, so it carries no antiforgery token)
/// sends the reader here by GET with yes or no; this page, never cached, holds the token, the optional comment and
/// the honeypot. A valid post is stored and answered 303 to the content page's thank-you (post/redirect/get), in
/// the same language and reading; a refused comment comes back as typed with 422.
/// </summary>
[EnableRateLimiting(FeedbackRateLimitPolicy.Name)]
public sealed class SendModel(
    PublishedContent content, ContentTypeRegistry types, FeedbackDbContext db, PageMeta meta, IStringLocalizer<FeedbackText> text,
    TimeProvider time, ILogger<SendModel> logger) : PageModel
{
    public const string PathAfterLanguage = "/feedback";

    [BindProperty]
    public FeedbackForm Form { get; set; } = new();

    public SiteLanguage Language { get; private set; } = SiteLanguage.Chinese;

    public PageMeta Meta => meta;

    /// <summary>The title of the page the answer is about.</summary>
    public string ItemTitle { get; private set; } = "";

    /// <summary>The content page, where the reader goes back to.</summary>
    public string ItemPath { get; private set; } = "";

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(nameof(Form) + "." + field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public async Task<IActionResult> OnGetAsync(string lang, string? item, string? useful, CancellationToken cancellationToken)
    {
        Form.Item = item;
        Form.Useful = useful is FeedbackForm.Yes or FeedbackForm.No ? useful : null;
        return await FindItemAsync(lang, cancellationToken) is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string lang, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(Form.Website))
        {
            logger.LogWarning("A page feedback filled the honeypot field and was dropped.");
            return BadRequest();
        }
        if (await FindItemAsync(lang, cancellationToken) is not { } itemId)
        {
            // Not a page anyone can read now (withdrawn meanwhile, or a forged id): nothing to store it against.
            return BadRequest();
        }
        // Binding of the text-only form cannot fail; the checks below speak the page's language.
        ModelState.Clear();
        var problems = Form.Problems();
        foreach (var (field, key) in problems)
        {
            ModelState.AddModelError(nameof(Form) + "." + field, text[key, FeedbackForm.CommentMaxLength]);
        }
        if (problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        db.Answers.Add(new PageFeedback
        {
            ItemId = itemId,
            Language = Language.Culture,
            View = TraditionalReading.IsOn(HttpContext) ? FeedbackView.Traditional : Language.Code,
            Useful = Form.IsUseful!.Value,
            Comment = Form.CleanComment,
            ReceivedUtc = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        // A /zh-hant request's Location is sent back into the Traditional reading by its middleware.
        Response.Headers.Location = ItemPath + "?" + PageFeedbackBox.ThanksQuery + "#" + PageFeedbackBox.Anchor;
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    /// <summary>Reads the item the answer is about in the page's language and fills the page's meta data; null when there is none.</summary>
    private async Task<Guid?> FindItemAsync(string lang, CancellationToken cancellationToken)
    {
        Language = SiteLanguage.FromCode(lang)!;
        meta.Language = Language;
        meta.NoIndex = true;
        meta.Title = text["SendTitle"];
        meta.SwitchPath = SiteUrls.Home(Language.Other);
        if (!Guid.TryParseExact(Form.Item, "N", out var itemId))
        {
            return null;
        }
        var variants = await content.FindByIdAsync(itemId, cancellationToken);
        if (variants.FirstOrDefault(v => v.Language == Language.Culture) is not { } variant
            || types.Find(variant.TypeKey) is not { } type)
        {
            return null;
        }
        ItemTitle = variant.Title;
        ItemPath = SiteUrls.Item(Language, type.Section, variant.Slug);
        if (variants.Any(v => v.Language == Language.Other.Culture))
        {
            meta.SwitchPath = $"/{Language.Other.Code}{PathAfterLanguage}?item={itemId:N}";
        }
        return itemId;
    }
}
