using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Reading;
using PublicSite.Web.Features.Delivery;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Events;

/// <summary>All events, the next one first; past events after, still readable.</summary>
public sealed class IndexModel(PublishedContent content, ContentTypeRegistry types, PageMeta meta) : PageModel
{
    public SiteLanguage Language { get; private set; } = SiteLanguage.Chinese;

    public IReadOnlyList<(ContentSummary Summary, BusinessEvent Event)> Events { get; private set; } = [];

    public DateTimeOffset Now => new(content.UtcNow, TimeSpan.Zero);

    public PageMeta Meta => meta;

    public async Task<IActionResult> OnGetAsync(string lang, CancellationToken cancellationToken)
    {
        Language = SiteLanguage.FromCode(lang)!;
        var type = types.Get<BusinessEvent>();
        PageCacheTags.Add(HttpContext, PageCacheTags.Type(type.Key));
        // The office runs a few events a year: all are read and ordered here.
        var all = await content.LatestAsync(type, Language, 500, cancellationToken);
        Events = all.Select(s => (s, ContentFields.Read<BusinessEvent>(s.SharedFields, null)))
            .OrderByDescending(e => e.Item2.EndsAt >= Now)
            .ThenBy(e => e.Item2.EndsAt >= Now ? e.Item2.StartsAt : null)
            .ThenByDescending(e => e.Item2.StartsAt)
            .ToList();
        meta.ForBothLanguages(Language, "/" + type.Section);
        meta.Section = type.Section;
        return Page();
    }
}
