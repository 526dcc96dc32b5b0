using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PublicSite.Cms;
using PublicSite.Cms.Data;
using PublicSite.Cms.Seed;
using PublicSite.Search.Indexing;
using PublicSite.Search.Querying;
using PublicSite.Search.Sync;

namespace PublicSite.Search.Evaluation;

/// <summary>
/// The judged documents as the site holds them: a temporary SQLite file filled by the CMS's own seed importer
/// (the seed, then the evaluation's documents), indexed by the site's rebuild, searched through <see cref="SiteSearch"/>.
/// </summary>
internal sealed class EvaluationCorpus : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _folder;
    private readonly Dictionary<Guid, string> _keys;

    private EvaluationCorpus(ServiceProvider services, string folder, Dictionary<Guid, string> keys, IReadOnlyList<(string, SearchDocument)> documents)
    {
        _services = services;
        _folder = folder;
        _keys = keys;
        Documents = documents;
    }

    /// <summary>Every document the index holds, with its item's key: what the baseline indexes too.</summary>
    public IReadOnlyList<(string ItemKey, SearchDocument Document)> Documents { get; }

    public static async Task<EvaluationCorpus> CreateAsync(IReadOnlyList<string> seedRoots, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "publicsite-search-evaluation-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddCms(Path.Combine(folder, "cms.db"))
            .AddSearchIndex(_ => Path.Combine(folder, "search-index"))
            .BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            await db.Database.MigrateAsync(cancellationToken);
            // As the site runs it; without it every one of the importer's commits waits for the disk.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            var importer = scope.ServiceProvider.GetRequiredService<SeedImporter>();
            foreach (var root in seedRoots)
            {
                await importer.ImportAsync(root, cancellationToken);
            }
        }
        var index = services.GetRequiredService<LuceneSearchIndex>();
        index.OpenCurrent();
        // Searchable at once; the background merge into one segment changes no result.
        await services.GetRequiredService<SearchIndexSync>().RebuildAsync(cancellationToken);

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var keys = await db.Items.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Key, cancellationToken);
            var source = scope.ServiceProvider.GetRequiredService<SearchDocumentSource>();
            var documents = new List<(string, SearchDocument)>();
            await foreach (var variant in source.ReadAllVisibleAsync(DateTime.UtcNow, cancellationToken))
            {
                foreach (var document in await source.ToDocumentsAsync(variant, cancellationToken))
                {
                    documents.Add((keys[document.ItemId], document));
                }
            }
            return new EvaluationCorpus(services, folder, keys, documents);
        }
    }

    public Ranking Search(JudgedQuery query)
    {
        var results = _services.GetRequiredService<SiteSearch>().Search(new SearchRequest
        {
            Query = query.Text, Languages = query.Languages, PageSize = RelevanceMetrics.Depth,
        });
        return new Ranking(results.Hits.Select(hit => _keys[hit.ItemId]).ToList(), results.Total);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
