using System.Text.Json;
using System.Text.RegularExpressions;

using PublicSite.E2E.Infrastructure;

using static Microsoft.Playwright.Assertions;

namespace PublicSite.E2E;

/// <summary>
/// A Macau reader on a 360 px phone switches the 2017 notice to 繁體, enlarges the text, keeps reading, says the
/// page was useful and sees the thank-you.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class TraditionalJourneyTests(SiteFixture site)
{
    private const string NoticePathHant = "/zh-hant/disclosure/014109568-2017-00012";

    [Theory]
    [InlineData(Viewport.PhoneName)]
    public async Task Reader_switches_the_notice_to_Traditional_enlarges_the_text_and_sends_feedback(string viewport)
    {
        await using var session = await site.OpenAsync("traditional-journey", viewport,
            options => options.ViewportSize = new ViewportSize { Width = 360, Height = 740 });
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
        Assert.False(await ScrollsSidewaysAsync(page));
        await session.ScreenshotAsync("notice-zh-hant-xlarge");

        // At the foot of the notice: 此頁面對您有幫助嗎？ → 有幫助 → an optional comment → 發送 → back to the notice.
        var box = page.Locator("#feedback");
        await Expect(box.GetByRole(AriaRole.Heading)).ToHaveTextAsync("此頁面對您有幫助嗎？");
        await box.ScrollIntoViewIfNeededAsync();
        await session.ActivateAsync(box.GetByRole(AriaRole.Button, new() { Name = "有幫助", Exact = true }));
        await Expect(page).ToHaveURLAsync(FeedbackFormAddress());
        await Expect(page.Locator("html")).ToHaveClassAsync("text-xlarge");
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "有幫助", Exact = true })).ToBeCheckedAsync();
        await page.GetByLabel("意見或建議").FillAsync("附件下載很方便，謝謝。");
        Assert.False(await ScrollsSidewaysAsync(page));
        await session.ScreenshotAsync("feedback-form-zh-hant");
        await session.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "發送" }));

        await Expect(page).ToHaveURLAsync(site.Url(NoticePathHant + "?feedback=thanks#feedback"));
        await Expect(page.Locator("#feedback [role=status]")).ToContainTextAsync("感謝您的反饋");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-Hant");
        Assert.False(await ScrollsSidewaysAsync(page));
        await session.ScreenshotAsync("feedback-thanks-zh-hant");

        await session.ActivateAsync(page.Locator("header a[hreflang='pt-PT']"));
        await Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(site.Url(Seed.NoticePathPt))));
        await Expect(page.Locator("html")).ToHaveClassAsync("text-xlarge");
        session.AssertNoBrowserProblems();
    }

    [Fact]
    public async Task The_Traditional_thank_you_passes_axe_on_a_phone()
    {
        await using var session = await site.OpenAsync("axe-feedback-thanks", Viewport.PhoneName, options =>
        {
            options.BypassCSP = true;
            options.ViewportSize = new ViewportSize { Width = 360, Height = 740 };
        });
        var response = await session.GotoAsync(NoticePathHant + "?feedback=thanks");
        Assert.Equal(200, response.Status);
        await Expect(session.Page.Locator("#feedback [role=status]")).ToContainTextAsync("感謝您的反饋");

        await session.Page.AddScriptTagAsync(new() { Path = RepositoryPaths.AxeScript });
        var results = await session.Page.EvaluateAsync<JsonElement>(AccessibilityTests.RunAxeScript);
        var violations = results.GetProperty("violations");
        Assert.True(results.GetProperty("passes").GetInt32() > 0, "axe ran no rule at all: the run is broken, not the page clean.");
        Assert.True(violations.GetArrayLength() == 0, AccessibilityTests.Describe("Violations", NoticePathHant + "?feedback=thanks", "360 px phone", violations));
    }

    [Fact]
    public async Task The_Traditional_feedback_form_passes_axe_on_a_phone()
    {
        await using var session = await site.OpenAsync("axe-feedback-form", Viewport.PhoneName, options =>
        {
            options.BypassCSP = true;
            options.ViewportSize = new ViewportSize { Width = 360, Height = 740 };
        });
        await session.GotoAsync(NoticePathHant);
        await session.ActivateAsync(session.Page.Locator("#feedback button[value=no]"));
        await Expect(session.Page).ToHaveURLAsync(FeedbackFormAddress());

        await session.Page.AddScriptTagAsync(new() { Path = RepositoryPaths.AxeScript });
        var results = await session.Page.EvaluateAsync<JsonElement>(AccessibilityTests.RunAxeScript);
        var violations = results.GetProperty("violations");
        Assert.True(results.GetProperty("passes").GetInt32() > 0, "axe ran no rule at all: the run is broken, not the page clean.");
        Assert.True(violations.GetArrayLength() == 0, AccessibilityTests.Describe("Violations", session.Page.Url, "360 px phone", violations));
    }

    private static Task<bool> ScrollsSidewaysAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");

    [GeneratedRegex("/zh-hant/feedback\\?item=[0-9a-f]{32}&useful=(yes|no)$")]
    private static partial Regex FeedbackFormAddress();
}
