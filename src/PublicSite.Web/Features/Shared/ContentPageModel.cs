using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicSite.Cms.Content;
using PublicSite.Cms.Reading;
using PublicSite.Web.Features.Delivery;

namespace PublicSite.Web.Features.Shared;

/// <summary>
/// A public page showing one content item of type <typeparamref name="T"/>: looks it up by language and slug,
/// follows slug redirects, explains a missing translation and fills the page's meta data.
/// </summary>
public abstract class ContentPageModel<T>(PublishedContent content, ContentTypeRegistry types, ContentHtml html, PageMeta meta)
    : PageModel where T : class, new()
{
    public SiteLanguage Language { get; private set; } = SiteLanguage.Chinese;

    public ContentVariant Variant { get; private set; } = null!;

    public T Fields { get; private set; } = new();

    /// <summary>The body rendered from Markdown and sanitised on the server.</summary>
    public string BodyHtml { get; private set; } = "";

    /// <summary>Set when the page exists only in the other language; the view then shows a notice with a link.</summary>
    public MissingTranslation? Missing { get; private set; }

    public PageMeta Meta => meta;

    /// <summary>An editor is looking at unpublished text; the page says so and is never cached or indexed.</summary>
    public bool IsPreview { get; private set; }

    protected PublishedContent Published => content;

    /// <summary>Renders a Markdown field through the same sanitising pipeline as the body.</summary>
    public string Render(string? markdown) => html.Render(markdown);

    protected ContentTypeDescriptor ContentType => types.Get<T>();

    public async Task<IActionResult> OnGetAsync(string lang, string slug, CancellationToken cancellationToken)
    {
        Language = SiteLanguage.FromCode(lang)!;
        var section = ContentType.Section;
        meta.Language = Language;
        meta.Section = section;
        // Resolved only when asked for: almost every request is a reader's, who never previews.
        var preview = Request.Query.ContainsKey(ContentPreview.QueryKey)
            ? await HttpContext.RequestServices.GetRequiredService<ContentPreview>().FindAsync(ContentType, HttpContext, cancellationToken)
            : null;
        var lookup = preview ?? await content.FindAsync(ContentType, Language, slug, cancellationToken);
        IsPreview = preview is not null;
        meta.NoIndex |= IsPreview;
        meta.IsPreview = IsPreview;
        if (IsPreview)
        {
            Response.Headers.CacheControl = "no-store";
        }
        switch (lookup.Outcome)
        {
            case ContentLookupOutcome.Moved:
                return RedirectPermanent(SiteUrls.Item(Language, section, lookup.Slug!));
            case ContentLookupOutcome.NotFound:
                return NotFound();
            case ContentLookupOutcome.OnlyInOtherLanguage:
                PageCacheTags.Add(HttpContext, PageCacheTags.Item(lookup.OtherItemId!.Value), PageCacheTags.Type(ContentType.Key));
                var url = SiteUrls.Item(Language.Other, section, lookup.Slug!);
                Missing = new MissingTranslation(Language.Other, lookup.OtherTitle!, url, lookup.Catalogue?.PortugueseTitle, lookup.Catalogue?.PortugueseSummary);
                meta.Title = Missing.OwnTitle ?? lookup.OtherTitle!;
                meta.Description = Missing.OwnSummary;
                meta.NoIndex = true;
                meta.Alternates[Language.Other] = url;
                meta.SwitchPath = url;
                return Page();
        }

        Variant = lookup.Variant!;
        if (!IsPreview)
        {
            PageCacheTags.Add(HttpContext, PageCacheTags.Item(Variant.ItemId));
            meta.FeedbackItemId = OffersFeedback ? Variant.ItemId : null;
        }
        Fields = ContentFields.Read<T>(Variant.Item.SharedFields, Variant.Fields);
        BodyHtml = await HttpContext.RequestServices.GetRequiredService<Media.BodyImages>().EnhanceAsync(html.Render(Variant.Body), cancellationToken);
        meta.Title = Variant.Title;
        var metadata = Fields as IPageMetadata;
        meta.Description = string.IsNullOrWhiteSpace(metadata?.MetaDescription) ? Variant.Summary : metadata.MetaDescription;
        meta.SocialTitle = string.IsNullOrWhiteSpace(metadata?.SocialTitle) ? null : metadata.SocialTitle;
        meta.PublishedOn = Variant.Item.ListDate;
        meta.PublishedAtUtc = Variant.PublishAt;
        foreach (var (language, translatedSlug) in lookup.Translations!)
        {
            meta.Alternates[language] = SiteUrls.Item(language, section, translatedSlug);
        }
        meta.CanonicalPath = meta.Alternates[Language];
        meta.SwitchPath = meta.Alternates.GetValueOrDefault(Language.Other) ?? SiteUrls.Item(Language.Other, section, Variant.Slug);
        await OnFoundAsync(cancellationToken);
        return Page();
    }

    /// <summary>Whether the page ends with "is this page useful?"; a form page of its own (an application) does not.</summary>
    protected virtual bool OffersFeedback => true;

    /// <summary>Loads what a type's page needs beyond the item itself.</summary>
    protected virtual Task OnFoundAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
