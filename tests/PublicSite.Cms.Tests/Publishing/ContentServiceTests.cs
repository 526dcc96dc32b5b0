using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;

namespace PublicSite.Cms.Tests.Publishing;

public sealed class ContentServiceTests : IAsyncLifetime
{
    private CmsDatabase _db = null!;

    public async Task InitializeAsync() => _db = await CmsDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<ContentVariant> SaveNewsAsync(string title, string language = "zh-CN", Guid? itemId = null, string? slug = null, int? expectedVersion = null) =>
        _db.WithAsync(s => s.GetRequiredService<ContentService>().SaveAsync(new ContentEdit
        {
            ItemId = itemId, TypeKey = "news", Language = language, Title = title, Slug = slug, Body = "正文",
            Fields = new NewsArticle { Date = new DateOnly(2026, 11, 20), Tags = ["园区"] }, ExpectedVersion = expectedVersion,
        }, "editor@example.org", "test", CancellationToken.None));

    private Task<List<OutboxEvent>> OutboxAsync() =>
        _db.WithAsync(s => s.GetRequiredService<CmsDbContext>().Outbox.OrderBy(e => e.Position).ToListAsync());

    [Fact]
    public async Task Two_languages_of_one_item_are_linked_variants_with_their_own_slugs()
    {
        var zh = await SaveNewsAsync("苏澳合作园区举行葡语国家企业对接会");
        var pt = await SaveNewsAsync("Encontro de empresas lusófonas no Parque", "pt-PT", zh.ItemId);

        Assert.Equal(zh.ItemId, pt.ItemId);
        Assert.Equal("苏澳合作园区举行葡语国家企业对接会", zh.Slug);
        Assert.Equal("encontro-de-empresas-lusófonas-no-parque", pt.Slug);
    }

    [Fact]
    public async Task A_second_item_with_the_same_title_gets_a_numbered_slug()
    {
        var first = await SaveNewsAsync("园区动态");
        var second = await SaveNewsAsync("园区动态");

        Assert.Equal("园区动态", first.Slug);
        Assert.Equal("园区动态-2", second.Slug);
    }

    [Fact]
    public async Task Changing_a_live_slug_records_a_redirect_from_the_old_one()
    {
        var variant = await SaveNewsAsync("旧标题");
        await _db.WithAsync(async s => { await s.GetRequiredService<ContentService>().PublishAsync(variant.Id, "publisher", null, null, default); return 0; });
        await SaveNewsAsync("新标题", itemId: variant.ItemId, slug: "新地址");

        var redirect = await _db.WithAsync(s => s.GetRequiredService<CmsDbContext>().SlugRedirects.SingleAsync());
        Assert.Equal(("旧标题", variant.Id), (redirect.Slug, redirect.VariantId));
    }

    [Fact]
    public async Task A_drafts_slug_changes_redirects_only_when_it_goes_live()
    {
        var variant = await SaveNewsAsync("草稿旧标题");
        await SaveNewsAsync("草稿新标题", itemId: variant.ItemId, slug: "草稿新地址");
        var whileDraft = await _db.WithAsync(s => s.GetRequiredService<CmsDbContext>().SlugRedirects.CountAsync());
        await _db.WithAsync(async s => { await s.GetRequiredService<ContentService>().PublishAsync(variant.Id, "publisher", null, null, default); return 0; });
        await _db.WithAsync(async s => { await s.GetRequiredService<ContentService>().WithdrawAsync(variant.Id, "publisher", default); return 0; });
        await SaveNewsAsync("草稿新标题", itemId: variant.ItemId, slug: "重新发布的地址");
        var whileWithdrawn = await _db.WithAsync(s => s.GetRequiredService<CmsDbContext>().SlugRedirects.CountAsync());
        await _db.WithAsync(async s => { await s.GetRequiredService<ContentService>().PublishAsync(variant.Id, "publisher", null, null, default); return 0; });

        var redirect = await _db.WithAsync(s => s.GetRequiredService<CmsDbContext>().SlugRedirects.SingleAsync());
        Assert.Equal((0, 0), (whileDraft, whileWithdrawn));
        Assert.Equal(("草稿新地址", variant.Id), (redirect.Slug, redirect.VariantId));
    }

