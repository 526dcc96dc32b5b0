namespace PublicSite.Web.Tests.Traditional;

[Collection(SeededSite.Name)]
public sealed class GovernmentNormsTests(SiteFactory site)
{
    [Fact]
    public async Task The_footer_links_the_filing_numbers_to_their_registries()
    {
        var (_, page) = await site.GetPageAsync("/zh/");

        Assert.Equal("https://beian.miit.gov.cn/", page.QuerySelector(".filings a[href*='miit']")?.GetAttribute("href"));
        Assert.Equal("https://beian.mps.gov.cn/#/query/webSearch?code=00000000000000", page.QuerySelector(".filings a[href*='mps']")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/zh/news", "/zh/news/feed.xml")]
    [InlineData("/pt/", "/pt/disclosure/feed.xml")]
    [InlineData("/zh-hant/", "/zh-hant/news/feed.xml")]
    public async Task Pages_announce_their_Atom_feeds(string path, string feed)
    {
        var (_, page) = await site.GetPageAsync(path);

        Assert.Contains(feed, page.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")));
    }

    [Fact]
    public async Task Manager_pages_name_the_favicon()
    {
        var (_, page) = await site.GetPageAsync("/manager/sign-in");

        var icon = page.QuerySelector("link[rel=icon]")?.GetAttribute("href");
        Assert.StartsWith("/theme/favicon.svg", icon, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await site.Browser().GetAsync(icon)).StatusCode);
    }
}

[Collection(SeededSite.Name)]
public sealed class PageDescriptionTests(SiteFactory site)
{
    [Theory]
    [InlineData("/zh/")]
    [InlineData("/pt/news")]
    [InlineData("/zh/search?q=%E6%B8%AF%E6%BE%B3")]
    [InlineData("/pt/no-such-page")]
    [InlineData("/zh-hant/disclosure")]
    public async Task Every_page_has_a_meta_description(string path)
    {
        var (_, page) = await site.GetPageAsync(path);

        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")));
    }
}
