using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PublicSite.Cms;
using PublicSite.Cms.Data;
using PublicSite.Search;
using PublicSite.Search.Benchmark;
using PublicSite.Search.Indexing;
using PublicSite.Search.Querying;
using PublicSite.Search.Sync;

// dotnet run -c Release --project benchmarks/PublicSite.Search.Benchmark [-- --docs 100000 --seconds 10 --publishes 20]
var settings = BenchmarkSettings.Parse(args);
var work = settings.WorkFolder is { } kept ? Path.GetFullPath(kept) : Path.Combine(Path.GetTempPath(), "publicsite-search-benchmark-" + Guid.NewGuid().ToString("N")[..8]);
// A kept folder with a database and an index from an earlier run: only the queries are timed again.
var reuse = settings.WorkFolder is not null && File.Exists(Path.Combine(work, "cms.db")) && Directory.Exists(Path.Combine(work, "search-index"));
Directory.CreateDirectory(work);
Report.Line($"PublicSite search benchmark: {settings.Documents:N0} documents, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");

var services = new ServiceCollection()
    .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
    .AddCms(Path.Combine(work, "cms.db"))
    .AddSearchIndex(_ => Path.Combine(work, "search-index"))
    .BuildServiceProvider();
try
{
    await using (var scope = services.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }
    var index = services.GetRequiredService<LuceneSearchIndex>();

    var watch = Stopwatch.StartNew();
    var corpus = new SyntheticCorpus(Path.Combine(AppContext.BaseDirectory, "content-seed"), settings.Seed);
    var documents = Enumerable.Range(1, settings.Documents).Select(corpus.Create).ToList();
    var chinese = documents.Count(d => d.Language == "zh-CN");
    Report.Line($"corpus: {chinese:N0} Chinese + {documents.Count - chinese:N0} Portuguese, {documents.Average(d => d.Title.Length + (d.Summary?.Length ?? 0) + d.Text.Length):N0} characters a document on average, made in {watch.Elapsed.TotalSeconds:N1} s");

    if (settings.ProfileAnalysis)
    {
        Phases.ProfileAnalysis(index.Analysis, documents);
    }
    if (settings.MemoryIndexing)
    {
        var indexing = Phases.IndexInMemory(index, documents);
        Report.Line($"indexing prepared documents (no database): {documents.Count / indexing.Elapsed.TotalSeconds:N0} documents/s ({indexing.Elapsed.TotalSeconds:N1} s on {Environment.ProcessorCount} threads), index size {indexing.Bytes / 1048576.0:N1} MiB");
    }

    RebuildReport? rebuild = null;
    if (!reuse)
    {
        watch.Restart();
        await using (var scope = services.CreateAsyncScope())
        {
            await CorpusDatabase.InsertAsync(scope.ServiceProvider.GetRequiredService<CmsDbContext>(), documents, CancellationToken.None);
        }
        Report.Line($"(setup: corpus written to SQLite in {watch.Elapsed.TotalSeconds:N1} s)");
    }
    index.OpenCurrent();
    if (reuse && !index.NeedsRebuild)
    {
        await services.GetRequiredService<SearchIndexSync>().CatchUpAsync(CancellationToken.None);
        Report.Line($"reused the database and index in {work}, index size {Phases.Size(index.Root) / 1048576.0:N1} MiB");
    }
    else
    {
        // A kept folder whose index was removed (or written with other analysis) times the rebuild again.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        rebuild = await services.GetRequiredService<SearchIndexSync>().RebuildAsync(CancellationToken.None);
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Report.Line($"full rebuild from the database (reindex): {rebuild.Elapsed.TotalSeconds:N1} s for {rebuild.Documents:N0} documents ({cpu.TotalSeconds:N0} s of processor time)");
        Report.Line($"indexing: {rebuild.Documents / rebuild.Elapsed.TotalSeconds:N0} documents/s, index size {Phases.Size(index.Root) / 1048576.0:N1} MiB");
        // The site merges a rebuilt index into one segment in the background while it already answers searches.
        watch.Restart();
        await index.Merging;
        Report.Line($"merged into one segment in the background in {watch.Elapsed.TotalSeconds:N1} s (searchable meanwhile), index size {Phases.Size(index.Root) / 1048576.0:N1} MiB");
    }

    var search = services.GetRequiredService<SiteSearch>();
    var mix = QueryMix.Create(documents);
    var latency = Phases.Latency(search, mix, rounds: Math.Max(20, 2_000 / mix.Count));
    Report.Line($"query latency with snippets and filter counts ({latency.Count:N0} queries): p50 {Report.Percentile(latency, 50):N2} ms, p95 {Report.Percentile(latency, 95):N2} ms, p99 {Report.Percentile(latency, 99):N2} ms, max {latency.Max():N2} ms");
    var (allocated, collections) = (GC.GetTotalAllocatedBytes(), GC.CollectionCount(0));
    var throughput = Phases.Throughput(search, mix, threads: 2, TimeSpan.FromSeconds(settings.ThroughputSeconds));
    var queries = throughput * settings.ThroughputSeconds;
    Report.Line($"throughput on 2 threads: {throughput:N0} queries/s, {(GC.GetTotalAllocatedBytes() - allocated) / queries / 1024:N0} KiB allocated a query, {GC.CollectionCount(0) - collections:N0} collections");

    var publish = await Phases.PublishToSearchableAsync(services, settings.Publishes);
    Report.Line($"publish to searchable ({publish.Count} publications, outbox polled every 250 ms): p50 {Report.Percentile(publish, 50):N0} ms, max {publish.Max():N0} ms");

    Report.Line($"");
    Report.Target("query p95", Report.Percentile(latency, 95), "ms", 5, lowerIsBetter: true);
    Report.Target("queries/s on 2 threads", throughput, "/s", 1200, lowerIsBetter: false);
    if (rebuild is not null)
    {
        Report.Target("full rebuild", rebuild.Elapsed.TotalSeconds, "s", 45 * settings.Documents / 100_000.0, lowerIsBetter: true);
    }
    Report.Target("publish to searchable (max)", publish.Max(), "ms", 1000, lowerIsBetter: true);
}
finally
{
    await services.DisposeAsync();
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    if (settings.WorkFolder is null)
    {
        Directory.Delete(work, recursive: true);
    }
}
