using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Publishing;
using PublicSite.Cms.Reading;
using PublicSite.Web.Features.Delivery;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Disclosure;

/// <summary>
/// A part of the column whose text editors write as a plain page (the guide, the rules): the page is found by its
/// content key, so editors may retitle it or change its slug without breaking the column's fixed address.
/// </summary>
public abstract class ColumnTextModel(PublishedContent content, ContentTypeRegistry types, ContentHtml html, PageMeta meta)
    : PageModel
{
    public SiteLanguage Language { get; private set; } = SiteLanguage.Chinese;

    public PageMeta Meta => meta;

    public string Title { get; private set; } = "";

    public string BodyHtml { get; private set; } = "";

    public abstract ColumnPart Part { get; }

    /// <summary>The content key of the plain page holding the part's text (<c>content-seed/pages/&lt;key&gt;.*.md</c>).</summary>
    protected abstract string PageKey { get; }

    public async Task<IActionResult> OnGetAsync(string lang, CancellationToken cancellationToken)
    {
        Language = SiteLanguage.FromCode(lang)!;
        var type = types.Get<PlainPage>();
        // The cache keeps this page until its item (or any plain page) changes.
        PageCacheTags.Add(HttpContext, PageCacheTags.Key(PageKey), PageCacheTags.Type(type.Key));
        var translation = (await content.FindByKeyAsync(type, PageKey, cancellationToken)).FirstOrDefault(t => t.Language == Language);
        var lookup = translation is null ? null : await content.FindAsync(type, Language, translation.Slug, cancellationToken);
        if (lookup?.Variant is not { } page)
        {
            return NotFound();
        }
        Title = page.Title;
        BodyHtml = html.Render(page.Body);
        meta.ForBothLanguages(Language, $"/{ColumnPart.Column}/{Part.Path}");
        meta.Section = ColumnPart.Column;
        meta.Title = page.Title;
        var metadata = ContentFields.Read<PlainPage>(page.Item.SharedFields, page.Fields);
        meta.Description = string.IsNullOrWhiteSpace(metadata.MetaDescription) ? page.Summary : metadata.MetaDescription;
        meta.SocialTitle = string.IsNullOrWhiteSpace(metadata.SocialTitle) ? null : metadata.SocialTitle;
        return Page();
    }
}
