using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;
using PublicSite.Web.Features.Feedback.Data;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Feedback.Manager;

/// <summary>Readers' answers per page for the office: yes/no counts, newest first, and each page's comments with their time in China.</summary>
[Authorize(Policy = EditorRoles.CanEdit)]
public sealed class AnswersModel(FeedbackDbContext feedback, CmsDbContext cms, ContentTypeRegistry types) : PageModel
{
    public IReadOnlyList<PageFeedbackSummary> Pages { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var counts = await feedback.Answers.AsNoTracking()
            .GroupBy(a => a.ItemId)
            .Select(g => new { ItemId = g.Key, Yes = g.Count(a => a.Useful), No = g.Count(a => !a.Useful), Latest = g.Max(a => a.ReceivedUtc) })
            .ToListAsync(cancellationToken);
        var comments = (await feedback.Answers.AsNoTracking()
                .Where(a => a.Comment != null)
                .Select(a => new { a.Id, a.ItemId, a.View, a.Useful, Comment = a.Comment!, a.ReceivedUtc })
                .ToListAsync(cancellationToken))
            .OrderByDescending(a => a.ReceivedUtc).ThenByDescending(a => a.Id)
            .ToLookup(a => a.ItemId, a => new FeedbackComment(a.View, a.Useful, a.Comment, SiteClock.ToChina(a.ReceivedUtc)));
        var ids = counts.Select(c => c.ItemId).ToList();
        // Any state: an editor wants to know what readers said of a page withdrawn since.
        var variants = (await cms.Variants.AsNoTracking().Where(v => ids.Contains(v.ItemId))
                .Select(v => new { v.ItemId, v.Language, v.TypeKey, v.Slug, v.Title })
                .ToListAsync(cancellationToken))
            .ToLookup(v => v.ItemId);
        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        Pages = counts
            .OrderByDescending(c => c.Latest)
            .Select(c =>
            {
                var own = variants[c.ItemId].OrderBy(v => v.Language == culture ? 0 : v.Language == SiteLanguage.Chinese.Culture ? 1 : 2).FirstOrDefault();
                var path = own is not null && types.Find(own.TypeKey) is { } type && SiteLanguage.FromCulture(own.Language) is { } language
                    ? SiteUrls.Item(language, type.Section, own.Slug)
                    : null;
                return new PageFeedbackSummary(c.ItemId, own?.Title, path, c.Yes, c.No, SiteClock.ToChina(c.Latest), [.. comments[c.ItemId]]);
            })
            .ToList();
    }
}

/// <summary>One page's answers as the list shows them; the title is null when the item is gone.</summary>
public sealed record PageFeedbackSummary(
    Guid ItemId, string? Title, string? Path, int Yes, int No, DateTime LatestChina, IReadOnlyList<FeedbackComment> Comments);

/// <summary>A reader's comment: hostile input, always written HTML-encoded (Razor's default).</summary>
public sealed record FeedbackComment(string View, bool Useful, string Text, DateTime ReceivedChina);
