using PublicSite.Web.Features.Shared;

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

    [Theory]
    [InlineData("/zh/", "首页", "首页")]
    [InlineData("/pt/", "Página inicial", "Página inicial")]
    [InlineData("/zh-hant/", "首頁", "首頁")]
    [InlineData("/zh/disclosure/014109568-2017-00012", "政府信息公开", "政府信息公开")]
    [InlineData("/pt/news", "Notícias do Parque de Cooperação Jiangsu-Macau", "Notícias")]
    [InlineData("/zh/guidance", "办事指南", "办事服务")]
    public async Task Pages_name_their_column_its_type_and_description(string path, string columnName, string columnType)
    {
        var (_, page) = await site.GetPageAsync(path);
        string? Meta(string name) => page.QuerySelector($"meta[name={name}]")?.GetAttribute("content");

        Assert.Equal(columnName, Meta("ColumnName"));
        Assert.Equal(columnType, Meta("ColumnType"));
        Assert.False(string.IsNullOrWhiteSpace(Meta("ColumnDescription")));
        Assert.NotEqual(Meta("ColumnDescription"), Meta("SiteName"));
    }

    [Fact]
    public async Task PubDate_is_written_with_its_hour_in_China_time()
    {
        var (_, page) = await site.GetPageAsync("/zh/disclosure/014109568-2017-00012");

        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$", page.QuerySelector("meta[name=PubDate]")?.GetAttribute("content"));
    }

    [Theory]
    [InlineData("2026-12-01", "2026-12-01T02:30:00Z", "2026-12-01 10:30")]
    [InlineData("2026-12-01", "2026-11-30T16:30:00Z", "2026-12-01 00:30")]
    [InlineData("2017-05-05", "2026-12-01T02:30:00Z", "2017-05-05 00:00")]
    [InlineData("2017-05-05", null, "2017-05-05 00:00")]
    public void PubDate_takes_the_hour_of_publication_only_on_the_pages_own_date(string date, string? publishedAtUtc, string expected)
    {
        DateTime? utc = publishedAtUtc is null ? null : DateTime.Parse(publishedAtUtc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);

        Assert.Equal(expected, SiteDates.MetaPubDate(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), utc));
    }

    [Theory]
    [InlineData("/zh/", "网站地图")]
    [InlineData("/zh-hant/news", "網站地圖")]
    [InlineData("/pt/guidance", "Mapa do sítio")]
    public async Task The_footer_links_the_site_map_which_lists_every_column_and_its_parts(string path, string title)
    {
        var (_, page) = await site.GetPageAsync(path);
        var link = page.QuerySelectorAll("footer a").SingleOrDefault(a => a.TextContent == title)?.GetAttribute("href");
        Assert.NotNull(link);

        var (response, map) = await site.GetPageAsync(link);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(title, map.QuerySelector("main h1")?.TextContent);
        var prefix = link[..link.IndexOf("/sitemap", StringComparison.Ordinal)];
        var links = map.QuerySelectorAll("main .site-map a").Select(a => a.GetAttribute("href")).ToList();
        foreach (var expected in new[] { "/", "/disclosure", "/disclosure/guide", "/disclosure/catalogue", "/disclosure/request", "/news", "/programmes", "/guidance", "/pages/about" })
        {
            Assert.Contains(prefix + expected, links);
        }
        Assert.Equal(title, map.QuerySelector("meta[name=ColumnName]")?.GetAttribute("content"));
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
