using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Publishing;

namespace PublicSite.Cms.Reading;

public sealed partial class PublishedContent
{
    /// <summary>
    /// Outbox events after <paramref name="position"/> in order, each with its item's key and type and, when the
    /// language version is public now, its slug. Deleting an item that was never public raises an event too; it is
    /// left out so that the feed does not reveal that the draft existed.
    /// </summary>
    public async Task<List<ContentChange>> ChangesSinceAsync(long position, int limit, CancellationToken cancellationToken)
    {
        var rows = await db.Outbox.AsNoTracking()
            .Where(e => e.Position > position)
            .Where(e => e.Kind != OutboxEventKind.Deleted
                || db.Outbox.Any(p => p.ItemId == e.ItemId && p.Kind == OutboxEventKind.Published && p.Position < e.Position))
            .Join(db.Items, e => e.ItemId, i => i.Id, (e, i) => new { Event = e, i.Key, i.TypeKey })
            .OrderBy(x => x.Event.Position)
            .Take(limit)
            .ToListAsync(cancellationToken);
        var itemIds = rows.Select(r => r.Event.ItemId).Distinct().ToList();
        var slugs = (await TranslationsAsync(itemIds, cancellationToken))
            .SelectMany(t => t).ToDictionary(t => (t.ItemId, t.Language.Culture), t => t.Slug);
        return rows.Select(r => new ContentChange(
                r.Event, r.Key, types.Get(r.TypeKey),
                r.Event.Language is { } culture && slugs.TryGetValue((r.Event.ItemId, culture), out var slug) ? slug : null))
            .ToList();
    }

    /// <summary>
    /// The next instant at which time alone changes what the public sees — a scheduled publication, an expiry, a
    /// programme call closing — so that anything derived from the current state knows how long it stays true;
    /// null when nothing is scheduled.
    /// </summary>
    public async Task<DateTime?> NextScheduledChangeAsync(CancellationToken cancellationToken)
    {
        var live = db.Variants.AsNoTracking().Where(v => v.State == VariantState.Published && v.Item.DeletedAt == null);
        var publication = await live.Where(v => v.PublishAt > UtcNow).MinAsync(v => v.PublishAt, cancellationToken);
        var expiry = await live.Where(v => v.ExpireAt > UtcNow).MinAsync(v => v.ExpireAt, cancellationToken);
        // Calls are a handful a year; their deadline is a shared field, read from the item's JSON here.
        var programme = types.Get<Content.Types.ProgrammeCall>().Key;
        var calls = await Visible.Where(v => v.TypeKey == programme).Select(v => v.Item.SharedFields).Distinct().ToListAsync(cancellationToken);
        var closing = calls.Select(json => ContentFields.Read<Content.Types.ProgrammeCall>(json, null).Deadline?.UtcDateTime)
            .Where(d => d > UtcNow).Min();
        return new[] { publication, expiry, closing }.Where(d => d is not null).Min();
    }
}
