using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Publishing;

namespace PublicSite.Web.Tests.Content;

/// <summary>Content an editor saves through the CMS core, read back through the public site.</summary>
public sealed class PublishedContentTests : IClassFixture<SiteFactory>
{
    private readonly SiteFactory _site;

    public PublishedContentTests(SiteFactory site) => _site = site;

    private Task<ContentVariant> SaveNewsAsync(string title, string language = "zh-CN", Guid? itemId = null, string? slug = null) =>
        _site.WithServicesAsync(s => s.GetRequiredService<ContentService>().SaveAsync(new ContentEdit
        {
            ItemId = itemId, TypeKey = "news", Language = language, Title = title, Slug = slug, Body = "园区正文。",
            Fields = new NewsArticle { Date = new DateOnly(2026, 11, 26) },
        }, "editor@example.org", null, CancellationToken.None));

    private Task<int> PublishAsync(ContentVariant variant, DateTime? at = null, DateTime? expires = null) =>
        _site.WithServicesAsync(async s =>
        {
            await s.GetRequiredService<ContentService>().PublishAsync(variant.Id, "publisher@example.org", at, expires, CancellationToken.None);
            return 0;
        });

    [Fact]
    public async Task A_news_item_with_a_Chinese_only_title_is_reachable_at_its_Chinese_slug()
    {
        var variant = await SaveNewsAsync("澳门青年代表团参访西太湖科创园");
        await PublishAsync(variant);

        var (response, page) = await _site.GetPageAsync("/zh/news/" + Uri.EscapeDataString("澳门青年代表团参访西太湖科创园"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("澳门青年代表团参访西太湖科创园", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal("2026年11月26日", page.QuerySelector("main .dateline time")?.TextContent);
    }

    [Fact]
    public async Task The_old_address_of_a_renamed_page_redirects_permanently_to_the_new_one()
    {
        var variant = await SaveNewsAsync("园区招商推介会");
        await PublishAsync(variant);
        await SaveNewsAsync("园区招商推介会在澳门举行", itemId: variant.ItemId, slug: "园区招商推介会在澳门举行");

        var response = await _site.Browser().GetAsync("/zh/news/" + Uri.EscapeDataString("园区招商推介会"));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/zh/news/" + Uri.EscapeDataString("园区招商推介会在澳门举行"), response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Scheduled_expired_and_draft_variants_are_never_shown()
    {
        var now = DateTime.UtcNow;
        var scheduled = await SaveNewsAsync("明天才发布的新闻");
        await PublishAsync(scheduled, at: now.AddDays(1));
        var expired = await SaveNewsAsync("已经过期的新闻");
        await PublishAsync(expired, at: now.AddDays(-3), expires: now.AddMinutes(-1));
        var draft = await SaveNewsAsync("仍是草稿的新闻");

        foreach (var variant in new[] { scheduled, expired, draft })
        {
            var response = await _site.Browser().GetAsync("/zh/news/" + Uri.EscapeDataString(variant.Slug));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        var list = await (await _site.Browser().GetAsync("/zh/news")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("明天才发布的新闻", list, StringComparison.Ordinal);
        Assert.DoesNotContain("已经过期的新闻", list, StringComparison.Ordinal);
        Assert.DoesNotContain("仍是草稿的新闻", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_switcher_of_a_page_without_translation_leads_to_a_notice_with_a_link_back()
    {
        var variant = await SaveNewsAsync("只有中文的园区新闻");
        await PublishAsync(variant);
        var (_, chinese) = await _site.GetPageAsync("/zh/news/" + Uri.EscapeDataString(variant.Slug));
        var switcher = chinese.QuerySelector("header a[hreflang='pt-PT']")!.GetAttribute("href")!;

        var (response, portuguese) = await _site.GetPageAsync(switcher);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(chinese.QuerySelector("link[rel=alternate][hreflang='pt-PT']"));
        Assert.Equal("Esta página não está disponível em português", portuguese.QuerySelector("main h1")?.TextContent);
        Assert.Equal("/zh/news/" + Uri.EscapeDataString(variant.Slug), portuguese.QuerySelector("main .notice a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_translated_page_switches_to_its_translations_own_slug()
    {
        var zh = await SaveNewsAsync("澳门企业家考察园区");
        var pt = await SaveNewsAsync("Empresários de Macau visitam o Parque", "pt-PT", zh.ItemId);
        await PublishAsync(zh);
        await PublishAsync(pt);

        var (_, page) = await _site.GetPageAsync("/zh/news/" + Uri.EscapeDataString(zh.Slug));
        var viaChineseSlug = await _site.Browser().GetAsync("/pt/news/" + Uri.EscapeDataString(zh.Slug));

        Assert.Equal("/pt/news/empresários-de-macau-visitam-o-parque", Uri.UnescapeDataString(page.QuerySelector("header a[hreflang='pt-PT']")!.GetAttribute("href")!));
        Assert.Equal(HttpStatusCode.MovedPermanently, viaChineseSlug.StatusCode);
    }

    [Fact]
    public async Task Markup_an_editor_writes_is_sanitised_before_it_reaches_the_page()
    {
        var variant = await _site.WithServicesAsync(s => s.GetRequiredService<ContentService>().SaveAsync(new ContentEdit
        {
            TypeKey = "news", Language = "zh-CN", Title = "安全测试<script>alert(1)</script>",
            Body = "正文<script>alert('x')</script><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">链接</a>",
            Fields = new NewsArticle { Date = new DateOnly(2026, 11, 26) },
        }, "editor", null, CancellationToken.None));
        await PublishAsync(variant);

        var html = await (await _site.Browser().GetAsync("/zh/news/" + Uri.EscapeDataString(variant.Slug))).Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.Contains("安全测试&lt;script&gt;", html, StringComparison.Ordinal);
    }
}
