using System.Text.RegularExpressions;

using PublicSite.E2E.Infrastructure;

using static Microsoft.Playwright.Assertions;

namespace PublicSite.E2E;

/// <summary>An address that leads nowhere answers 404 with a page in the URL's language and nothing of the server's insides.</summary>
[Collection(SiteCollection.Name)]
public sealed partial class NotFoundTests(SiteFixture site)
{
    [Theory]
    [InlineData(Viewport.PhoneName, "/zh/no-such-page", "zh-CN", "页面不存在", "/zh/")]
    [InlineData(Viewport.PhoneName, "/pt/disclosure/does-not-exist", "pt-PT", "Página não encontrada", "/pt/")]
    [InlineData(Viewport.DesktopName, "/zh/no-such-page", "zh-CN", "页面不存在", "/zh/")]
    [InlineData(Viewport.DesktopName, "/pt/disclosure/does-not-exist", "pt-PT", "Página não encontrada", "/pt/")]
    public async Task Unknown_address_answers_404_with_a_localized_page_and_no_stack_trace(
        string viewport, string path, string culture, string heading, string home)
    {
        await using var session = await site.OpenAsync("not-found", viewport);
        var page = session.Page;

        var response = await session.GotoAsync(path);
        await session.ScreenshotAsync(path);

        Assert.Equal(404, response.Status);
        Assert.Equal(site.Url(path), page.Url);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        await Expect(page.Locator("main a[href='" + home + "']")).ToBeVisibleAsync();
        await Expect(page.Locator("meta[name='robots']")).ToHaveAttributeAsync("content", "noindex");

        var html = await page.ContentAsync();
        var text = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.False(StackFrame().IsMatch(html), "The page shows something like a stack frame:\n" + StackFrame().Match(html).Value);
        session.AssertNoBrowserProblems();
    }

    /// <summary>A .NET stack frame, e.g. <c>at PublicSite.Web.Features.Foo.OnGetAsync(</c>.</summary>
    [GeneratedRegex(@"\bat [A-Z][\w`]*(\.[\w`<>]+)+\(")]
    private static partial Regex StackFrame();
}
