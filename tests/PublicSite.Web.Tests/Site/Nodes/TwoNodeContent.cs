using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Auditing;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;

namespace PublicSite.Web.Tests.Site.Nodes;

/// <summary>What the two-node tests write to and read from the shared database through the CMS core.</summary>
internal static class TwoNodeContent
{
    /// <summary>A word no seed or other test uses, in lower-case letters (one token for every analyser), to find a test's items.</summary>
    public static string NewToken() => "tn" + new string(Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Take(10).ToArray());

    /// <summary>
    /// <paramref name="count"/> news drafts by <paramref name="author"/>, submitted for review, written in-process by
    /// the CMS services (as the manager's editor form does, less the HTTP round trips): preparing them is not what the
    /// test is about, and 200 form posts would cost seconds of CI. Returns the variants' ids.
    /// </summary>
    public static Task<List<Guid>> SubmitDraftsAsync(TwoNodes nodes, string token, int count, string author) => nodes.WithCmsAsync(async s =>
    {
        var workflow = s.GetRequiredService<EditorialService>();
        var ids = new List<Guid>();
        for (var i = 1; i <= count; i++)
        {
            var draft = await workflow.SaveDraftAsync(new ContentEdit
            {
                TypeKey = "news", Language = SiteLanguage.Chinese.Culture, Title = $"批量发布 {token} 第{i}条", Body = "批量发布的正文。",
                Fields = new NewsArticle { Date = new DateOnly(2026, 12, 3) },
            }, author, null, CancellationToken.None);
            await workflow.SubmitAsync(draft.Id, CancellationToken.None);
            ids.Add(draft.Id);
        }
        return ids;
    });

    /// <summary>One article published straight through the CMS core, for the nodes to serve once before the tests; returns its slug.</summary>
    public static Task<string> PublishWarmUpArticleAsync(TwoNodes nodes) => nodes.WithCmsAsync(async s =>
    {
        var draft = await s.GetRequiredService<ContentService>().SaveAsync(new ContentEdit
        {
            TypeKey = "news", Language = SiteLanguage.Chinese.Culture, Title = "预热文章 " + NewToken(), Body = "预热。",
            Fields = new NewsArticle { Date = new DateOnly(2026, 12, 1) },
        }, "warm-up", null, CancellationToken.None);
        await s.GetRequiredService<ContentService>().PublishAsync(draft.Id, "warm-up", null, null, CancellationToken.None);
        return draft.Slug;
    });

    public static Task<int> PublishedCountAsync(TwoNodes nodes, string? token = null) => nodes.WithCmsAsync(s =>
        s.GetRequiredService<CmsDbContext>().Variants
            .Where(v => v.State == VariantState.Published && v.Item.DeletedAt == null && (token == null || v.Title.Contains(token)))
            .CountAsync());

    /// <summary>
    /// What a crash must not leave behind, per variant: published without its publication revision, its one
    /// Published outbox event or its one audit entry (or with two of them); returns a line per broken variant.
    /// </summary>
    public static Task<List<string>> BrokenPublicationsAsync(TwoNodes nodes, IReadOnlyCollection<Guid> variantIds) => nodes.WithCmsAsync(async s =>
    {
        var db = s.GetRequiredService<CmsDbContext>();
        var variants = await db.Variants.AsNoTracking().Where(v => variantIds.Contains(v.Id)).ToListAsync();
        var revisions = await db.Revisions.AsNoTracking()
            .Where(r => variantIds.Contains(r.VariantId) && r.Note == RevisionNotes.Publication).GroupBy(r => r.VariantId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var events = await db.Outbox.AsNoTracking()
            .Where(e => e.VariantId != null && variantIds.Contains(e.VariantId.Value) && e.Kind == OutboxEventKind.Published)
            .GroupBy(e => e.VariantId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var subjects = variants.Select(v => $"{v.TypeKey}:{v.ItemId}:{v.Language}").ToList();
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditActions.Publish && subjects.Contains(e.Subject!))
            .GroupBy(e => e.Subject!).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        return variants.Select(v =>
        {
            var (revision, published, audited) = (revisions.GetValueOrDefault(v.Id), events.GetValueOrDefault(v.Id),
                audit.GetValueOrDefault($"{v.TypeKey}:{v.ItemId}:{v.Language}"));
            var whole = v.State == VariantState.Published
                ? v.IsAnnounced && revision == 1 && published == 1 && audited == 1
                : !v.IsAnnounced && revision == 0 && published == 0 && audited == 0;
            return whole ? null : $"{v.Title}: {v.State}, announced {v.IsAnnounced}, {revision} publication revisions, {published} Published events, {audited} audit entries";
        }).OfType<string>().ToList();
    });
}
