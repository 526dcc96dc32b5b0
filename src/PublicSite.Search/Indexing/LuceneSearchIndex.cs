using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;
using PublicSite.Search.Analysis;

namespace PublicSite.Search.Indexing;

/// <summary>
/// The site's search index under <c>search-index/</c>: one IndexWriter for the process on the current generation,
/// searched through a SearcherManager refreshed after each batch. Writes come from one place at a time (the outbox
/// sync); searches run concurrently and keep their searcher even while a rebuilt generation is swapped in.
/// </summary>
public sealed class LuceneSearchIndex(string root, SearchAnalysis analysis, ILogger<LuceneSearchIndex> logger) : IDisposable
{
    private readonly IndexFolder _folder = new(root);
    private readonly Lock _swap = new();
    private volatile OpenIndex? _open;
    private Task _merging = Task.CompletedTask;

    public string Root => _folder.Root;

    public SearchAnalysis Analysis => analysis;

    public bool IsOpen => _open is not null;

    /// <summary>The outbox position the open generation has applied; -1 when there is none.</summary>
    public long AppliedPosition => _open?.Position ?? -1;

    /// <summary>No index yet, or one written with other analysis.</summary>
    public bool NeedsRebuild => _open is not { } open || open.AnalysisVersion != analysis.Version;

    internal IndexFolder Folder => _folder;

    /// <summary>The background merge of a rebuilt generation; completed when there is none.</summary>
    internal Task Merging => _merging;

    /// <summary>Opens the generation <c>current</c> names, or switches to it when a rebuild replaced it; true if it changed.</summary>
    public bool OpenCurrent()
    {
        var generation = _folder.CurrentGeneration();
        if (generation is null || generation == _open?.Generation)
        {
            return false;
        }
        lock (_swap)
        {
            var next = OpenIndex.Open(_folder.PathOf(generation), generation, analysis);
            var previous = _open;
            _open = next;
            // Searches that acquired a searcher of the old generation finish on it: its files stay readable.
            previous?.Dispose();
            _folder.RemoveOthers(generation);
            logger.LogInformation("Search index generation {Generation} open at outbox position {Position}.", generation, next.Position);
            if (next.BulkBuilt)
            {
                _merging = Task.Run(() => MergeDown(next));
            }
            return true;
        }
    }

    /// <summary>A rebuild writes several unmerged segments, fast to write but slower to search: merged here, while searches go on.</summary>
    private void MergeDown(OpenIndex open)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            open.MergeDown();
            logger.LogInformation("Search index generation {Generation} merged into one segment in {Elapsed} ms.", open.Generation, watch.ElapsedMilliseconds);
        }
        catch (Exception e) when (_open != open && e is ObjectDisposedException or Lucene.Net.Index.MergePolicy.MergeAbortedException)
        {
            // Replaced or shut down meanwhile: the next open merges again if it is still needed.
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Searching still works on the unmerged segments; only slower.
            logger.LogWarning(e, "Merging search index generation {Generation} failed.", open.Generation);
        }
    }

    public void Upsert(SearchDocument document) =>
        Writer.UpdateDocument(new Term(SearchFields.Id, IndexedDocument.Key(document.VariantId)), IndexedDocument.Create(document));

    public void DeleteVariant(Guid variantId) => Writer.DeleteDocuments(new Term(SearchFields.Id, IndexedDocument.Key(variantId)));

    public void DeleteItem(Guid itemId) => Writer.DeleteDocuments(new Term(SearchFields.Item, IndexedDocument.Key(itemId)));

    /// <summary>Makes the batch searchable, then commits it with the outbox position it reached.</summary>
    public void Publish(long position) => (_open ?? throw NotOpen()).Publish(position, analysis.Version);

    /// <summary>Runs <paramref name="read"/> on the latest searcher; <paramref name="whenClosed"/> when there is no index yet.</summary>
    public T Read<T>(Func<IndexSearcher, T> read, T whenClosed)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var open = _open;
            if (open is null)
            {
                return whenClosed;
            }
            IndexSearcher searcher;
            try
            {
                searcher = open.Manager.Acquire();
            }
            catch (ObjectDisposedException)
            {
                continue; // swapped for a rebuilt generation between the read of _open and Acquire
            }
            try
            {
                return read(searcher);
            }
            finally
            {
                open.Manager.Release(searcher);
            }
        }
        return whenClosed;
    }

    public void Dispose()
    {
        lock (_swap)
        {
            var open = _open;
            _open = null;
            open?.Dispose();
        }
    }

    private IndexWriter Writer => (_open ?? throw NotOpen()).Writer;

    private static InvalidOperationException NotOpen() => new("The search index is not open; build it first.");
}
