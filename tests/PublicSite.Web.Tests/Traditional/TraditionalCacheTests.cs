namespace PublicSite.Web.Tests.Traditional;

/// <summary>The output cache keys on the Chinese path for both readings: it must keep them, and the reading options, apart.</summary>
[Collection(SeededSite.Name)]
public sealed class TraditionalCacheTests(SiteFactory site)
{
    [Fact]
    public async Task A_cached_Traditional_page_is_never_served_as_the_Simplified_one_or_back()
    {
        const string Path = "/disclosure/014109568-2017-00012";
        for (var round = 0; round < 2; round++)
        {
            var (_, traditional) = await site.GetPageAsync("/zh-hant" + Path);
            var (_, simplified) = await site.GetPageAsync("/zh" + Path);

            Assert.Equal("zh-Hant", traditional.DocumentElement.GetAttribute("lang"));
            Assert.Equal("關於印發《2017年全市港澳工作要點》的通知", traditional.QuerySelector("main h1")?.TextContent);
            Assert.Equal("zh-CN", simplified.DocumentElement.GetAttribute("lang"));
            Assert.Equal("关于印发《2017年全市港澳工作要点》的通知", simplified.QuerySelector("main h1")?.TextContent);
            Assert.Equal("/zh" + Path, simplified.QuerySelector("header .lang-switch a[aria-current]")?.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task A_cached_page_keeps_each_readers_text_size()
    {
        for (var round = 0; round < 2; round++)
        {
            var large = new HttpRequestMessage(HttpMethod.Get, "/pt/news");
            large.Headers.Add("Cookie", "publicsite-reading=large.standard");
            var withCookie = await SiteFactory.ParseAsync(await site.Browser().SendAsync(large));
            var (_, without) = await site.GetPageAsync("/pt/news");

            Assert.Equal("text-large", withCookie.DocumentElement.ClassName);
            Assert.DoesNotContain("text-large", without.DocumentElement.ClassList);
        }
    }
}
