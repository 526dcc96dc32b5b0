using System.IO.Compression;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Data;
using PublicSite.Web.Features.Disclosure;

namespace PublicSite.Web.Tests.Delivery;

/// <summary>Compression, validators and view counts of public responses, served from the cache or not.</summary>
public sealed class HttpCachingTests : IClassFixture<CachedSite>
{
    private const string Notice = "/zh/disclosure/014109568-2017-00012";
    private const string Firefox = "Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0";

    private readonly CachedSite _site;

    public HttpCachingTests(CachedSite site) => _site = site;

    private async Task<HttpResponseMessage> GetAsync(string path, string? acceptEncoding = null, string? ifNoneMatch = null, string userAgent = Firefox)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }
        return await _site.Browser().SendAsync(request);
    }

    private static async Task<byte[]> DecodedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsByteArrayAsync();
        Stream? decoder = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
            "gzip" => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
            null => null,
            var other => throw new InvalidOperationException("Unexpected coding " + other),
        };
        if (decoder is null)
        {
            return body;
        }
        using var decoded = new MemoryStream();
        await decoder.CopyToAsync(decoded);
        return decoded.ToArray();
    }

    [Theory]
    [InlineData("/zh")]
    [InlineData("/pt/disclosure")]
    [InlineData("/zh/news/feed.xml")]
    [InlineData("/api/v1/content?lang=pt")]
    [InlineData("/sitemap.xml")]
    [InlineData("/zh-hant/disclosure")]
    [InlineData("/zh-hant/news/feed.xml")]
    public async Task Brotli_and_gzip_answers_decode_to_the_same_bytes_as_the_plain_one(string path)
    {
        // Twice each: the first is rendered, the second comes from the cache.
        for (var i = 0; i < 2; i++)
        {
            var plain = await GetAsync(path);
            var brotli = await GetAsync(path, "gzip, deflate, br");
            var gzip = await GetAsync(path, "gzip");

            Assert.Empty(plain.Content.Headers.ContentEncoding);
            Assert.Equal("br", Assert.Single(brotli.Content.Headers.ContentEncoding));
            Assert.Equal("gzip", Assert.Single(gzip.Content.Headers.ContentEncoding));
            Assert.Contains("Accept-Encoding", brotli.Headers.Vary);
            var expected = await plain.Content.ReadAsByteArrayAsync();
            Assert.Equal(expected, await DecodedAsync(brotli));
            Assert.Equal(expected, await DecodedAsync(gzip));
            Assert.True((await brotli.Content.ReadAsByteArrayAsync()).Length < expected.Length / 2);
        }
    }

    [Fact]
    public async Task A_page_revalidated_with_its_ETag_gets_304_rendered_or_cached()
    {
        var first = await GetAsync("/pt/news");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Contains("no-cache", first.Headers.CacheControl?.ToString(), StringComparison.Ordinal);

        var cached = await GetAsync("/pt/news", ifNoneMatch: etag.ToString());
        Assert.Equal(HttpStatusCode.NotModified, cached.StatusCode);
        Assert.Empty(await cached.Content.ReadAsByteArrayAsync());

        // A reader whose copy is older gets the page.
        var stale = await GetAsync("/pt/news", ifNoneMatch: "W/\"0123456789abcdef\"");
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal(etag, stale.Headers.ETag);
    }

    [Fact]
    public async Task A_Traditional_page_is_cached_converted_with_its_own_ETag_and_revalidates_to_304()
    {
        const string Traditional = "/zh-hant/disclosure/014109568-2017-00012";
        var first = await GetAsync(Traditional, "br");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Contains("關於印發", System.Text.Encoding.UTF8.GetString(await DecodedAsync(first)), StringComparison.Ordinal);
        // The tag is of the converted bytes: a change to the conversion alone gives the reader the new page.
        Assert.NotEqual(etag, (await GetAsync(Notice)).Headers.ETag);

        var again = await GetAsync(Traditional, "br");
        Assert.Equal(etag, again.Headers.ETag);
        Assert.Equal("br", Assert.Single(again.Content.Headers.ContentEncoding));
        var revalidated = await GetAsync(Traditional, "br", ifNoneMatch: etag.ToString());
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Every_view_counts_exactly_whether_rendered_cached_or_revalidated()
    {
        var counter = _site.Services.GetRequiredService<ViewCounter>();
        Task<long> StoredAsync() => _site.WithServicesAsync(async s =>
        {
            await counter.FlushAsync(CancellationToken.None);
            return await s.GetRequiredService<CmsDbContext>().ViewCounts.SumAsync(v => v.Count);
        });
        var before = await StoredAsync();

        var etag = (await GetAsync(Notice)).Headers.ETag!.ToString();
        for (var i = 0; i < 9; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(Notice)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(Notice, ifNoneMatch: etag)).StatusCode);
        await GetAsync(Notice, userAgent: "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)");

        Assert.Equal(before + 11, await StoredAsync());
        Assert.False((await GetAsync(Notice)).Headers.Contains("X-PublicSite-Viewed-Item"));
    }

    [Theory]
    [InlineData("/zh", "link[rel=stylesheet]", "href", "/theme/site.css?v=")]
    [InlineData("/zh", "script[src]", "src", "/theme/site.js?v=")]
    [InlineData("/manager/sign-in", "link[rel=stylesheet][href*=manager]", "href", "/manager-assets/manager.css?v=")]
    public async Task Assets_are_linked_by_fingerprint_and_kept_a_year_compressed(string page, string selector, string attribute, string prefix)
    {
        var document = await SiteFactory.ParseAsync(await GetAsync(page));
        var url = document.QuerySelector(selector)?.GetAttribute(attribute);
        Assert.StartsWith(prefix, url, StringComparison.Ordinal);

        var asset = await GetAsync(url!, "gzip, deflate, br");
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", asset.Headers.CacheControl?.ToString());
        Assert.Equal("br", Assert.Single(asset.Content.Headers.ContentEncoding));
        var plain = await GetAsync(url!);
        Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), await DecodedAsync(asset));

        // Without its fingerprint the same file is revalidated each time instead.
        var unversioned = await GetAsync(url![..url!.IndexOf('?', StringComparison.Ordinal)]);
        Assert.Equal("no-cache", unversioned.Headers.CacheControl?.ToString());
    }
}
