using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Search.Sync;

namespace PublicSite.Web.Tests.Traditional;

[Collection(SeededSite.Name)]
public sealed class TraditionalSearchAndFeedTests(SiteFactory site) : IAsyncLifetime
{
    /// <summary>The seed is imported at start; the index follows it through the outbox.</summary>
    public Task InitializeAsync() => site.WithServicesAsync(s => s.GetRequiredService<SearchIndexSync>().CatchUpAsync(CancellationToken.None));

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("苏澳合作园区")]
    [InlineData("蘇澳合作園區")]
    public async Task Search_in_the_Traditional_view_answers_in_Traditional_for_either_script(string query)
    {
        var (response, page) = await site.GetPageAsync("/zh-hant/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("zh-Hant", page.DocumentElement.GetAttribute("lang"));
        var results = page.QuerySelectorAll("main h2.result-title a").Select(a => (Title: a.TextContent, Href: a.GetAttribute("href")!)).ToList();
        Assert.NotEmpty(results);
        Assert.Contains(results, r => r.Title.Contains("園區", StringComparison.Ordinal));
        Assert.All(results, r => Assert.StartsWith("/zh-hant/", r.Href, StringComparison.Ordinal));
        Assert.DoesNotContain("园区", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        // The query typed is the reader's own: the search box keeps it as typed.
        Assert.Equal(query, page.QuerySelector("main input[name=q]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Both_scripts_find_the_same_documents()
    {
        var (_, simplified) = await site.GetPageAsync("/zh-hant/search?q=" + Uri.EscapeDataString("港澳青年实习"));
        var (_, traditional) = await site.GetPageAsync("/zh-hant/search?q=" + Uri.EscapeDataString("港澳青年實習"));

        static List<string> Links(AngleSharp.Html.Dom.IHtmlDocument page) =>
            page.QuerySelectorAll("main h2.result-title a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(Links(simplified));
        Assert.Equal(Links(simplified), Links(traditional));
    }

    [Fact]
    public async Task The_news_feed_has_a_Traditional_reading()
    {
        var response = await site.Browser().GetAsync("/zh-hant/news/feed.xml");
        var feed = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("園區", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("园区", feed, StringComparison.Ordinal);
        Assert.Contains("https://gaob.example.gov.cn/zh-hant/news/", feed, StringComparison.Ordinal);
    }
}

[Collection(SeededSite.Name)]
public sealed class TraditionalSitemapTests(SiteFactory site)
{
    private static readonly System.Xml.Linq.XNamespace Urls = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly System.Xml.Linq.XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public async Task The_sitemap_lists_the_Traditional_reading_beside_each_Chinese_page()
    {
        var xml = System.Xml.Linq.XDocument.Parse(await site.Browser().GetStringAsync("/sitemap.xml"));
        var urls = xml.Root!.Elements(Urls + "url").ToDictionary(
            u => u.Element(Urls + "loc")!.Value,
            u => u.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value));
        const string Base = "https://gaob.example.gov.cn";
        const string Notice = "/disclosure/014109568-2017-00012";

        foreach (var location in new[] { $"{Base}/zh{Notice}", $"{Base}/zh-hant{Notice}", $"{Base}/pt{Notice}", $"{Base}/zh-hant/" })
        {
            Assert.True(urls.ContainsKey(location), location);
        }
        Assert.Equal($"{Base}/zh-hant{Notice}", urls[$"{Base}/pt{Notice}"]["zh-Hant"]);
        Assert.Equal($"{Base}/zh{Notice}", urls[$"{Base}/zh-hant{Notice}"]["zh-CN"]);
    }
}
