using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms;
using PublicSite.Cms.Publishing;
using PublicSite.Search.Indexing;
using PublicSite.Search.Sync;
using PublicSite.Testing;

namespace PublicSite.Search.Tests.Sync;

public sealed class OutboxSyncTests : IAsyncLifetime
{
    private SearchHarness _site = null!;

    public async Task InitializeAsync() => _site = await SearchHarness.CreateAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private bool Finds(string query) => _site.Search(query).Total > 0;

    [Fact]
    public async Task A_published_document_is_found_once_the_outbox_is_applied()
    {
        await _site.CatchUpAsync();
        await _site.PublishDocumentAsync("苏澳合作园区规划公示", "规划正文", "014109568/2026-00011");

        Assert.False(Finds("规划公示"));
        Assert.Equal(1, await _site.CatchUpAsync());
        Assert.True(Finds("规划公示"));
    }

    [Fact]
    public async Task Drafts_and_scheduled_documents_are_never_found()
    {
        await _site.SaveAsync(new ContentEdit { TypeKey = "news", Language = "zh-CN", Title = "草稿新闻标题", Fields = new PublicSite.Cms.Content.Types.NewsArticle { Date = new DateOnly(2026, 11, 1) } });
        var scheduled = await _site.SaveAsync(new ContentEdit { TypeKey = "news", Language = "zh-CN", Title = "定时发布新闻", Fields = new PublicSite.Cms.Content.Types.NewsArticle { Date = new DateOnly(2026, 11, 1) } });
        await _site.PublishAsync(scheduled, at: SearchHarness.Start.AddDays(1));
        await _site.CatchUpAsync();

        Assert.False(Finds("草稿新闻"));
        Assert.False(Finds("定时发布"));
        Assert.Empty(_site.IndexedDocuments());

        _site.Clock.Advance(TimeSpan.FromDays(2));
        await _site.WithAsync(s => s.GetRequiredService<ContentService>().AnnounceScheduledAsync(CancellationToken.None));
        await _site.CatchUpAsync();
        Assert.True(Finds("定时发布"));
    }

    [Fact]
    public async Task Withdrawing_removes_the_document_from_the_index()
    {
        var variant = await _site.PublishDocumentAsync("撤回的通知", "正文", "014109568/2026-00012");
        await _site.CatchUpAsync();
        Assert.True(Finds("撤回的通知"));

        await _site.WithAsync(async s => { await s.GetRequiredService<ContentService>().WithdrawAsync(variant.Id, "editor", CancellationToken.None); return 0; });
        await _site.CatchUpAsync();

        Assert.False(Finds("撤回的通知"));
        Assert.Empty(_site.IndexedDocuments());
    }

    [Fact]
    public async Task An_expired_document_is_hidden_at_its_expiry_and_removed_when_the_expiry_is_announced()
    {
        var variant = await _site.SaveAsync(new ContentEdit { TypeKey = "news", Language = "zh-CN", Title = "限时公告", Fields = new PublicSite.Cms.Content.Types.NewsArticle { Date = new DateOnly(2026, 11, 1) } });
        await _site.PublishAsync(variant, expires: SearchHarness.Start.AddHours(1));
        await _site.CatchUpAsync();
        Assert.True(Finds("限时公告"));

        _site.Clock.Advance(TimeSpan.FromHours(2));
        Assert.False(Finds("限时公告"));

        await _site.WithAsync(s => s.GetRequiredService<ContentService>().AnnounceScheduledAsync(CancellationToken.None));
        await _site.CatchUpAsync();
        Assert.Empty(_site.IndexedDocuments());
    }

    [Fact]
    public async Task Deleting_an_item_removes_every_language_and_restoring_brings_them_back()
    {
        var zh = await _site.PublishDocumentAsync("删除测试通知", "正文", "014109568/2026-00013");
        await _site.PublishDocumentAsync("Aviso de teste de eliminação", "Texto", "014109568/2026-00013", language: "pt-PT", itemId: zh.ItemId);
        await _site.CatchUpAsync();
        Assert.Equal(2, _site.IndexedDocuments().Count);

        await _site.WithAsync(async s => { await s.GetRequiredService<ContentService>().DeleteAsync(zh.ItemId, CancellationToken.None); return 0; });
        await _site.CatchUpAsync();
        Assert.Empty(_site.IndexedDocuments());

        await _site.WithAsync(async s => { await s.GetRequiredService<ContentService>().RestoreAsync(zh.ItemId, CancellationToken.None); return 0; });
        await _site.CatchUpAsync();
        Assert.Equal(2, _site.IndexedDocuments().Count);
    }

    [Fact]
    public async Task An_edit_of_a_published_document_replaces_its_text()
    {
        var variant = await _site.PublishDocumentAsync("原标题通知", "正文", "014109568/2026-00014");
        await _site.CatchUpAsync();
        await _site.SaveAsync(new ContentEdit
        {
            ItemId = variant.ItemId, TypeKey = "disclosure", Language = "zh-CN", Title = "新标题通知", Body = "正文",
            Fields = new PublicSite.Cms.Content.Types.DisclosedDocument { IndexNumber = "014109568/2026-00014", IssuingBody = "fao", Category = "notices", PublicationDate = new DateOnly(2026, 11, 20) },
        });
        await _site.CatchUpAsync();

        // 标题 alone still finds the document (a best-effort match of 原标题), but no longer by its old title.
        Assert.DoesNotContain(_site.Search("原标题").Hits, h => h.Title.Contains("原标题", StringComparison.Ordinal));
        Assert.True(Finds("新标题"));
        Assert.Single(_site.IndexedDocuments());
    }