    [Fact]
    public async Task Every_save_is_a_numbered_revision_with_author_and_note()
    {
        var variant = await SaveNewsAsync("第一稿");
        await SaveNewsAsync("第二稿", itemId: variant.ItemId);

        var revisions = await _db.WithAsync(s => s.GetRequiredService<CmsDbContext>().Revisions
            .Where(r => r.VariantId == variant.Id).OrderBy(r => r.Number).ToListAsync());
        Assert.Equal([1, 2], revisions.Select(r => r.Number));
        Assert.All(revisions, r => Assert.Equal("editor@example.org", r.Author));
        Assert.Contains("第二稿", revisions[1].Snapshot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_based_on_an_old_version_is_refused_and_overwrites_nothing()
    {
        var variant = await SaveNewsAsync("原稿");
        await SaveNewsAsync("编辑甲的修改", itemId: variant.ItemId, expectedVersion: variant.Version);

        await Assert.ThrowsAsync<ContentConcurrencyException>(() =>
            SaveNewsAsync("编辑乙的修改", itemId: variant.ItemId, expectedVersion: variant.Version));
        var title = await _db.WithAsync(s => s.GetRequiredService<CmsDbContext>().Variants.Where(v => v.Id == variant.Id).Select(v => v.Title).SingleAsync());
        Assert.Equal("编辑甲的修改", title);
    }

    [Fact]
    public async Task Fields_are_validated_on_the_server_before_anything_is_saved()
    {
        var error = await Assert.ThrowsAsync<ContentValidationException>(() =>
            _db.WithAsync(s => s.GetRequiredService<ContentService>().SaveAsync(new ContentEdit
            {
                TypeKey = "disclosure", Language = "zh-CN", Title = "格式错误的文件",
                Fields = new DisclosedDocument { IndexNumber = "2017-12", IssuingBody = "fao", Category = "policy", PublicationDate = new DateOnly(2017, 5, 5) },
            }, "editor", null, CancellationToken.None)));

        Assert.Contains(error.Errors, e => e.MemberNames.Contains(nameof(DisclosedDocument.IndexNumber)));
        Assert.Equal(0, await _db.WithAsync(s => s.GetRequiredService<CmsDbContext>().Items.CountAsync()));
    }

    [Fact]
    public async Task Publishing_now_writes_a_published_event_with_the_change()
    {
        var variant = await SaveNewsAsync("立即发布");
        await _db.WithAsync(async s => { await s.GetRequiredService<ContentService>().PublishAsync(variant.Id, "publisher", null, null, default); return 0; });

        var events = await OutboxAsync();
        Assert.Equal([(OutboxEventKind.Published, variant.Id)], events.Select(e => (e.Kind, e.VariantId!.Value)));
    }

    [Fact]
    public async Task A_scheduled_publication_is_announced_only_when_due_and_its_expiry_after_that()
    {
        var variant = await SaveNewsAsync("定时发布");
        var now = _db.Clock.GetUtcNow().UtcDateTime;
        await _db.WithAsync(async s => { await s.GetRequiredService<ContentService>().PublishAsync(variant.Id, "publisher", now.AddHours(1), now.AddHours(3), default); return 0; });
        Task<int> AnnounceAsync() => _db.WithAsync(s => s.GetRequiredService<ContentService>().AnnounceScheduledAsync(default));

        Assert.Equal(0, await AnnounceAsync());
        Assert.Empty(await OutboxAsync());

        _db.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await AnnounceAsync());
        Assert.Equal(0, await AnnounceAsync());

        _db.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await AnnounceAsync());
        Assert.Equal([OutboxEventKind.Published, OutboxEventKind.Expired], (await OutboxAsync()).Select(e => e.Kind));
    }

