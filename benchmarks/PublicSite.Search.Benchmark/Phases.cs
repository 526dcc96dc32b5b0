using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Publishing;
using PublicSite.Search.Analysis;
using PublicSite.Search.Indexing;
using PublicSite.Search.Querying;
using PublicSite.Search.Sync;

namespace PublicSite.Search.Benchmark;

/// <summary>The measured parts of the benchmark.</summary>
internal static class Phases
{
    /// <summary>Analysis and indexing alone: prepared documents into a fresh generation on every core, committed.</summary>
    public static (TimeSpan Elapsed, long Bytes) IndexInMemory(LuceneSearchIndex index, IReadOnlyList<SearchDocument> documents)
    {
        // Warm-up outside the timing: dictionaries, folding table, JIT.
        foreach (var field in new[] { SearchFields.ChineseWords, SearchFields.ChineseBigrams, SearchFields.Portuguese })
        {
            index.Analysis.Tokens(field, documents[0].Text);
        }
        var generation = index.Folder.NewGeneration(DateTimeOffset.UtcNow);
        var watch = Stopwatch.StartNew();
        using (var open = OpenIndex.OpenForRebuild(index.Folder.PathOf(generation), generation, index.Analysis))
        {
            Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                i => open.Writer.AddDocument(IndexedDocument.Create(documents[i])));
            open.Publish(0, index.Analysis.Version);
        }
        var elapsed = watch.Elapsed;
        var bytes = Size(index.Folder.PathOf(generation));
        index.Folder.Remove(generation);
        return (elapsed, bytes);
    }

    /// <summary>
    /// Characters per second of each field's analysis alone, on one thread, with its tokens counted: one pass over
    /// the sample to let the JIT optimise (a single cold pass measured a third of the real speed), then three seconds.
    /// </summary>
    public static void ProfileAnalysis(SearchAnalysis analysis, IReadOnlyList<SearchDocument> documents)
    {
        var sample = documents.Take(4_000).ToList();
        foreach (var field in new[] { SearchFields.ChineseWords, SearchFields.ChineseBigrams, SearchFields.ChineseCharacters, SearchFields.Portuguese })
        {
            var texts = sample.Where(d => IndexedDocument.IsChinese(d.Language) == (field != SearchFields.Portuguese)).Select(d => d.Text).ToList();
            var tokens = texts.Sum(text => Analyse(analysis, field, text));
            long characters = 0;
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < TimeSpan.FromSeconds(3))
            {
                foreach (var text in texts)
                {
                    Analyse(analysis, field, text);
                    characters += text.Length;
                }
            }
            Report.Line($"  analysis of {field}: {characters / watch.Elapsed.TotalSeconds / 1e6:N2} million characters/s, {(double)tokens / texts.Count:N0} tokens a document");
        }
    }

    private static int Analyse(SearchAnalysis analysis, string field, string text)
    {
        using var stream = analysis.Analyzer.GetTokenStream(field, text);
        stream.Reset();
        var count = 0;
        while (stream.IncrementToken())
        {
            count++;
        }
        stream.End();
        return count;
    }

    public static long Size(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

    /// <summary>
    /// Milliseconds per query, one at a time, after a warm-up: one round printed, then the mix for a few seconds so
    /// the JIT's optimised code (tiered compilation) and the operating system's file cache are what is measured.
    /// </summary>
    public static List<double> Latency(SiteSearch search, IReadOnlyList<(string Query, string? Language)> mix, int rounds)
    {
        foreach (var (query, language) in mix)
        {
            var results = Run(search, query, language);
            var first = results.Hits.Count > 0 ? results.Hits[0].Title : "";
            Report.Line($"  {query,-36} {language ?? "both",-6} {results.Total,7:N0} results, first: {first[..Math.Min(24, first.Length)]}");
        }
        var warmUp = Stopwatch.StartNew();
        for (var i = 0; warmUp.Elapsed < TimeSpan.FromSeconds(3); i++)
        {
            Run(search, mix[i % mix.Count].Query, mix[i % mix.Count].Language);
        }
        var times = new List<double>(rounds * mix.Count);
        var byQuery = mix.ToDictionary(m => m, _ => new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var entry in mix)
            {
                var start = Stopwatch.GetTimestamp();
                Run(search, entry.Query, entry.Language);
                var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                times.Add(elapsed);
                byQuery[entry].Add(elapsed);
            }
        }
        foreach (var (entry, list) in byQuery.OrderByDescending(q => Report.Percentile(q.Value, 50)).Take(6))
        {
            Report.Line($"  slowest: {entry.Query,-24} {entry.Language ?? "both",-6} p50 {Report.Percentile(list, 50):N2} ms, p95 {Report.Percentile(list, 95):N2} ms");
        }
        return times;
    }

    /// <summary>Queries per second over <paramref name="duration"/> with <paramref name="threads"/> readers cycling the mix.</summary>
    public static double Throughput(SiteSearch search, IReadOnlyList<(string Query, string? Language)> mix, int threads, TimeSpan duration)
    {
        var count = 0L;
        var watch = Stopwatch.StartNew();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, thread =>
        {
            for (var i = thread; watch.Elapsed < duration; i++)
            {
                var (query, language) = mix[i % mix.Count];
                Run(search, query, language);
                Interlocked.Increment(ref count);
            }
        });
        return count / watch.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Milliseconds from a publication's commit to its first appearance in results, with the outbox polled every
    /// 250 ms as the site's background job does; publications are spread so they fall at every point of the poll.
    /// </summary>
    public static async Task<List<double>> PublishToSearchableAsync(IServiceProvider services, int publications)
    {
        var sync = services.GetRequiredService<SearchIndexSync>();
        var search = services.GetRequiredService<SiteSearch>();
        using var stop = new CancellationTokenSource();
        var poller = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
            do
            {
                await sync.CatchUpAsync(stop.Token);
            }
            while (await timer.WaitForNextTickAsync(stop.Token));
        });
        var random = new Random(7);
        // Unique to this run: a kept corpus (--work) already holds the words of earlier runs' publications.
        var run = Guid.NewGuid().ToString("N")[..6];
        var latencies = new List<double>();
        for (var n = 0; n < publications; n++)
        {
            await Task.Delay(random.Next(50, 400));
            var word = $"benchpub{run}n{n}x";
            await using (var scope = services.CreateAsyncScope())
            {
                var content = scope.ServiceProvider.GetRequiredService<ContentService>();
                var variant = await content.SaveAsync(new ContentEdit
                {
                    TypeKey = "news", Language = "zh-CN", Title = $"基准测试发布 {word}", Body = "苏澳合作园区动态",
                    Fields = new NewsArticle { Date = DateOnly.FromDateTime(DateTime.UtcNow) },
                }, "benchmark", null, CancellationToken.None);
                await content.PublishAsync(variant.Id, "benchmark", null, null, CancellationToken.None);
            }
            var start = Stopwatch.GetTimestamp();
            while (Run(search, word, "zh-CN").Total == 0 && Stopwatch.GetElapsedTime(start) < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(2);
            }
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        await stop.CancelAsync();
        try
        {
            await poller;
        }
        catch (OperationCanceledException)
        {
        }
        return latencies;
    }

    private static SearchResults Run(SiteSearch search, string query, string? language) =>
        search.Search(new SearchRequest { Query = query, Languages = language is null ? [] : [language] });
}
