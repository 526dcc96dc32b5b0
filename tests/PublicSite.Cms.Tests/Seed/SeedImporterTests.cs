using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Data;
using PublicSite.Cms.Seed;

namespace PublicSite.Cms.Tests.Seed;

public sealed class SeedImporterTests : IAsyncLifetime
{
    private CmsDatabase _db = null!;
    private string _seed = null!;

    public async Task InitializeAsync()
    {
        _db = await CmsDatabase.CreateAsync();
        _seed = Path.Combine(_db.Folder, "seed");
        Directory.CreateDirectory(Path.Combine(_seed, "news"));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private void Write(string relativePath, string text) => File.WriteAllText(Path.Combine(_seed, relativePath), text);

    private Task<SeedImportReport> ImportAsync() =>
        _db.WithAsync(s => s.GetRequiredService<SeedImporter>().ImportAsync(_seed, CancellationToken.None));

    private const string ChineseNews = """
        ---
        key: park-news
        type: news
        language: zh-CN
        title: 园区新闻
        published: 2026-01-05T09:00:00+08:00
        shared:
          date: 2026-01-05
          tags: [园区, 澳门]
        ---
        正文。
        """;

    [Fact]
    public async Task Importing_twice_imports_each_item_and_language_once()
    {
        Write("news/park-news.zh.md", ChineseNews);

        var first = await ImportAsync();
        Write("news/park-news.pt.md", ChineseNews.With("zh-CN", "pt-PT").With("园区新闻", "Notícia do Parque").With("shared:\n  date: 2026-01-05\n  tags: [园区, 澳门]\n", ""));
        var second = await ImportAsync();

        Assert.Equal((1, 0), (first.Imported, first.Skipped));
        Assert.Equal((1, 1), (second.Imported, second.Skipped));
        var variants = await _db.WithAsync(s => s.GetRequiredService<CmsDbContext>().Variants.Select(v => v.Item.Key).ToListAsync());
        Assert.Equal(["park-news", "park-news"], variants);
    }

    [Fact]
    public async Task An_invalid_file_stops_the_import_naming_the_file_and_the_reason_before_anything_is_written()
    {
        Write("news/park-news.zh.md", ChineseNews);
        Write("news/broken.zh.md", ChineseNews.With("key: park-news", "key: broken").With("date: 2026-01-05", "date: not-a-date"));

        var error = await Assert.ThrowsAsync<SeedImportException>(ImportAsync);

        Assert.EndsWith("broken.zh.md", error.Path, StringComparison.Ordinal);
        Assert.Contains("date", error.Reason, StringComparison.Ordinal);
        Assert.Equal(0, await _db.WithAsync(s => s.GetRequiredService<CmsDbContext>().Items.CountAsync()));
    }

    [Theory]
    [InlineData("title: 园区新闻\n", "", "'title' is required")]
    [InlineData("key: park-news", "key: other-key", "does not match the file name")]
    [InlineData("type: news", "type: disclosure", "belongs in the folder 'disclosure'")]
    [InlineData("type: news", "type: poem", "unknown type 'poem'")]
    [InlineData("language: zh-CN", "language: en-GB", "language must be zh-CN or pt-PT")]
    public async Task Front_matter_mistakes_are_reported_plainly(string find, string replace, string reason)
    {
        Write("news/park-news.zh.md", ChineseNews.With(find, replace));

        var error = await Assert.ThrowsAsync<SeedImportException>(ImportAsync);

        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shared_fields_that_differ_between_language_files_are_refused()
    {
        Write("news/park-news.zh.md", ChineseNews);
        Write("news/park-news.pt.md", ChineseNews.With("zh-CN", "pt-PT").With("date: 2026-01-05", "date: 2026-02-01"));

        var error = await Assert.ThrowsAsync<SeedImportException>(ImportAsync);

        Assert.Contains("shared field 'date' differs", error.Reason, StringComparison.Ordinal);
    }
}