    [Fact]
    public async Task Schedule_jobs_running_at_once_on_several_nodes_announce_each_publication_once_and_none_fails()
    {
        var now = _db.Clock.GetUtcNow().UtcDateTime;
        var scheduled = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            var variant = await SaveNewsAsync($"同时到期 {i}");
            await _db.WithAsync(async s => { await s.GetRequiredService<ContentService>().PublishAsync(variant.Id, "publisher", now.AddHours(1), null, default); return 0; });
            scheduled.Add(variant.Id);
        }
        _db.Clock.Advance(TimeSpan.FromHours(1));

        // Each call has its own context and connection, as each node's job has.
        var announced = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
            _db.WithAsync(s => s.GetRequiredService<ContentService>().AnnounceScheduledAsync(default)))));

        Assert.Equal(10, announced.Sum());
        var events = await OutboxAsync();
        Assert.Equal(scheduled.Order(), events.Where(e => e.Kind == OutboxEventKind.Published).Select(e => e.VariantId!.Value).Order());
    }

    [Fact]
    public async Task Withdrawing_and_deleting_published_content_write_events_consumers_can_follow()
    {
        var variant = await SaveNewsAsync("将被撤回");
        await _db.WithAsync(async s =>
        {
            var content = s.GetRequiredService<ContentService>();
            await content.PublishAsync(variant.Id, "publisher", null, null, default);
            await content.WithdrawAsync(variant.Id, "publisher", default);
            await content.DeleteAsync(variant.ItemId, default);
            return 0;
        });

        Assert.Equal([OutboxEventKind.Published, OutboxEventKind.Withdrawn, OutboxEventKind.Deleted], (await OutboxAsync()).Select(e => e.Kind));
    }

    [Fact]
    public async Task Visibility_honours_publish_at_expire_at_and_deletion()
    {
        var now = _db.Clock.GetUtcNow().UtcDateTime;
        var live = await SaveNewsAsync("已发布");
        var scheduled = await SaveNewsAsync("未来发布");
        var expired = await SaveNewsAsync("已过期");
        var deleted = await SaveNewsAsync("已删除");
        var draft = await SaveNewsAsync("草稿");
        await _db.WithAsync(async s =>
        {
            var content = s.GetRequiredService<ContentService>();
            await content.PublishAsync(live.Id, "p", now.AddDays(-1), null, default);
            await content.PublishAsync(scheduled.Id, "p", now.AddDays(1), null, default);
            await content.PublishAsync(expired.Id, "p", now.AddDays(-10), now.AddMinutes(-1), default);
            await content.PublishAsync(deleted.Id, "p", now.AddDays(-1), null, default);
            await content.DeleteAsync(deleted.ItemId, default);
            return 0;
        });

        var visible = await _db.WithAsync(s => s.GetRequiredService<CmsDbContext>().Variants.VisibleAt(now).Select(v => v.Title).ToListAsync());
        Assert.Equal(["已发布"], visible);
        Assert.DoesNotContain(draft.Title, visible);
    }

    [Fact]
    public async Task Publishing_a_live_page_again_for_a_later_date_takes_it_down_until_then_and_says_so()
    {
        var variant = await SaveNewsAsync("改期发布");
        var now = _db.Clock.GetUtcNow().UtcDateTime;
        await _db.WithAsync(async s =>
        {
            var content = s.GetRequiredService<ContentService>();
            await content.PublishAsync(variant.Id, "publisher", null, null, default);
            await content.PublishAsync(variant.Id, "publisher", now.AddDays(1), null, default);
            return 0;
        });

        Assert.Equal([OutboxEventKind.Published, OutboxEventKind.Withdrawn], (await OutboxAsync()).Select(e => e.Kind));
        _db.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await _db.WithAsync(s => s.GetRequiredService<ContentService>().AnnounceScheduledAsync(default)));
        Assert.Equal(OutboxEventKind.Published, (await OutboxAsync()).Last().Kind);
    }
}
