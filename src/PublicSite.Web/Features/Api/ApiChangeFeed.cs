using PublicSite.Cms.Content;
using PublicSite.Cms.Publishing;
using PublicSite.Cms.Reading;

namespace PublicSite.Web.Features.Api;

/// <summary>The CMS outbox as a public change feed, in <see cref="OutboxEvent.Position"/> order.</summary>
public sealed class ApiChangeFeed(PublishedContent content)
{
    public async Task<ApiChangePage> ReadAsync(long since, int limit, ApiLinks links, CancellationToken cancellationToken)
    {
        var rows = await content.ChangesSinceAsync(since, limit + 1, cancellationToken);
        var hasMore = rows.Count > limit;
        var changes = rows.Take(limit).Select(r =>
        {
            var language = SiteLanguage.FromCulture(r.Event.Language);
            var slug = language is null ? null : r.Slug;
            return new ApiChange(
                r.Event.Position, KindName(r.Event.Kind), new DateTimeOffset(DateTime.SpecifyKind(r.Event.OccurredAt, DateTimeKind.Utc)),
                r.Event.ItemId, r.ItemKey, r.Type.Key, r.Event.Language,
                slug is null ? null : links.Page(language!, r.Type.Section, slug),
                slug is null ? null : links.Item(r.Event.ItemId, language!));
        }).ToList();
        var cursor = changes.Count > 0 ? changes[^1].Position : since;
        var limitQuery = limit == ApiRange.ChangesLimit.Default ? "" : $"&limit={limit}";
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
