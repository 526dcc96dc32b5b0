using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PublicSite.Cms.Data;
using PublicSite.Search.Indexing;

namespace PublicSite.Search.Sync;

/// <summary>
/// Builds the whole index from the database into a new generation folder, then makes it the current one. The
/// outbox position is read before the content, so events raised during the build are replayed afterwards.
/// Safe to run in another process (the <c>reindex</c> command) while the site runs: the site's IndexWriter is never
/// touched, and the site switches to the new generation on its next poll.
/// </summary>
public sealed class SearchIndexRebuilder(
    LuceneSearchIndex index, IServiceScopeFactory scopes, TimeProvider time, ILogger<SearchIndexRebuilder> logger)
{
    public async Task<RebuildReport> RebuildAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var folder = index.Folder;
        var generation = folder.NewGeneration(time.GetUtcNow());
        var count = 0;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var position = await db.Outbox.MaxAsync(e => (long?)e.Position, cancellationToken) ?? 0;
            // "Now" is read after the position: every event up to it was committed earlier, so what it announced is
            // visible now. Read before, a publication committed in between would be neither built nor replayed.
            var now = time.GetUtcNow();
            var source = scope.ServiceProvider.GetRequiredService<SearchDocumentSource>();
            using (var open = OpenIndex.OpenForRebuild(folder.PathOf(generation), generation, index.Analysis))
            {
                // Rows are read in one stream; turning them into text and analysing it, the costly part, runs on every core.
                var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
                await Parallel.ForEachAsync(source.ReadAllVisibleAsync(now.UtcDateTime, cancellationToken), parallel, async (variant, token) =>
                {
                    foreach (var document in await source.ToDocumentsAsync(variant, token))
                    {
                        open.Writer.AddDocument(IndexedDocument.Create(document));
                        Interlocked.Increment(ref count);
                    }
                });
                open.Publish(position, index.Analysis.Version, bulkBuilt: true);
            }
            folder.Activate(generation);
            logger.LogInformation("Search index rebuilt: {Count} documents at outbox position {Position} in {Elapsed} ms.",
                count, position, watch.ElapsedMilliseconds);
            return new RebuildReport(generation, count, position, watch.Elapsed);
        }
        catch
        {
            folder.Remove(generation);
            throw;
        }
    }
}
