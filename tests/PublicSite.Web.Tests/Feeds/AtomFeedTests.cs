using System.Globalization;
using System.Net;
using System.Xml.Linq;
using PublicSite.Web.Tests.Api;

namespace PublicSite.Web.Tests.Feeds;

public sealed class AtomFeedTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private async Task<XElement> FeedAsync(string path)
    {
        var response = await site.Browser().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
    }

    private static void AssertAbsolute(string? url) =>
        Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == "https", $"'{url}' is not an absolute https URL.");

    [Theory]
    [InlineData("/zh/news/feed.xml", "zh-CN")]
    [InlineData("/pt/news/feed.xml", "pt-PT")]
    [InlineData("/zh/disclosure/feed.xml", "zh-CN")]
    [InlineData("/pt/disclosure/feed.xml", "pt-PT")]
    public async Task Each_feed_is_Atom_with_the_required_elements_absolute_links_and_newest_entries_first(string path, string culture)
    {
        var feed = await FeedAsync(path);

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal(culture, feed.Attribute(XNamespace.Xml + "lang")?.Value);
        AssertAbsolute(feed.Element(Atom + "id")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")?.Value));
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")?.Value, CultureInfo.InvariantCulture, out _));
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "author")?.Element(Atom + "name")?.Value));
        Assert.Equal("https://gaob.example.gov.cn" + path,
            feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")?.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.NotEmpty(entries);
        Assert.InRange(entries.Count, 1, 50);
        foreach (var entry in entries)
        {
            Assert.StartsWith("urn:uuid:", entry.Element(Atom + "id")?.Value, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")?.Value));
            Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")?.Value, CultureInfo.InvariantCulture, out _));
            var link = entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")?.Value;
            AssertAbsolute(link);
            Assert.StartsWith($"https://gaob.example.gov.cn/{culture[..2]}/", link, StringComparison.Ordinal);
        }
        var published = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "published")!.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(published.OrderDescending(), published);
    }

    [Fact]
    public async Task The_Chinese_disclosure_feed_carries_the_2017_notice_with_its_sanitised_body()
    {
        var feed = await FeedAsync("/zh/disclosure/feed.xml");

        var entry = feed.Elements(Atom + "entry").Single(e => e.Element(Atom + "title")?.Value == "关于印发《2017年全市港澳工作要点》的通知");
        Assert.Equal("https://gaob.example.gov.cn/zh/disclosure/014109568-2017-00012",
            entry.Element(Atom + "link")?.Attribute("href")?.Value);
        Assert.Equal("html", entry.Element(Atom + "content")?.Attribute("type")?.Value);
        Assert.Contains("苏澳合作园区", entry.Element(Atom + "content")?.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_holds_the_newest_50_entries_only()
    {
        var editor = new Editor(site);
        for (var n = 0; n < 52; n++)
        {
            await editor.PublishedNewsAsync($"订阅源容量测试新闻第{n}条");
        }

        var feed = await FeedAsync("/zh/news/feed.xml");

        var titles = feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();
        Assert.Equal(50, titles.Count);
        Assert.Equal("订阅源容量测试新闻第51条", titles[0]);
        Assert.DoesNotContain("订阅源容量测试新闻第1条", titles);
    }

    [Theory]
    [InlineData("/zh/news/feed.xml", "苏澳合作园区")]
    [InlineData("/pt/news/feed.xml", "Parque de Cooperação Jiangsu-Macau")]
    public async Task News_tags_carry_their_label_in_the_feeds_language(string path, string label)
    {
        var feed = await FeedAsync(path);

        var categories = feed.Descendants(Atom + "category").ToList();
        Assert.Contains(categories, c => (string?)c.Attribute("term") == "jiangsu-macau-park" && (string?)c.Attribute("label") == label);
    }
}
