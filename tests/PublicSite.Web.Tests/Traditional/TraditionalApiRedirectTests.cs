using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Publishing;

namespace PublicSite.Web.Tests.Traditional;

/// <summary>A slug changed while a Traditional reader of the API holds the old address (its own site: it publishes).</summary>
public sealed class TraditionalApiRedirectTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task A_moved_slug_under_content_zh_Hant_redirects_within_zh_Hant()
    {
        await site.WithServicesAsync(async s =>
        {
            var content = s.GetRequiredService<ContentService>();
            static ContentEdit Edit(string slug, Guid? item = null) => new()
            {
                ItemId = item, TypeKey = "news", Language = "zh-CN", Title = "换了地址的新闻", Slug = slug, Fields = new NewsArticle { Date = new DateOnly(2026, 11, 1) },
            };
            var live = await content.SaveAsync(Edit("huan-di-zhi-jiu"), "someone@gaob.example.gov.cn", null, default);
            await content.PublishAsync(live.Id, "someone@gaob.example.gov.cn", null, null, default);
            var moved = await content.SaveAsync(Edit("huan-di-zhi-xin", live.ItemId), "someone@gaob.example.gov.cn", null, default);
            await content.PublishAsync(moved.Id, "someone@gaob.example.gov.cn", null, null, default);
            return 0;
        });

        var page = await site.Browser().GetAsync("/zh/news/huan-di-zhi-jiu");
        var api = await site.Browser().GetAsync("/api/v1/content/zh-Hant/news/huan-di-zhi-jiu");

        Assert.Equal(HttpStatusCode.MovedPermanently, page.StatusCode);
        Assert.Equal(HttpStatusCode.MovedPermanently, api.StatusCode);
        Assert.EndsWith("/api/v1/content/zh-Hant/news/huan-di-zhi-xin", api.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
