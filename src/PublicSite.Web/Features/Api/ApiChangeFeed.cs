using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;

namespace PublicSite.Web.Features.Api;

/// <summary>The CMS outbox as a public change feed, in <see cref="OutboxEvent.Position"/> order.</summary>
public sealed class ApiChangeFeed(CmsDbContext db, ContentTypeRegistry types, TimeProvider time)
{
    public async Task<ApiChangePage> ReadAsync(long since, int limit, ApiLinks links, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        // Deleting an item that was never public raises an event too; it must not reveal that the draft existed.
        var rows = await db.Outbox.AsNoTracking()
            .Where(e => e.Position > since)
            .Where(e => e.Kind != OutboxEventKind.Deleted
                || db.Outbox.Any(p => p.ItemId == e.ItemId && p.Kind == OutboxEventKind.Published && p.Position < e.Position))
            .Join(db.Items, e => e.ItemId, i => i.Id, (e, i) => new { Event = e, i.Key, i.TypeKey })
            .OrderBy(x => x.Event.Position)
            .Take(limit + 1)
            .ToListAsync(cancellationToken);
        var hasMore = rows.Count > limit;
        rows = rows.Take(limit).ToList();

        var itemIds = rows.Select(r => r.Event.ItemId).Distinct().ToList();
        var visible = (await db.Variants.AsNoTracking().VisibleAt(now)
                .Where(v => itemIds.Contains(v.ItemId))
                .Select(v => new { v.ItemId, v.Language, v.Slug })
                .ToListAsync(cancellationToken))
            .ToDictionary(v => (v.ItemId, v.Language), v => v.Slug);

        var changes = rows.Select(r =>
        {
            var type = types.Get(r.TypeKey);
            var language = SiteLanguage.FromCulture(r.Event.Language);
            var slug = language is not null && visible.TryGetValue((r.Event.ItemId, language.Culture), out var s) ? s : null;
            return new ApiChange(
                r.Event.Position, KindName(r.Event.Kind), new DateTimeOffset(DateTime.SpecifyKind(r.Event.OccurredAt, DateTimeKind.Utc)),
                r.Event.ItemId, r.Key, type.Key, r.Event.Language,
                slug is null ? null : links.Page(language!, type.Section, slug),
                slug is null ? null : links.Item(r.Event.ItemId, language!));
        }).ToList();
        var cursor = changes.Count > 0 ? changes[^1].Position : since;
        var limitQuery = limit == ChangesEndpoints.DefaultLimit ? "" : $"&limit={limit}";
        return new ApiChangePage(changes, cursor, hasMore, links.Api($"/changes?since={cursor}{limitQuery}"));
    }

    private static string KindName(OutboxEventKind kind) => kind switch
    {
        OutboxEventKind.Published => "published",
        OutboxEventKind.Updated => "updated",
        OutboxEventKind.Withdrawn => "withdrawn",
        OutboxEventKind.Expired => "expired",
        OutboxEventKind.Deleted => "deleted",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
