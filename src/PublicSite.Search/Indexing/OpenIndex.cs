using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PublicSite.Search.Analysis;

namespace PublicSite.Search.Indexing;

/// <summary>
/// One generation of the index opened for writing and searching: NIOFSDirectory (FSDirectory.Open would pick
/// memory-mapped files, slow and crash-prone under parallel load in 4.8.0-beta00017), an IndexWriter, and a
/// SearcherManager over the writer for near-real-time reads with BM25.
/// </summary>
internal sealed class OpenIndex : IDisposable
{
    public const string PositionKey = "outboxPosition";
    public const string AnalysisKey = "analysisVersion";

    private static readonly Similarity Bm25 = new BM25Similarity();

    private OpenIndex(string generation, FSDirectory directory, IndexWriter writer)
    {
        Generation = generation;
        Directory = directory;
        Writer = writer;
        Manager = new SearcherManager(writer, applyAllDeletes: true, new Bm25SearcherFactory());
        var data = writer.CommitData;
        Position = data.TryGetValue(PositionKey, out var position) ? long.Parse(position, CultureInfo.InvariantCulture) : -1;
        AnalysisVersion = data.TryGetValue(AnalysisKey, out var version) ? version : null;
    }

    public string Generation { get; }

    public FSDirectory Directory { get; }

    public IndexWriter Writer { get; }

    public SearcherManager Manager { get; }

    /// <summary>The last outbox position whose changes this generation's last commit holds; -1 for none.</summary>
    public long Position { get; private set; }

    public string? AnalysisVersion { get; private set; }

    public static OpenIndex Open(string path, string generation, SearchAnalysis analysis) =>
        Open(path, generation, analysis, 48, bulk: false);

    /// <summary>
    /// A writer for a full rebuild: a large buffer, no merging while writing (merges would compete with analysis for
    /// the cores) and no compound files (an extra copy of every segment). The live writer merges small segments later.
    /// </summary>
    public static OpenIndex OpenForRebuild(string path, string generation, SearchAnalysis analysis) =>
        Open(path, generation, analysis, 256, bulk: true);

    private static OpenIndex Open(string path, string generation, SearchAnalysis analysis, double ramBufferMb, bool bulk)
    {
        var directory = new NIOFSDirectory(path);
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
    public void Publish(long position, string analysisVersion)
    {
        Manager.MaybeRefreshBlocking();
        Writer.SetCommitData(new Dictionary<string, string>
        {
            [PositionKey] = position.ToString(CultureInfo.InvariantCulture),
            [AnalysisKey] = analysisVersion,
        });
        Writer.Commit();
        Position = position;
        AnalysisVersion = analysisVersion;
    }

    public void Dispose()
    {
        Manager.Dispose();
        Writer.Dispose();
        Directory.Dispose();
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Bm25 };
    }
}
