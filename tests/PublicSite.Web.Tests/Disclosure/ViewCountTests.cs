using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Data;
using PublicSite.Web.Features.Disclosure;

namespace PublicSite.Web.Tests.Disclosure;

/// <summary>
/// How views are counted and shown, with the page cache off: a cached copy shows its number for up to a minute
/// (Delivery/HttpCachingTests checks that the counting itself stays exact behind the cache).
/// </summary>
public sealed class ViewCountTests
{
    private static SiteFactory NewSite(string? dataDirectory = null)
    {
        var site = dataDirectory is null ? new SiteFactory() : new SiteFactory(dataDirectory);
        site.Settings["PageCache:Enabled"] = "false";
        // No periodic write during a test, however slow the machine: only FlushAsync and the shutdown write.
        site.Settings["Disclosure:ViewFlushInterval"] = "01:00:00";
        return site;
    }

    private const string NoticePath = "/zh/disclosure/014109568-2017-00012";
    private const string TraditionalNoticePath = "/zh-hant/disclosure/014109568-2017-00012";
    private const string Firefox = "Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0";

    private static async Task<string> ReadAsync(SiteFactory site, string userAgent, string path = NoticePath)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        var document = await SiteFactory.ParseAsync(await site.Browser().SendAsync(request));
        return document.QuerySelector("[data-views]")!.TextContent;
    }

    private static Task<long> StoredAsync(SiteFactory site) =>
        site.WithServicesAsync(s => s.GetRequiredService<CmsDbContext>().ViewCounts.SumAsync(v => v.Count));

    [Fact]
    public async Task Views_are_counted_at_once_but_written_to_the_database_only_in_batches()
    {
        using var site = NewSite();

        Assert.Equal("1", await ReadAsync(site, Firefox));
        Assert.Equal("2", await ReadAsync(site, Firefox));
        Assert.Equal("3", await ReadAsync(site, Firefox));
        Assert.Equal(0, await StoredAsync(site));

        await site.Services.GetRequiredService<ViewCounter>().FlushAsync(CancellationToken.None);

        Assert.Equal(3, await StoredAsync(site));
        Assert.Equal("4", await ReadAsync(site, Firefox));
    }

    [Fact]
    public async Task Traditional_views_count_for_the_same_item_as_Chinese_ones()
    {
        using var site = NewSite();

        Assert.Equal("1", await ReadAsync(site, Firefox));
        Assert.Equal("2", await ReadAsync(site, Firefox, TraditionalNoticePath));
        Assert.Equal("3", await ReadAsync(site, Firefox));
        await site.Services.GetRequiredService<ViewCounter>().FlushAsync(CancellationToken.None);

        Assert.Equal(3, await StoredAsync(site));
    }

    [Theory]
    [InlineData("Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)")]
    [InlineData("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")]
    [InlineData("Sogou web spider/4.0(+http://www.sogou.com/docs/help/webmasters.htm#07)")]
    [InlineData("curl/8.5.0")]
    public async Task Crawlers_are_not_counted(string userAgent)
    {
        using var site = NewSite();

        await ReadAsync(site, userAgent);
        await ReadAsync(site, userAgent);

        Assert.Equal("1", await ReadAsync(site, Firefox));
    }

    [Fact]
    public async Task Views_not_yet_written_are_written_when_the_site_shuts_down()
    {
        var dataDirectory = SiteFactory.NewDataDirectory();
        using (var site = NewSite(dataDirectory))
        {
            for (var i = 0; i < 5; i++)
            {
                await ReadAsync(site, Firefox);
            }
            Assert.Equal(0, await StoredAsync(site));

            // As on SIGTERM: the application is asked to stop and shuts down on its own.
            var stopped = new TaskCompletionSource();
            var lifetime = site.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>();
            lifetime.ApplicationStopped.Register(stopped.SetResult);
            lifetime.StopApplication();
            await stopped.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }

        using (var restarted = NewSite(dataDirectory))
        {
            Assert.Equal(5, await StoredAsync(restarted));
            Assert.Equal("6", await ReadAsync(restarted, Firefox));
        }
        SiteFactory.DeleteDataDirectory(dataDirectory);
    }
}
