using System.Net;

namespace PublicSite.Web.Tests.Delivery;

/// <summary>
/// Every page that shows an item, served from the page cache, shows a change on the very next request: the save
/// evicts the item's tags before it returns, and scheduled changes bound every entry's life.
/// </summary>
public sealed class PageCacheTests : IClassFixture<CachedSite>
{
    private readonly CachedSite _site;

    public PageCacheTests(CachedSite site) => _site = site;

    private static string Zh(string slug) => "/zh/news/" + Uri.EscapeDataString(slug);

    private static string Pt(string slug) => "/pt/news/" + Uri.EscapeDataString(slug);

    // The pages besides the item's own that list a news item in Chinese.
    private static readonly string[] ChineseLists = ["/zh/news", "/zh", "/zh/news/feed.xml", "/sitemap.xml", "/api/v1/content?type=news&lang=zh"];

    // Every public page a reader only reads, whatever it shows: content, the column's fixed text, the site map.
    [Theory]
    [InlineData("/zh")]
    [InlineData("/pt")]
    [InlineData("/zh/disclosure")]
    [InlineData("/pt/disclosure")]
    [InlineData("/zh/disclosure/catalogue")]
    [InlineData("/zh/disclosure/guide")]
    [InlineData("/zh/disclosure/rules")]
    [InlineData("/zh/disclosure/reports")]
    [InlineData("/zh/sitemap")]
    [InlineData("/pt/sitemap")]
    [InlineData("/zh-hant/sitemap")]
    [InlineData("/pt/news")]
    [InlineData("/zh/guidance")]
    [InlineData("/pt/pages")]
    [InlineData("/zh/programmes")]
    [InlineData("/pt/events")]
    public async Task Every_reading_page_is_served_from_the_cache_on_the_second_request(string path) =>
        await _site.WarmAsync(path);

