using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Disclosure;

/// <summary>
/// A part of the column whose text editors write as a plain page (the guide, the rules): the page is found by its
/// content key, so editors may retitle it or change its slug without breaking the column's fixed address.
/// </summary>
public abstract class ColumnTextModel(CmsDbContext db, ContentTypeRegistry types, ContentHtml html, TimeProvider time, PageMeta meta)
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
        var typeKey = types.Get<PlainPage>().Key;
        var page = await db.Variants.AsNoTracking().VisibleAt(time.GetUtcNow().UtcDateTime)
            .Where(v => v.Item.Key == PageKey && v.TypeKey == typeKey && v.Language == Language.Culture)
            .Select(v => new { v.Title, v.Summary, v.Body })
            .FirstOrDefaultAsync(cancellationToken);
        if (page is null)
        {
            return NotFound();
        }
        Title = page.Title;
        BodyHtml = html.Render(page.Body);
        meta.ForBothLanguages(Language, $"/{ColumnPart.Column}/{Part.Path}");
        meta.Section = ColumnPart.Column;
        meta.Title = page.Title;
        meta.Description = page.Summary;
        return Page();
    }
}
