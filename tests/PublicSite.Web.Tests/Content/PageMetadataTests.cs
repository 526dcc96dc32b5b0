using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Publishing;

namespace PublicSite.Web.Tests.Content;

/// <summary>Editors set a page's search-engine description and share title per language; without them the summary and title serve (issue #19).</summary>
public sealed class PageMetadataTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private Task<string> PublishAsync(string title, string language, string? description, string? socialTitle, Guid? itemId = null) => site.WithServicesAsync(async s =>
    {
        var content = s.GetRequiredService<ContentService>();
        var variant = await content.SaveAsync(new ContentEdit
        {
            ItemId = itemId, TypeKey = "news", Language = language, Title = title, Summary = "摘要：" + title, Body = "正文",
            Fields = new NewsArticle { Date = new DateOnly(2026, 11, 30), MetaDescription = description, SocialTitle = socialTitle },
        }, "editor@example.org", null, CancellationToken.None);
        await content.PublishAsync(variant.Id, "publisher@example.org", null, null, CancellationToken.None);
        return $"{(language == "pt-PT" ? "/pt" : "/zh")}/news/{Uri.EscapeDataString(variant.Slug)}|{variant.ItemId}";
    });

    [Fact]
    public async Task The_description_and_share_title_an_editor_wrote_are_the_pages_meta_and_the_other_language_falls_back_to_its_summary()
    {
        var chinese = (await PublishAsync("园区新闻元数据", "zh-CN", "苏澳合作园区发布2026年度青年创业扶持名单。", "青年创业扶持名单公布")).Split('|');
        var portuguese = (await PublishAsync("Notícia com metadados", "pt-PT", null, null, Guid.Parse(chinese[1]))).Split('|');

        var (_, zh) = await site.GetPageAsync(chinese[0]);
        var (_, pt) = await site.GetPageAsync(portuguese[0]);

        Assert.Equal("苏澳合作园区发布2026年度青年创业扶持名单。", zh.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        Assert.Equal("苏澳合作园区发布2026年度青年创业扶持名单。", zh.QuerySelector("meta[property='og:description']")?.GetAttribute("content"));
        Assert.Equal("青年创业扶持名单公布", zh.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
        Assert.Equal("摘要：Notícia com metadados", pt.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        Assert.Equal("Notícia com metadados", pt.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
    }
}
