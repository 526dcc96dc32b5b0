using PublicSite.E2E.Infrastructure;

using static Microsoft.Playwright.Assertions;

namespace PublicSite.E2E;

/// <summary>A Macau reader on a phone switches the 2017 notice to 繁體, enlarges the text and keeps reading.</summary>
[Collection(SiteCollection.Name)]
public sealed class TraditionalJourneyTests(SiteFixture site)
{
    private const string NoticePathHant = "/zh-hant/disclosure/014109568-2017-00012";

    [Theory]
    [InlineData(Viewport.PhoneName)]
    public async Task Reader_switches_the_notice_to_Traditional_and_enlarges_the_text(string viewport)
    {
        await using var session = await site.OpenAsync("traditional-journey", viewport);
        var page = session.Page;
        await session.GotoAsync(Seed.NoticePathZh);

        await session.ActivateAsync(page.Locator("header a[hreflang='zh-Hant']"));
        await Expect(page).ToHaveURLAsync(site.Url(NoticePathHant));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-Hant");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("關於印發《2017年全市港澳工作要點》的通知");

        await session.ActivateAsync(page.Locator("nav.reading-options a[href*='size=extralarge']"));
        await Expect(page).ToHaveURLAsync(site.Url(NoticePathHant));
        await Expect(page.Locator("html")).ToHaveClassAsync("text-xlarge");
        await Expect(page.Locator(".article-body")).ToContainTextAsync("蘇澳合作園區正式落戶我市");
        var scrollsSideways = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        Assert.False(scrollsSideways);
        await session.ScreenshotAsync("notice-zh-hant-xlarge");

        await session.ActivateAsync(page.Locator("header a[hreflang='pt-PT']"));
        await Expect(page).ToHaveURLAsync(site.Url(Seed.NoticePathPt));
        await Expect(page.Locator("html")).ToHaveClassAsync("text-xlarge");
        session.AssertNoBrowserProblems();
    }
}
