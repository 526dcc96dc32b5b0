using System.Xml.Linq;
using PublicSite.Web.Tests.Api;

namespace PublicSite.Web.Tests.Discovery;

public sealed class SitemapTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Base = "https://gaob.example.gov.cn";
    private static readonly XNamespace Urls = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private async Task<Dictionary<string, Dictionary<string, string>>> SitemapAsync()
    {
        var response = await site.Browser().GetAsync("/sitemap.xml");
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var urlset = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Urls + "urlset", urlset.Name);
        return urlset.Elements(Urls + "url").ToDictionary(
            u => u.Element(Urls + "loc")!.Value,
            u => u.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value));
    }

    [Fact]
    public async Task Home_pages_and_section_lists_are_listed_in_both_languages_with_each_other_as_alternates()
    {
        var sitemap = await SitemapAsync();

        foreach (var path in new[] { "/", "/disclosure", "/news", "/programmes", "/events", "/guidance", "/pages" })
        {
            foreach (var code in new[] { "zh", "pt" })
            {
                var alternates = sitemap[$"{Base}/{code}{path}"];
                Assert.Equal($"{Base}/zh{path}", alternates["zh-CN"]);
                Assert.Equal($"{Base}/pt{path}", alternates["pt-PT"]);
                Assert.Equal($"{Base}/zh{path}", alternates["x-default"]);
            }
        }
    }

    [Fact]
    public async Task Every_published_page_is_listed_once_with_the_languages_it_is_published_in()
    {
        var sitemap = await SitemapAsync();
        var items = await site.Browser().AllItemsAsync();

        Assert.All(sitemap.Keys, loc => Assert.StartsWith(Base + "/", loc, StringComparison.Ordinal));
        foreach (var item in items)
        {
            var alternates = sitemap[item["url"]!.GetValue<string>()];
            var languages = item["translations"]!.AsArray().Select(t => t!["language"]!.GetValue<string>())
                .Append(item["language"]!.GetValue<string>()).ToList();
            // A Chinese page has its 繁體 reading as an alternate too.
            var expected = languages.Contains("zh-CN") ? languages.Append("zh-Hant") : languages;
            Assert.Equal(expected.Order(), alternates.Keys.Where(k => k != "x-default").Order());
        }
        var chinese = items.Count(i => i["language"]!.GetValue<string>() == "zh-CN");
        // Home, the six sections (disclosure, news, programmes, events, guidance, pages) and the site-map page, each in zh, zh-hant and pt.
        Assert.Equal(items.Count + chinese + 24, sitemap.Count);
        var notice = sitemap[$"{Base}/pt/disclosure/014109568-2017-00012"];
        Assert.Equal($"{Base}/zh/disclosure/014109568-2017-00012", notice["zh-CN"]);
        Assert.Equal($"{Base}/zh/disclosure/014109568-2017-00012", notice["x-default"]);
    }

    [Fact]
    public async Task A_page_published_only_in_Chinese_has_no_Portuguese_alternate()
    {
        var zh = await new Editor(site).PublishedNewsAsync("只有中文的站点地图新闻");

        var alternates = (await SitemapAsync())[$"{Base}/zh/news/{Uri.EscapeDataString(zh.Slug)}"];

        Assert.Equal(["zh-CN", "zh-Hant", "x-default"], alternates.Keys);
    }

    [Fact]
    public async Task Robots_txt_names_the_sitemap_by_its_absolute_URL()
    {
        var robots = await site.Browser().GetStringAsync("/robots.txt");

        Assert.Contains($"Sitemap: {Base}/sitemap.xml", robots.Split('\n'));
        Assert.Contains("User-agent: *", robots.Split('\n'));
    }
}
