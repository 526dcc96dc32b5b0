using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PublicSite.Search.Analysis;

namespace PublicSite.Search.Indexing;

/// <summary>
/// One generation of the index opened for writing and searching: a <see cref="MappedReadDirectory"/> (FSDirectory.Open would pick
/// Lucene.Net's own memory-mapped directory, slow and crash-prone under parallel load in 4.8.0-beta00017), an IndexWriter, and a
/// SearcherManager over the writer for near-real-time reads with BM25.
/// </summary>
internal sealed class OpenIndex : IDisposable
{
    public const string PositionKey = "outboxPosition";
    public const string AnalysisKey = "analysisVersion";

    /// <summary>Marks a commit of a full rebuild, whose segments were written unmerged.</summary>
    public const string BulkBuiltKey = "bulkBuilt";

    private static readonly Similarity Bm25 = new BM25Similarity();

    // BM25 too, with coordination for the one query that asks for it (a relaxed search ranks by coverage).
    private static readonly Similarity Searching = new Querying.CoverageSimilarity();

    private readonly System.Threading.Lock _commit = new();

    private OpenIndex(string generation, FSDirectory directory, IndexWriter writer)
    {
        Generation = generation;
        Directory = directory;
        Writer = writer;
        Manager = new SearcherManager(writer, applyAllDeletes: true, new Bm25SearcherFactory());
        var data = writer.CommitData;
        Position = data.TryGetValue(PositionKey, out var position) ? long.Parse(position, CultureInfo.InvariantCulture) : -1;
        AnalysisVersion = data.TryGetValue(AnalysisKey, out var version) ? version : null;
        BulkBuilt = data.ContainsKey(BulkBuiltKey);
    }

    public string Generation { get; }

    public FSDirectory Directory { get; }

    public IndexWriter Writer { get; }

    public SearcherManager Manager { get; }

    /// <summary>The last outbox position whose changes this generation's last commit holds; -1 for none.</summary>
    public long Position { get; private set; }

    public string? AnalysisVersion { get; private set; }

    /// <summary>The last commit is a full rebuild's, not yet merged down.</summary>
    public bool BulkBuilt { get; private set; }

    public static OpenIndex Open(string path, string generation, SearchAnalysis analysis) =>
        Open(path, generation, analysis, 48, bulk: false);

    /// <summary>
    /// A writer for a full rebuild: no merging while writing (merges would compete with analysis for the cores) and no
    /// compound files (an extra copy of every segment); the site merges the result into one segment in the background
    /// (<see cref="MergeDown"/>). The buffer is moderate on purpose: what is left in it at the end is flushed on one
    /// thread, and with 256 MB that tail took 6 of 53 seconds over 100,000 documents; with 64 MB, under 2.
    /// </summary>
    public static OpenIndex OpenForRebuild(string path, string generation, SearchAnalysis analysis) =>
        Open(path, generation, analysis, 64, bulk: true);

    private static OpenIndex Open(string path, string generation, SearchAnalysis analysis, double ramBufferMb, bool bulk)
    {
        var directory = new MappedReadDirectory(path);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analysis.Analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = Bm25,
            RAMBufferSizeMB = ramBufferMb,
        };
        if (bulk)
        {
            config.MergePolicy = NoMergePolicy.NO_COMPOUND_FILES;
            config.UseCompoundFile = false;
        }
        return new OpenIndex(generation, directory, new IndexWriter(directory, config));
    }

    /// <summary>Makes the changes searchable first (a refresh is cheap), then durable with the outbox position.</summary>
    public void Publish(long position, string analysisVersion, bool bulkBuilt = false)
    {
        // A rebuild's writer is never searched (the site opens the generation afresh after the swap): opening a
        // reader on it would only add a second of one-threaded work at the end of the rebuild.
        if (!bulkBuilt)
        {
            Manager.MaybeRefreshBlocking();
        }
        Commit(position, analysisVersion, bulkBuilt);
    }

    /// <summary>
    /// Merges a rebuilt generation into one segment, then makes that searchable and durable. A query then looks each
    /// word up once instead of once per segment: 30 % less time per query over 100,000 documents. Runs beside the
    /// outbox sync (IndexWriter allows it); a commit in between only persists what the next commit would.
    /// </summary>
    public void MergeDown()
    {
        Writer.ForceMerge(1);
        Manager.MaybeRefreshBlocking();
        Commit(Position, AnalysisVersion ?? "", bulkBuilt: false);
    }

    public void Dispose()
    {
        Manager.Dispose();
        // A merge still running is abandoned: its segments are not committed and the next start merges again.
        Writer.Dispose(waitForMerges: false);
        Directory.Dispose();
    }

    private void Commit(long position, string analysisVersion, bool bulkBuilt)
    {
        lock (_commit)
        {
            var data = new Dictionary<string, string>
            {
                [PositionKey] = position.ToString(CultureInfo.InvariantCulture),
                [AnalysisKey] = analysisVersion,
            };
            if (bulkBuilt)
            {
                data[BulkBuiltKey] = "true";
            }
            Writer.SetCommitData(data);
            Writer.Commit();
            Position = position;
            AnalysisVersion = analysisVersion;
            BulkBuilt = bulkBuilt;
        }
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Searching };
    }
}
