using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Web.Features.Traditional;
using PublicSite.Web.Tests.Api;

namespace PublicSite.Web.Tests.Traditional;

/// <summary>The last leftovers of the Traditional reading (issue #13) on the seeded site: site map, feed ETags, API attachment titles.</summary>
[Collection(SeededSite.Name)]
public sealed class TraditionalFinishTests(SiteFactory site)
{
    private const string Base = "https://gaob.example.gov.cn";

    [Fact]
    public async Task The_site_map_page_is_listed_in_sitemap_xml_in_every_reading()
    {
        var sitemap = await site.Browser().GetStringAsync("/sitemap.xml");

        Assert.Contains($"<loc>{Base}/zh/sitemap</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains($"<loc>{Base}/zh-hant/sitemap</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains($"<loc>{Base}/pt/sitemap</loc>", sitemap, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/news/feed.xml")]
    [InlineData("/disclosure/feed.xml")]
    public async Task A_Traditional_feed_has_the_ETag_of_the_Traditional_bytes_it_sends(string feed)
    {
        var client = site.Browser();
        var traditional = await client.GetAsync("/zh-hant" + feed);
        var simplified = await client.GetAsync("/zh" + feed);
        var bytes = await traditional.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, traditional.StatusCode);
        var etag = traditional.Headers.ETag!.Tag;
        Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}\"", etag);
        Assert.NotEqual(simplified.Headers.ETag!.Tag, etag);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/zh-hant" + feed);
        again.Headers.TryAddWithoutValidation("If-None-Match", etag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task Api_attachment_titles_read_in_Traditional_and_their_files_stay_as_stored()
    {
        const string title = "第七届苏港澳青年精英论坛日程安排（英文版）";
        var converted = await site.WithServicesAsync(s => Task.FromResult(s.GetRequiredService<TraditionalConverter>().Convert(title)));
        Assert.NotEqual(title, converted);

        var item = await site.Browser().JsonAsync("/api/v1/disclosure/014109568-2017-00018?lang=zh-Hant");

        foreach (var attachment in new[] { item["attachments"]![0]!, item["shared"]!["attachments"]![0]! })
        {
            Assert.Equal(converted, attachment["title"]!.GetValue<string>());
            Assert.Equal("files/youth-elite-forum-2017-programme.pdf", attachment["file"]!.GetValue<string>());
        }
        Assert.EndsWith("/files/youth-elite-forum-2017-programme.pdf", item["attachments"]![0]!["url"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
