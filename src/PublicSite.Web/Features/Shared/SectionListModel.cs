using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicSite.Cms.Content;
using PublicSite.Cms.Reading;
using PublicSite.Web.Features.Delivery;

namespace PublicSite.Web.Features.Shared;

/// <summary>A paged list of one section's published items, newest first.</summary>
public class SectionListModel<T>(PublishedContent content, ContentTypeRegistry types, PageMeta meta)
    : PageModel where T : class, new()
{
    public const int PageSize = 20;

    public SiteLanguage Language { get; private set; } = SiteLanguage.Chinese;

    public PagedList<ContentSummary> List { get; private set; } = new([], 1, PageSize, 0);

    public PageMeta Meta => meta;

    public ContentTypeDescriptor ContentType => types.Get<T>();

    public async Task<IActionResult> OnGetAsync(string lang, [FromQuery] string? page, CancellationToken cancellationToken)
    {
        Language = SiteLanguage.FromCode(lang)!;
        // A page number that is not a number is treated as the first page rather than an error.
        var pageNumber = int.TryParse(page, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 1;
        PageCacheTags.Add(HttpContext, PageCacheTags.Type(ContentType.Key));
        List = await content.ListAsync(ContentType, Language, pageNumber, PageSize, cancellationToken);
        meta.ForBothLanguages(Language, "/" + ContentType.Section);
        meta.Section = ContentType.Section;
        await OnListedAsync(cancellationToken);
        return Page();
    }

    /// <summary>What a section adds to its listed items (e.g. news lead images) once they are read.</summary>
    protected virtual Task OnListedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
