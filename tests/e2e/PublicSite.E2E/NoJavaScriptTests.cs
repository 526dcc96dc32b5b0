using System.Text.RegularExpressions;

using PublicSite.E2E.Infrastructure;

using static Microsoft.Playwright.Assertions;

namespace PublicSite.E2E;

/// <summary>Everything is plain links and server-rendered HTML: a browser with JavaScript off reaches every notice.</summary>
[Collection(SiteCollection.Name)]
public sealed class NoJavaScriptTests(SiteFixture site)
{
    [Theory]
    [InlineData(Viewport.PhoneName)]
    [InlineData(Viewport.DesktopName)]
    public async Task Reader_without_JavaScript_goes_from_home_to_catalogue_to_notice_by_following_links(string viewport)
    {
        await using var session = await site.OpenAsync("no-javascript", viewport, options => options.JavaScriptEnabled = false);
        var page = session.Page;

        await session.GotoAsync(Seed.HomeZh);
        await session.ScreenshotAsync("home-zh");

        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = Seed.MainNavigationZh });
        await session.ActivateAsync(navigation.GetByRole(AriaRole.Link, new() { Name = Seed.DisclosureZh, Exact = true }));
        await Expect(page).ToHaveURLAsync(site.Url(Seed.ColumnZh));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Seed.DisclosureZh);
        await session.ActivateAsync(page.Locator("main").GetByRole(AriaRole.Link, new() { Name = Seed.CataloguePartZh, Exact = true }));
        await Expect(page).ToHaveURLAsync(site.Url(Seed.CatalogueZh));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Seed.CataloguePartZh);

        var notice = page.Locator("main").GetByRole(AriaRole.Link, new() { Name = Seed.NoticeTitleZh, Exact = true });
        for (var pageNumber = 1; await notice.CountAsync() == 0; pageNumber++)
        {
            await session.ScreenshotAsync($"catalogue-zh-page-{pageNumber}");
            var next = page.Locator("nav.pager a[rel='next']");
            Assert.True(await next.CountAsync() > 0, "The notice is on no catalogue page.");
            await session.ActivateAsync(next);
            await Expect(page).ToHaveURLAsync(new Regex($@"\?page={pageNumber + 1}$"));
        }
        await session.ScreenshotAsync("catalogue-zh");

        await session.ActivateAsync(notice);
        await Expect(page).ToHaveURLAsync(site.Url(Seed.NoticePathZh));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Seed.NoticeTitleZh);
        await Expect(page.Locator(".article-body")).ToContainTextAsync("苏澳合作园区正式落户我市");
        await session.ScreenshotAsync("notice-zh");
        session.AssertNoBrowserProblems();
    }
}