    [Fact]
    public async Task A_publication_shows_at_once_on_every_page_that_lists_it_in_both_languages()
    {
        var zh = await _site.SaveNewsAsync("缓存测试：新发布的园区新闻", "zh-CN", slug: "cache-publication");
        var pt = await _site.SaveNewsAsync("Teste de cache: notícia publicada", "pt-PT", itemId: zh.ItemId, slug: "cache-publicacao");
        foreach (var path in ChineseLists.Append("/pt/news").Append("/pt"))
        {
            Assert.DoesNotContain("cache-publica", await _site.WarmAsync(path), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await _site.ReadAsync(Zh("cache-publication"))).Status);

        await _site.PublishAsync(zh);
        await _site.PublishAsync(pt);

        foreach (var path in ChineseLists)
        {
            Assert.Contains("cache-publication", (await _site.ReadAsync(path)).Body, StringComparison.Ordinal);
        }
        Assert.Contains("cache-publicacao", (await _site.ReadAsync("/pt/news")).Body, StringComparison.Ordinal);
        Assert.Contains("cache-publicacao", (await _site.ReadAsync("/pt")).Body, StringComparison.Ordinal);
        Assert.Contains("新发布的园区新闻", (await _site.ReadAsync(Zh("cache-publication"))).Body, StringComparison.Ordinal);
        Assert.Contains("notícia publicada", (await _site.ReadAsync(Pt("cache-publicacao"))).Body, StringComparison.Ordinal);
        Assert.Contains("notícia publicada", (await _site.ReadAsync($"/api/v1/content/{zh.ItemId}?lang=pt")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_update_shows_at_once_on_the_item_page_in_both_languages_and_on_the_lists()
    {
        var zh = await _site.SaveNewsAsync("缓存测试：更新前的标题", "zh-CN", slug: "cache-update");
        var pt = await _site.SaveNewsAsync("Teste de cache: título antigo", "pt-PT", itemId: zh.ItemId, slug: "cache-actualizacao");
        await _site.PublishAsync(zh);
        await _site.PublishAsync(pt);
        Assert.Contains("更新前的标题", await _site.WarmAsync(Zh("cache-update")), StringComparison.Ordinal);
        Assert.Contains("título antigo", await _site.WarmAsync(Pt("cache-actualizacao")), StringComparison.Ordinal);
        Assert.Contains("更新前的标题", await _site.WarmAsync("/zh/news"), StringComparison.Ordinal);

        var updated = await _site.SaveNewsAsync("缓存测试：更新后的标题", "zh-CN", itemId: zh.ItemId, slug: "cache-update");
        await _site.PublishAsync(updated);

        Assert.Contains("更新后的标题", (await _site.ReadAsync(Zh("cache-update"))).Body, StringComparison.Ordinal);
        Assert.Contains("更新后的标题", (await _site.ReadAsync("/zh/news")).Body, StringComparison.Ordinal);
        Assert.Contains("更新后的标题", (await _site.ReadAsync("/zh/news/feed.xml")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_withdrawal_and_a_deletion_show_at_once_everywhere()
    {
        var zh = await _site.SaveNewsAsync("缓存测试：将被撤回的新闻", "zh-CN", slug: "cache-withdrawal");
        var pt = await _site.SaveNewsAsync("Teste de cache: notícia a retirar", "pt-PT", itemId: zh.ItemId, slug: "cache-retirada");
        await _site.PublishAsync(zh);
        await _site.PublishAsync(pt);
        foreach (var path in ChineseLists.Append(Zh("cache-withdrawal")))
        {
            Assert.Contains("cache-withdrawal", await _site.WarmAsync(path), StringComparison.Ordinal);
        }
        Assert.Contains("cache-retirada", await _site.WarmAsync(Pt("cache-retirada")), StringComparison.Ordinal);

        await _site.WithContentServiceAsync(s => s.WithdrawAsync(zh.Id, "publisher@example.org", CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, (await _site.ReadAsync(Zh("cache-withdrawal"))).Status);
        foreach (var path in ChineseLists)
        {
            Assert.DoesNotContain("cache-withdrawal", (await _site.ReadAsync(path)).Body, StringComparison.Ordinal);
        }
        // The Portuguese page stays, but no longer offers the Chinese one.
        Assert.DoesNotContain("cache-withdrawal", (await _site.ReadAsync(Pt("cache-retirada"))).Body, StringComparison.Ordinal);

        Assert.Contains("cache-retirada", await _site.WarmAsync("/pt/news"), StringComparison.Ordinal);
        await _site.WithContentServiceAsync(s => s.DeleteAsync(zh.ItemId, CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, (await _site.ReadAsync(Pt("cache-retirada"))).Status);
        Assert.DoesNotContain("cache-retirada", (await _site.ReadAsync("/pt/news")).Body, StringComparison.Ordinal);
        Assert.DoesNotContain("cache-retirada", (await _site.ReadAsync("/sitemap.xml")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slug_change_redirects_from_the_cached_address_at_once()
    {
        var zh = await _site.SaveNewsAsync("缓存测试：改名的新闻", "zh-CN", slug: "cache-old-slug");
        await _site.PublishAsync(zh);
        Assert.Contains("改名的新闻", await _site.WarmAsync(Zh("cache-old-slug")), StringComparison.Ordinal);

        await _site.SaveNewsAsync("缓存测试：改名的新闻", "zh-CN", itemId: zh.ItemId, slug: "cache-new-slug");

        var response = await _site.Browser().GetAsync(Zh("cache-old-slug"));
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(Zh("cache-new-slug"), response.Headers.Location?.OriginalString);
        Assert.Contains("cache-new-slug", (await _site.ReadAsync("/zh/news")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scheduled_publication_and_an_expiry_show_at_their_minute_without_any_save()
    {
        var now = _site.Clock.GetUtcNow().UtcDateTime;
        var soon = await _site.SaveNewsAsync("缓存测试：定时发布的新闻", "zh-CN", slug: "cache-scheduled");
        await _site.PublishAsync(soon, at: now.AddMinutes(10));
        var leaving = await _site.SaveNewsAsync("缓存测试：定时下线的新闻", "zh-CN", slug: "cache-expiring");
        await _site.PublishAsync(leaving, at: now.AddMinutes(-5), expires: now.AddMinutes(20));
        var list = await _site.WarmAsync("/zh/news");
        Assert.DoesNotContain("cache-scheduled", list, StringComparison.Ordinal);
        Assert.Contains("cache-expiring", list, StringComparison.Ordinal);
        Assert.Contains("定时下线的新闻", await _site.WarmAsync(Zh("cache-expiring")), StringComparison.Ordinal);

        _site.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Contains("cache-scheduled", (await _site.ReadAsync("/zh/news")).Body, StringComparison.Ordinal);
        Assert.Contains("cache-expiring", await _site.WarmAsync("/zh/news"), StringComparison.Ordinal);

        _site.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.DoesNotContain("cache-expiring", (await _site.ReadAsync("/zh/news")).Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.ReadAsync(Zh("cache-expiring"))).Status);
    }
}
