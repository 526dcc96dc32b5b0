using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Reading;
using PublicSite.Web.Features.Delivery;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Home;

/// <summary>The home page: latest notices, latest park news and the calls open now.</summary>
public sealed class IndexModel(PublishedContent content, ContentTypeRegistry types, PageMeta meta) : PageModel
{
    public SiteLanguage Language { get; private set; } = SiteLanguage.Chinese;

    public IReadOnlyList<ContentSummary> Notices { get; private set; } = [];

    public IReadOnlyList<ContentSummary> News { get; private set; } = [];

    public IReadOnlyList<ContentSummary> OpenCalls { get; private set; } = [];

    public PageMeta Meta => meta;

    public async Task<IActionResult> OnGetAsync(string lang, CancellationToken cancellationToken)
    {
        Language = SiteLanguage.FromCode(lang)!;
        PageCacheTags.Add(HttpContext, PageCacheTags.Type(types.Get<DisclosedDocument>().Key), PageCacheTags.Type(types.Get<NewsArticle>().Key),
            PageCacheTags.Type(types.Get<ProgrammeCall>().Key));
        Notices = await content.LatestAsync(types.Get<DisclosedDocument>(), Language, 8, cancellationToken);
        News = await content.LatestAsync(types.Get<NewsArticle>(), Language, 6, cancellationToken);
        var now = new DateTimeOffset(content.UtcNow, TimeSpan.Zero);
        OpenCalls = (await content.LatestAsync(types.Get<ProgrammeCall>(), Language, 100, cancellationToken))
            .Where(s => ContentFields.Read<ProgrammeCall>(s.SharedFields, null).IsOpenAt(now))
            .ToList();
        meta.ForBothLanguages(Language, "/");
        meta.Section = "";
        return Page();
    }
}
