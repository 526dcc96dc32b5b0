using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PublicSite.Cms;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;
using PublicSite.Cms.Taxonomy;
using PublicSite.Search.Indexing;
using PublicSite.Search.Querying;
using PublicSite.Search.Sync;
using PublicSite.Testing;

namespace PublicSite.Search.Tests;

/// <summary>
/// The CMS core on a real SQLite file and the search index in a temporary folder, with a clock the test controls.
/// <see cref="ReopenAsync"/> starts a new process's worth of services over the same folder, as a restart would.
/// </summary>
public sealed class SearchHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    private readonly bool _ownsFolder;
    private ServiceProvider _services;

    private SearchHarness(string folder, ServiceProvider services, FakeTimeProvider clock, bool ownsFolder)
    {
        Folder = folder;
        _services = services;
        Clock = clock;
        _ownsFolder = ownsFolder;
    }

    public string Folder { get; }

    public FakeTimeProvider Clock { get; }

    public LuceneSearchIndex Index => Get<LuceneSearchIndex>();

    public static async Task<SearchHarness> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "publicsite-search-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var clock = new FakeTimeProvider(Start);
        var harness = new SearchHarness(folder, Build(folder, clock), clock, ownsFolder: true);
        await using var scope = harness._services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        await db.Database.MigrateAsync();
        // The catalogue rules refuse documents whose issuing body or category is not a known term.
        db.Terms.AddRange(
            new TaxonomyTerm { Taxonomy = Taxonomies.Organisations, Key = "fao", NameZh = "市外事办", NamePt = "Gabinete dos Assuntos Externos", Code = "014109568" },
            new TaxonomyTerm { Taxonomy = Taxonomies.Organisations, Key = "hkmao", NameZh = "市港澳办", NamePt = "Gabinete para os Assuntos de Hong Kong e Macau", Code = "014109568" },
            new TaxonomyTerm { Taxonomy = Taxonomies.DisclosureCategories, Key = "notices", NameZh = "公告公示", NamePt = "Avisos" });
        await db.SaveChangesAsync();
        return harness;
    }

    /// <summary>Closes the index and opens everything again over the same files.</summary>
    public async Task ReopenAsync(Func<Task>? whileClosed = null)
    {
        await _services.DisposeAsync();
        if (whileClosed is not null)
        {
            await whileClosed();
        }
        _services = Build(Folder, Clock);
    }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task<int> CatchUpAsync() => Get<SearchIndexSync>().CatchUpAsync(CancellationToken.None);

    public SearchResults Search(string? query, string? language = null, string? type = null, int? year = null,
        string? body = null, SearchSort sort = SearchSort.Relevance, int page = 1, int pageSize = 10) =>
        Get<SiteSearch>().Search(new SearchRequest
        {
            Query = query, Languages = language is null ? [] : [language], Type = type, Year = year, IssuingBody = body,
            Sort = sort, Page = page, PageSize = pageSize,
        });

    /// <summary>
    /// Puts a file in the media store and its record in the library, as an upload would, without the upload's
    /// checks (a test may need a broken PDF the upload would refuse): the CMS accepts only files of the library.
    /// </summary>
    public async Task StoreFileAsync(string path, Stream content, string contentType = "application/pdf")
    {
        await Get<PublicSite.Cms.Media.MediaStore>().SaveAsync(path, content, CancellationToken.None);
        await WithAsync(async s =>
        {
            var db = s.GetRequiredService<CmsDbContext>();
            db.MediaFiles.Add(new PublicSite.Cms.Media.MediaFile
            {
                Path = path, Folder = Path.GetDirectoryName(path) ?? "", OriginalName = Path.GetFileName(path), ContentType = contentType,
                Length = content.CanSeek ? content.Length : 0, Sha256 = "test", UploadedBy = "editor@example.org", UploadedAt = Clock.GetUtcNow().UtcDateTime,
            });
            return await db.SaveChangesAsync();
        });
    }

    public Task<ContentVariant> SaveAsync(ContentEdit edit) =>
        WithAsync(s => s.GetRequiredService<ContentService>().SaveAsync(edit, "editor@example.org", null, CancellationToken.None));

    public Task PublishAsync(ContentVariant variant, DateTimeOffset? at = null, DateTimeOffset? expires = null) =>
        WithAsync(async s =>
        {
            await s.GetRequiredService<ContentService>().PublishAsync(variant.Id, "editor@example.org", at?.UtcDateTime, expires?.UtcDateTime, CancellationToken.None);
            return 0;
        });

    /// <summary>Saves and publishes a disclosed document now; returns the variant.</summary>
    public async Task<ContentVariant> PublishDocumentAsync(
        string title, string body, string indexNumber, string language = "zh-CN", Guid? itemId = null,
        string? documentNumber = null, string issuingBody = "fao", DateOnly? date = null, List<AttachmentRef>? attachments = null)
    {
        var variant = await SaveAsync(new ContentEdit
        {
            ItemId = itemId, TypeKey = "disclosure", Language = language, Title = title, Summary = title, Body = body,
            Fields = new DisclosedDocument
            {
                IndexNumber = indexNumber, DocumentNumber = documentNumber, IssuingBody = issuingBody, Category = "notices",
                PublicationDate = date ?? new DateOnly(2026, 11, 20), Attachments = attachments ?? [],
            },
        });
        await PublishAsync(variant);
        return variant;
    }

    public async Task<ContentVariant> PublishNewsAsync(string title, string body, string language = "zh-CN", DateOnly? date = null)
    {
        var variant = await SaveAsync(new ContentEdit
        {
            TypeKey = "news", Language = language, Title = title, Body = body,
            Fields = new NewsArticle { Date = date ?? new DateOnly(2026, 11, 20) },
        });
        await PublishAsync(variant);
        return variant;
    }

    /// <summary>Variant ids and titles the index holds, live or not (what a rebuild must reproduce).</summary>
    public IReadOnlyList<string> IndexedDocuments() => Index.Read(searcher =>
    {
        var reader = searcher.IndexReader;
        var live = Lucene.Net.Index.MultiFields.GetLiveDocs(reader);
        return Enumerable.Range(0, reader.MaxDoc).Where(i => live is null || live.Get(i))
            .Select(i => reader.Document(i))
            .Select(d => d.Get(SearchFields.Id, System.Globalization.CultureInfo.InvariantCulture) + " " + d.Get(SearchFields.Title, System.Globalization.CultureInfo.InvariantCulture))
            .Order(StringComparer.Ordinal).ToList();
    }, (IReadOnlyList<string>)[]);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_ownsFolder)
        {
            TestDatabase.Drop(Folder);
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS when a file is still held.
            }
        }
    }

    private static ServiceProvider Build(string folder, FakeTimeProvider clock)
    {
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddCms(TestDatabase.For(folder, "cms.db"), Path.Combine(folder, "media"));
        services.AddSingleton<TimeProvider>(clock);
        services.AddSearchIndex(_ => Path.Combine(folder, "search-index"));
        return services.BuildServiceProvider();
    }
}
