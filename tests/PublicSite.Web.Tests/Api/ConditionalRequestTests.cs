using System.Net;
using System.Net.Http.Headers;

namespace PublicSite.Web.Tests.Api;

public sealed class ConditionalRequestTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Notice = "/api/v1/disclosure/014109568-2017-00012";

    private static HttpRequestMessage Get(string url, Action<HttpRequestHeaders> headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        headers(request.Headers);
        return request;
    }

    [Theory]
    [InlineData(Notice)]
    [InlineData("/api/v1/content?type=news&lang=pt")]
    [InlineData("/api/v1/changes")]
    [InlineData("/zh/news/feed.xml")]
    [InlineData("/sitemap.xml")]
    public async Task A_repeated_request_with_the_ETag_answers_304_without_a_body(string url)
    {
        var client = site.Browser();
        var first = await client.GetAsync(url);
        var etag = first.Headers.ETag!;

        var second = await client.SendAsync(Get(url, h => h.IfNoneMatch.Add(etag)));

        Assert.False(etag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, second.Headers.ETag);
        Assert.True(first.Headers.CacheControl!.Public);
        Assert.NotNull(first.Headers.CacheControl.MaxAge);
    }

    [Fact]
    public async Task A_request_with_If_Modified_Since_at_or_after_Last_Modified_answers_304()
    {
        var client = site.Browser();
        var first = await client.GetAsync(Notice);
        var lastModified = first.Content.Headers.LastModified!.Value;

        var same = await client.SendAsync(Get(Notice, h => h.IfModifiedSince = lastModified));
        var earlier = await client.SendAsync(Get(Notice, h => h.IfModifiedSince = lastModified.AddDays(-1)));

        Assert.Equal(HttpStatusCode.NotModified, same.StatusCode);
        Assert.Equal(HttpStatusCode.OK, earlier.StatusCode);
    }

    [Fact]
    public async Task An_edit_changes_the_ETag_so_a_conditional_request_gets_the_new_version()
    {
        var editor = new Editor(site);
        var zh = await editor.PublishedNewsAsync("条件请求测试新闻");
        var client = site.Browser();
        var url = $"/api/v1/content/{zh.ItemId}?lang=zh";
        var before = (await client.GetAsync(url)).Headers.ETag!;

        await editor.SaveNewsAsync("条件请求测试新闻（更新）", itemId: zh.ItemId);
        var after = await client.SendAsync(Get(url, h => h.IfNoneMatch.Add(before)));

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before, after.Headers.ETag);
        Assert.Contains("（更新）", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
