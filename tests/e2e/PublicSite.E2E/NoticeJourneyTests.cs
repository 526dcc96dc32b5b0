using System.Text.RegularExpressions;

using PublicSite.E2E.Infrastructure;

using static Microsoft.Playwright.Assertions;

namespace PublicSite.E2E;

/// <summary>A reader finds the 2017 notice from the Chinese home page, reads it, and reads it again in Portuguese.</summary>
[Collection(SiteCollection.Name)]
public sealed class NoticeJourneyTests(SiteFixture site)
{
    [Theory]
    [InlineData(Viewport.PhoneName)]
    [InlineData(Viewport.DesktopName)]
    public async Task Reader_opens_the_2017_notice_from_the_Chinese_home_page_and_switches_to_Portuguese_and_back(string viewport)
    {
        await using var session = await site.OpenAsync("notice-journey", viewport);
        var page = session.Page;

        var home = await session.GotoAsync(Seed.HomeZh);
        Assert.Equal(200, home.Status);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await session.ScreenshotAsync("home-zh");

        var link = await FindNoticeLinkAsync(session);
        await session.ActivateAsync(link);
        await Expect(page).ToHaveURLAsync(site.Url(Seed.NoticePathZh));
        await session.ScreenshotAsync("notice-zh");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Seed.NoticeTitleZh);
        await ExpectMetadataAsync(page, "索引号", "014109568/2017-00012");
        await ExpectMetadataAsync(page, "文件编号", "常港发〔2017〕1号");
        await ExpectMetadataAsync(page, "发布机构", "市外事办");
        await ExpectMetadataAsync(page, "公开日期", "2017-05-05");
        var body = page.Locator(".article-body");
        await Expect(body).ToContainTextAsync("苏澳合作园区正式落户我市");
        await Expect(body).ToContainTextAsync("2016年10月20日");

        await session.ActivateAsync(page.Locator("header a[hreflang='pt-PT']"));
        await Expect(page).ToHaveURLAsync(site.Url(Seed.NoticePathPt));
        await session.ScreenshotAsync("notice-pt");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "pt-PT");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Seed.NoticeTitlePt);
        await Expect(page.Locator(".article-body")).ToContainTextAsync("Parque de Cooperação Jiangsu-Macau");
        await ExpectMetadataAsync(page, "Número de índice", "014109568/2017-00012");
        await ExpectMetadataAsync(page, "Data de publicação", "05/05/2017");

        await session.ActivateAsync(page.Locator("header a[hreflang='zh-CN']"));
        await Expect(page).ToHaveURLAsync(site.Url(Seed.NoticePathZh));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Seed.NoticeTitleZh);
        await session.ScreenshotAsync("notice-zh-again");

        session.AssertNoBrowserProblems();
    }

    /// <summary>
    /// The notice's link in the home page's latest notices; if it has dropped off that list, the main navigation
    /// to the disclosure column, its catalogue and the catalogue's "next page" links, as a reader would.
    /// </summary>
    internal static async Task<ILocator> FindNoticeLinkAsync(BrowserSession session)
    {
        var page = session.Page;
        var latest = page.GetByRole(AriaRole.Region, new() { Name = Seed.LatestNoticesZh })
            .GetByRole(AriaRole.Link, new() { Name = Seed.NoticeTitleZh, Exact = true });
        if (await latest.CountAsync() > 0)
        {
            return latest;
        }

        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = Seed.MainNavigationZh });
        await session.ActivateAsync(navigation.GetByRole(AriaRole.Link, new() { Name = Seed.DisclosureZh, Exact = true }));
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(Seed.ColumnZh) + "$"));
        await session.ActivateAsync(page.Locator("main").GetByRole(AriaRole.Link, new() { Name = Seed.CataloguePartZh, Exact = true }));
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(Seed.CatalogueZh) + "$"));
        for (var pageNumber = 1; ; pageNumber++)
        {
            await session.ScreenshotAsync($"catalogue-zh-page-{pageNumber}");
            var link = page.Locator("main").GetByRole(AriaRole.Link, new() { Name = Seed.NoticeTitleZh, Exact = true });
            if (await link.CountAsync() > 0)
            {
                return link;
            }
            var next = page.Locator("nav.pager a[rel='next']");
            Assert.True(await next.CountAsync() > 0, $"The notice is in neither the latest notices nor any of the {pageNumber} catalogue pages.");
            await session.ActivateAsync(next);
            await Expect(page).ToHaveURLAsync(new Regex($@"\?page={pageNumber + 1}$"));
        }
    }

    private static Task ExpectMetadataAsync(IPage page, string label, string value) =>
        Expect(page.Locator("dl.meta-table > div")
                .Filter(new() { Has = page.Locator("dt", new() { HasTextRegex = new Regex("^" + Regex.Escape(label) + "$") }) })
                .Locator("dd"))
            .ToHaveTextAsync(value);
}
