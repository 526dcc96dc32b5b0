using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.E2E.Infrastructure;
using PublicSite.Web.Features.Manager.Accounts;

using static Microsoft.Playwright.Assertions;

namespace PublicSite.E2E;

/// <summary>
/// The editorial journey in the browser: an editor writes a news item in Chinese, a translator adds the Portuguese,
/// a publisher approves and schedules both, and they appear on the public site and in search when due.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class EditorialJourneyTests(SiteFixture site)
{
    private const string Password = "Journey-Pa55word-Long!";

    private Task<string> UserAsync(string role) => site.CreateUserAsync(role, Password);

    private static Task SignInAsync(BrowserSession session, string email) => session.SignInAsync(email, Password);

    [Fact]
    public async Task Editor_writes_translator_translates_publisher_schedules_and_the_news_appears_on_the_site_and_in_search_when_due()
    {
        var unique = Guid.NewGuid().ToString("N")[..6];
        var titleZh = $"园区青年创新创业交流会{unique}";
        var titlePt = $"Encontro de jovens empreendedores {unique}";

        await using var editor = await site.OpenAsync("editorial-editor", Viewport.DesktopName);
        await SignInAsync(editor, await UserAsync(EditorRoles.Editor));
        await editor.GotoAsync("/manager/content/edit?type=news&lang=zh");
        await editor.Page.GetByLabel("标题 *").FillAsync(titleZh);
        await editor.Page.Locator("#field-date").FillAsync("2026-11-27");
        await editor.Page.Locator("#field-body").FillAsync("苏澳合作园区举办港澳青年创新创业交流会，葡语国家企业代表出席。");
        await editor.ActivateAsync(editor.Page.GetByRole(AriaRole.Button, new() { Name = "提交审核" }));
        await Expect(editor.Page.Locator("main")).ToContainTextAsync("已提交审核。");
        var item = Regex.Match(editor.Page.Url, "item=([0-9a-f-]+)").Groups[1].Value;
        await editor.ScreenshotAsync("submitted");

        await using var translator = await site.OpenAsync("editorial-translator", Viewport.DesktopName);
        await SignInAsync(translator, await UserAsync(EditorRoles.Editor));
        await translator.GotoAsync($"/manager/content/edit?item={item}&lang=pt");
        await Expect(translator.Page.Locator("section.source")).ToContainTextAsync(titleZh);
        await translator.Page.GetByLabel("标题 *").FillAsync(titlePt);
        await translator.Page.Locator("#field-slug").FillAsync($"encontro-jovens-{unique}");
        await translator.Page.Locator("#field-body").FillAsync("O Parque de Cooperação Jiangsu-Macau recebeu jovens empreendedores de Hong Kong e Macau.");
        await translator.ActivateAsync(translator.Page.GetByRole(AriaRole.Button, new() { Name = "提交审核" }));
        await Expect(translator.Page.Locator("main")).ToContainTextAsync("已提交审核。");
        await translator.ScreenshotAsync("translated");

        await using var publisher = await site.OpenAsync("editorial-publisher", Viewport.DesktopName);
        await SignInAsync(publisher, await UserAsync(EditorRoles.Publisher));
        var now = site.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var due = TimeZoneInfo.ConvertTime(now.AddSeconds(20), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        foreach (var lang in new[] { "zh", "pt" })
        {
            await publisher.GotoAsync($"/manager/content/edit?item={item}&lang={lang}");
            await publisher.Page.Locator("#publishAt").FillAsync(due.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
            await publisher.ActivateAsync(publisher.Page.GetByRole(AriaRole.Button, new() { Name = "审核通过并发布" }));
            await Expect(publisher.Page.Locator("main")).ToContainTextAsync("已定时发布。");
        }
        await publisher.ScreenshotAsync("scheduled");

        await using var reader = await site.OpenAsync("editorial-reader", Viewport.PhoneName);
        var zhPath = "/zh/news/" + Uri.EscapeDataString(titleZh.ToLowerInvariant());
        Assert.Equal(404, (await reader.GotoAsync(zhPath)).Status);
        await WaitForAsync(async () => (await reader.GotoAsync(zhPath)).Status == 200, "the Chinese page to appear when due");
        await Expect(reader.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(titleZh);
        await reader.ScreenshotAsync("published-zh");
        Assert.Equal(200, (await reader.GotoAsync($"/pt/news/encontro-jovens-{unique}")).Status);
        await Expect(reader.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(titlePt);

        await WaitForAsync(async () =>
        {
            await reader.GotoAsync($"/zh/search?q={Uri.EscapeDataString("青年创新创业交流会" + unique)}");
            return await reader.Page.Locator("ol.result-list a", new() { HasText = titleZh }).CountAsync() > 0;
        }, "the Chinese news to be found by search");
        await reader.ScreenshotAsync("found-zh");
        await WaitForAsync(async () =>
        {
            await reader.GotoAsync($"/pt/search?q=empreendedores+{unique}");
            return await reader.Page.Locator("ol.result-list a", new() { HasText = titlePt }).CountAsync() > 0;
        }, "the Portuguese news to be found by search");
        reader.AssertNoBrowserProblems();
    }

    /// <summary>Waits for something the site does on its own time (a scheduled publication, the search sync).</summary>
    private static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        for (var attempt = 0; attempt < 90; attempt++)
        {
            if (await condition())
            {
                return;
            }
            await Task.Delay(1000);
        }
        Assert.Fail($"Waited 90 s for {what}.");
    }
}
