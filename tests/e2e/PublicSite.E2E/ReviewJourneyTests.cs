using System.Text.RegularExpressions;

using PublicSite.E2E.Infrastructure;

using static Microsoft.Playwright.Assertions;

namespace PublicSite.E2E;

/// <summary>
/// The whole loop in two browsers: a student applies on a phone; a reviewer signs in to the manager on a desktop,
/// finds the application in the call's queue and moves it on with a note; the student's status page shows it.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ReviewJourneyTests(SiteFixture site)
{
    [Fact]
    public async Task A_reviewer_moves_an_application_on_and_the_student_sees_the_new_status_with_the_note()
    {
        await using var student = await site.OpenAsync("review-student", Viewport.PhoneName);
        await student.GotoAsync(Seed.InternshipApplyZh);
        var journey = ApplicationJourneyTests.Chinese;
        await ApplicationJourneyTests.FillAsync(student.Page, journey with { Name = "黃曉晴" }, "H24681357");
        await student.Page.Locator("#Form_PersonalConsent").CheckAsync();
        await student.Page.Locator("#Form_SensitiveConsent").CheckAsync();
        await student.ActivateAsync(student.Page.GetByRole(AriaRole.Button, new() { Name = journey.Submit }));
        await Expect(student.Page.Locator("[data-reference]")).ToHaveTextAsync(new Regex("^CZHM-2026-INT-\\d{5}$"));
        var reference = await student.Page.Locator("[data-reference]").InnerTextAsync();
        var statusLink = student.Page.Url.Replace("&submitted=1", "", StringComparison.Ordinal);

        await using var reviewer = await site.OpenAsync("review-manager", Viewport.DesktopName);
        var page = reviewer.Page;
        await reviewer.SignInAsync(Seed.AdminEmail, Seed.AdminPassword);
        await reviewer.ActivateAsync(page.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "报名管理" }));
        await reviewer.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = Seed.InternshipTitleZh }));
        await page.Locator("#q").FillAsync("黃曉晴");
        await reviewer.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "筛选" }));
        await reviewer.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = reference }));
        await Expect(page.Locator("[data-id-number]")).ToHaveTextAsync("H2*****57");
        await reviewer.ScreenshotAsync("application");
        await page.GetByLabel("审核中", new() { Exact = true }).CheckAsync();
        await page.Locator("#note").FillAsync("材料齐全，进入面试安排。");
        await reviewer.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "保存并通知申请人" }));
        await Expect(page.Locator("[data-status]")).ToHaveTextAsync("审核中");
        await reviewer.ScreenshotAsync("status-changed");

        await student.GotoAsync(statusLink);
        await Expect(student.Page.Locator("[data-status]")).ToHaveTextAsync("审核中");
        await Expect(student.Page.Locator(".status-steps")).ToContainTextAsync("材料齐全，进入面试安排。");
        await student.ScreenshotAsync("status");
        student.AssertNoBrowserProblems();
        reviewer.AssertNoBrowserProblems();
    }
}
