using System.Net;

namespace PublicSite.Web.Tests.Traditional;

[Collection(SeededSite.Name)]
public sealed class TraditionalPageTests(SiteFactory site)
{
    private const string Notice = "/disclosure/014109568-2017-00012";

    private static string Metadata(AngleSharp.Html.Dom.IHtmlDocument page, string label) =>
        page.QuerySelectorAll(".meta-table div").Single(row => row.QuerySelector("dt")?.TextContent == label).QuerySelector("dd")!.TextContent.Trim();

    [Fact]
    public async Task The_2017_notice_reads_in_Traditional_with_its_identifiers_as_issued()
    {
        var (response, page) = await site.GetPageAsync("/zh-hant" + Notice);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("zh-Hant", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("關於印發《2017年全市港澳工作要點》的通知", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal("014109568/2017-00012", Metadata(page, "索引號"));
        Assert.Equal("常港发〔2017〕1号", Metadata(page, "文件編號"));
        Assert.Equal("市外事辦", Metadata(page, "發佈機構"));
        Assert.Equal("2017-05-05", Metadata(page, "公開日期"));
        var body = page.QuerySelector(".article-body")!.TextContent;
        Assert.Contains("蘇澳合作園區正式落戶我市（武進西太湖）", body, StringComparison.Ordinal);
        Assert.Contains("與省港澳辦保持密切聯繫", body, StringComparison.Ordinal);
        Assert.Contains("關於印發", page.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/zh/", "/zh-hant/")]
    [InlineData("/zh" + Notice, "/zh-hant" + Notice)]
    public async Task Chinese_and_Traditional_pages_name_each_other_with_hreflang(string chinese, string traditional)
    {
        foreach (var path in new[] { chinese, traditional })
        {
            var (_, page) = await site.GetPageAsync(path);

            Assert.Equal("https://gaob.example.gov.cn" + chinese, page.QuerySelector("link[rel=alternate][hreflang='zh-CN']")?.GetAttribute("href"));
            Assert.Equal("https://gaob.example.gov.cn" + traditional, page.QuerySelector("link[rel=alternate][hreflang='zh-Hant']")?.GetAttribute("href"));
            Assert.Equal("https://gaob.example.gov.cn" + path, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            Assert.Equal("https://gaob.example.gov.cn" + path, page.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
        }
    }

    [Theory]
    [InlineData("/zh" + Notice)]
    [InlineData("/zh-hant" + Notice)]
    [InlineData("/pt" + Notice)]
    public async Task The_three_way_switch_keeps_the_reader_on_the_same_page(string path)
    {
        var (_, page) = await site.GetPageAsync(path);

        Assert.Equal("/zh" + Notice, page.QuerySelector("header a[hreflang='zh-CN']")?.GetAttribute("href"));
        Assert.Equal("简体", page.QuerySelector("header a[hreflang='zh-CN']")?.TextContent);
        Assert.Equal("/zh-hant" + Notice, page.QuerySelector("header a[hreflang='zh-Hant']")?.GetAttribute("href"));
        Assert.Equal("/pt" + Notice, page.QuerySelector("header a[hreflang='pt-PT']")?.GetAttribute("href"));
        Assert.Equal(path, page.QuerySelector("header .lang-switch a[aria-current]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Links_inside_the_Traditional_view_stay_in_Traditional()
    {
        var (_, page) = await site.GetPageAsync("/zh-hant/news");

        var links = page.QuerySelectorAll("main a[href^='/zh'], nav.site-nav a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.StartsWith("/zh-hant", href, StringComparison.Ordinal));
        Assert.Equal("/zh-hant/search", page.QuerySelector("form.site-search")?.GetAttribute("action"));
    }

    [Fact]
    public async Task A_missing_Traditional_page_is_a_404_in_Traditional()
    {
        var (response, page) = await site.GetPageAsync("/zh-hant/news/no-such-article");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("zh-Hant", page.DocumentElement.GetAttribute("lang"));
    }
}
