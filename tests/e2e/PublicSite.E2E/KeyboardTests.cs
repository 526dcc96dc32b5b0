using PublicSite.E2E.Infrastructure;

using static Microsoft.Playwright.Assertions;

namespace PublicSite.E2E;

/// <summary>Keyboard readers skip the header and navigation with the first link on the page.</summary>
[Collection(SiteCollection.Name)]
public sealed class KeyboardTests(SiteFixture site)
{
    [Theory]
    [InlineData(Viewport.PhoneName, Seed.HomeZh, "跳到正文")]
    [InlineData(Viewport.PhoneName, Seed.NoticePathPt, "Saltar para o conteúdo")]
    [InlineData(Viewport.DesktopName, Seed.HomeZh, "跳到正文")]
    [InlineData(Viewport.DesktopName, Seed.NoticePathPt, "Saltar para o conteúdo")]
    public async Task First_Tab_focuses_the_skip_link_and_Enter_moves_focus_to_main(string viewport, string path, string skipText)
    {
        await using var session = await site.OpenAsync("keyboard", viewport);
        var page = session.Page;
        await session.GotoAsync(path);

        await page.Keyboard.PressAsync("Tab");
        var skipLink = page.Locator(":focus");
        await Expect(skipLink).ToHaveTextAsync(skipText);
        await Expect(skipLink).ToHaveAttributeAsync("href", "#main");

        // Once focused it must be on screen, not left at its hiding place off the left edge.
        var box = await skipLink.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.Y >= 0 && box.X + box.Width <= session.Viewport.Width,
            $"The focused skip link is off screen at x={box.X}, y={box.Y}, width={box.Width}.");
        await session.ScreenshotAsync(path + "-skip-link-focused");

        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(site.Url(path + "#main"));
        await Expect(page.Locator("main#main")).ToBeFocusedAsync();

        // The next Tab continues from the main content, not from the top of the page.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"),
            "After the skip link, Tab should go to the first link inside main.");
        session.AssertNoBrowserProblems();
    }
}
