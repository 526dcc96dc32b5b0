using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Reading;
using PublicSite.Web.Features.Delivery;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Programmes;

/// <summary>All calls: open ones first, soonest deadline first; closed ones after, still readable.</summary>
public sealed class IndexModel(PublishedContent content, ContentTypeRegistry types, PageMeta meta) : PageModel
{
    public SiteLanguage Language { get; private set; } = SiteLanguage.Chinese;

    public IReadOnlyList<(ContentSummary Summary, ProgrammeCall Call)> Calls { get; private set; } = [];

    public DateTimeOffset Now => new(content.UtcNow, TimeSpan.Zero);

    public PageMeta Meta => meta;

    public async Task<IActionResult> OnGetAsync(string lang, CancellationToken cancellationToken)
    {
        Language = SiteLanguage.FromCode(lang)!;
        var type = types.Get<ProgrammeCall>();
        PageCacheTags.Add(HttpContext, PageCacheTags.Type(type.Key));
        // Calls are few (a handful a year), so all of them are read and ordered by their deadline here.
        var all = await content.LatestAsync(type, Language, 500, cancellationToken);
        Calls = all.Select(s => (s, ContentFields.Read<ProgrammeCall>(s.SharedFields, null)))
            .OrderByDescending(c => c.Item2.IsOpenAt(Now))
            .ThenBy(c => c.Item2.IsOpenAt(Now) ? c.Item2.Deadline : null)
            .ThenByDescending(c => c.Item2.Deadline)
            .ToList();
        meta.ForBothLanguages(Language, "/" + type.Section);
        meta.Section = type.Section;
        return Page();
    }
}