    [Fact]
    public async Task A_restart_catches_up_from_the_position_stored_in_the_index_commit()
    {
        await _site.PublishDocumentAsync("重启前的通知", "正文", "014109568/2026-00015");
        await _site.CatchUpAsync();
        var position = _site.Index.AppliedPosition;

        await _site.ReopenAsync(whileClosed: async () =>
        {
            await using var cms = new ServiceCollection().AddLogging().AddCms(TestDatabase.For(_site.Folder, "cms.db"), Path.Combine(_site.Folder, "media"))
                .AddSingleton<TimeProvider>(_site.Clock).BuildServiceProvider();
            await using var scope = cms.CreateAsyncScope();
            var content = scope.ServiceProvider.GetRequiredService<ContentService>();
            var edit = new ContentEdit { TypeKey = "news", Language = "zh-CN", Title = "停机期间发布的新闻", Fields = new PublicSite.Cms.Content.Types.NewsArticle { Date = new DateOnly(2026, 11, 2) } };
            var variant = await content.SaveAsync(edit, "editor", null, CancellationToken.None);
            await content.PublishAsync(variant.Id, "editor", null, null, CancellationToken.None);
        });

        Assert.Equal(1, await _site.CatchUpAsync());
        Assert.Equal(position + 1, _site.Index.AppliedPosition);
        Assert.True(Finds("停机期间"));
        Assert.True(Finds("重启前"));
    }

    [Fact]
    public async Task A_rebuild_holds_exactly_what_incremental_sync_holds_in_a_new_generation()
    {
        await _site.CatchUpAsync();
        var first = _site.Index.Folder.CurrentGeneration();
        var kept = await _site.PublishDocumentAsync("保留的通知", "正文", "014109568/2026-00016");
        await _site.PublishDocumentAsync("Aviso mantido", "Texto", "014109568/2026-00016", language: "pt-PT", itemId: kept.ItemId);
        var withdrawn = await _site.PublishNewsAsync("将被撤回的新闻", "正文");
        await _site.WithAsync(async s => { await s.GetRequiredService<ContentService>().WithdrawAsync(withdrawn.Id, "editor", CancellationToken.None); return 0; });
        await _site.CatchUpAsync();
        var incremental = _site.IndexedDocuments();

        var report = await _site.Get<SearchIndexSync>().RebuildAsync(CancellationToken.None);

        Assert.Equal(incremental, _site.IndexedDocuments());
        Assert.Equal(2, report.Documents);
        Assert.NotEqual(first, report.Generation);
        Assert.Equal(report.Generation, _site.Index.Folder.CurrentGeneration());
        Assert.False(Directory.Exists(_site.Index.Folder.PathOf(first!)));
    }

    [Fact]
    public async Task A_rebuilt_index_is_merged_into_one_committed_segment_and_stays_searchable()
    {
        for (var n = 0; n < 40; n++)
        {
            await _site.PublishNewsAsync($"合并测试新闻{n}", "苏澳合作园区动态。");
        }
        await _site.CatchUpAsync();

        var report = await _site.Get<SearchIndexSync>().RebuildAsync(CancellationToken.None);
        await _site.Index.Merging;

        Assert.Equal(40, _site.Search("苏澳合作园区", "zh-CN").Total);
        using var directory = new Lucene.Net.Store.SimpleFSDirectory(_site.Index.Folder.PathOf(report.Generation));
        var committed = new Lucene.Net.Index.SegmentInfos();
        committed.Read(directory);
        Assert.Equal(1, committed.Count);
        Assert.False(committed.UserData.ContainsKey(OpenIndex.BulkBuiltKey)); // the next start does not merge again
        Assert.Equal(report.Position.ToString(System.Globalization.CultureInfo.InvariantCulture), committed.UserData[OpenIndex.PositionKey]);
    }

    [Fact]
    public async Task An_index_written_with_other_analysis_is_rebuilt_on_start()
    {
        await _site.PublishNewsAsync("分析版本测试", "正文");
        await _site.CatchUpAsync();
        var old = _site.Index.Folder.CurrentGeneration()!;

        await _site.ReopenAsync(whileClosed: () =>
        {
            using var analysis = new PublicSite.Search.Analysis.SearchAnalysis();
            var root = Path.Combine(_site.Folder, "search-index");
            using var open = OpenIndex.Open(Path.Combine(root, old), old, analysis);
            open.Publish(open.Position, "0:older-analysis");
            return Task.CompletedTask;
        });
        await _site.CatchUpAsync();

        Assert.NotEqual(old, _site.Index.Folder.CurrentGeneration());
        Assert.False(_site.Index.NeedsRebuild);
        Assert.True(Finds("分析版本"));
    }
}
