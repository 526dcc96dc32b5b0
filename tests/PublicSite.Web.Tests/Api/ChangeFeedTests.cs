namespace PublicSite.Web.Tests.Api;

public sealed class ChangeFeedTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Publishing_updating_and_withdrawing_appear_in_that_order_after_the_consumers_cursor()
    {
        var client = site.Browser();
        var editor = new Editor(site);
        var cursor = (await client.AllChangesAsync()).Max(c => c["position"]!.GetValue<long>());

        var zh = await editor.PublishedNewsAsync("变更订阅测试新闻");
        await editor.SaveNewsAsync("变更订阅测试新闻（修订）", itemId: zh.ItemId);
        await editor.WithdrawAsync(zh);
        var page = await client.JsonAsync($"/api/v1/changes?since={cursor}");

        var changes = page["changes"]!.AsArray().Select(c => c!).ToList();
        Assert.Equal(["published", "updated", "withdrawn"], changes.Select(c => c["kind"]!.GetValue<string>()));
        Assert.All(changes, c => Assert.Equal(zh.ItemId, c["itemId"]!.GetValue<Guid>()));
        Assert.All(changes, c => Assert.Equal("zh-CN", c["language"]!.GetValue<string>()));
        Assert.All(changes, c => Assert.True(c["position"]!.GetValue<long>() > cursor));
        Assert.Equal(changes[^1]["position"]!.GetValue<long>(), page["cursor"]!.GetValue<long>());
        Assert.False(page["hasMore"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_visible_item_carries_its_URLs_and_a_consumer_that_is_up_to_date_gets_an_empty_batch()
    {
        var client = site.Browser();
        var zh = await new Editor(site).PublishedNewsAsync("仍然可见的新闻");
        var all = await client.AllChangesAsync();
        var last = all[^1];

        var empty = await client.JsonAsync($"/api/v1/changes?since={last["position"]}");

        Assert.Equal(zh.ItemId, last["itemId"]!.GetValue<Guid>());
        Assert.Equal("https://gaob.example.gov.cn/zh/news/" + Uri.EscapeDataString(zh.Slug), last["url"]!.GetValue<string>());
        Assert.Equal((await client.JsonAsync(last["apiUrl"]!.GetValue<string>()))["id"]!.GetValue<Guid>(), zh.ItemId);
        Assert.Empty(empty["changes"]!.AsArray());
        Assert.Equal(last["position"]!.GetValue<long>(), empty["cursor"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_small_limit_pages_the_feed_and_the_next_link_continues_it()
    {
        var client = site.Browser();
        var all = await client.AllChangesAsync();

        var first = await client.JsonAsync("/api/v1/changes?limit=5");
        var second = await client.JsonAsync(first["next"]!.GetValue<string>());

        Assert.True(first["hasMore"]!.GetValue<bool>());
        Assert.Equal(all.Take(10).Select(c => c["position"]!.GetValue<long>()),
            first["changes"]!.AsArray().Concat(second["changes"]!.AsArray()).Select(c => c!["position"]!.GetValue<long>()));
    }
}
