using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;
using PublicSite.Search.Indexing;

namespace PublicSite.Search.Sync;

/// <summary>
/// Follows the CMS outbox into the index in position order. Each event only says what to look at again; the
/// variant (or, for a deletion, the whole item) is re-read and indexed if visible now, else removed. Each batch is
/// made searchable, then committed with the position it reached, so a restart goes on from there.
/// </summary>
public sealed class SearchIndexSync(
    LuceneSearchIndex index, SearchIndexRebuilder rebuilder, IServiceScopeFactory scopes, TimeProvider time, ILogger<SearchIndexSync> logger) : IDisposable
{
    public const int BatchSize = 500;

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>
    /// Opens the index (switching to a generation rebuilt elsewhere), rebuilds it when missing or analysed
    /// differently, then applies every outbox event after its position. Returns how many events were applied.
    /// </summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            index.OpenCurrent();
            if (index.NeedsRebuild)
            {
                logger.LogInformation("The search index is missing or was analysed differently; rebuilding it.");
                await rebuilder.RebuildAsync(cancellationToken);
                index.OpenCurrent();
            }
            var applied = 0;
            while (true)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
                var position = index.AppliedPosition;
                var events = await db.Outbox.AsNoTracking()
                    .Where(e => e.Position > position).OrderBy(e => e.Position).Take(BatchSize)
                    .ToListAsync(cancellationToken);
                if (events.Count == 0)
                {
                    return applied;
                }
                await ApplyAsync(events, scope.ServiceProvider.GetRequiredService<SearchDocumentSource>(), cancellationToken);
                index.Publish(events[^1].Position);
                applied += events.Count;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A full rebuild in this process, swapped in when done (the <c>reindex</c> command runs the rebuilder alone).</summary>
    public async Task<RebuildReport> RebuildAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var report = await rebuilder.RebuildAsync(cancellationToken);
            index.OpenCurrent();
            return report;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task ApplyAsync(IReadOnlyList<OutboxEvent> events, SearchDocumentSource source, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        // Every event re-reads its whole item: a variant's change can add or remove another document of the item
        // (a Portuguese variant published replaces the Chinese-only item's Portuguese catalogue document), and a
        // restored item brings back its visible variants. An item has two variants at most; this costs little.
        foreach (var itemId in events.Select(e => e.ItemId).Distinct())
        {
            index.DeleteItem(itemId);
            foreach (var document in await source.ReadItemAsync(itemId, now, cancellationToken))
            {
                index.Upsert(document);
            }
        }
    }
}
