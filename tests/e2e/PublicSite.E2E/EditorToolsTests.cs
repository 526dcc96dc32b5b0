using System.Text.Json;
using PublicSite.E2E.Infrastructure;
using PublicSite.Web.Features.Manager.Accounts;

using static Microsoft.Playwright.Assertions;

namespace PublicSite.E2E;

/// <summary>
/// Issue #18 parts 6 and 8 in the browser on a 360 px phone: the Markdown toolbar writes Markdown into the body,
/// the revision compare stacks its two sides with the changed words marked, and the media picker dialog, once
/// open, passes axe like the screen under it.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class EditorToolsTests(SiteFixture site)
{
    private const string Password = "Tools-Pa55word-Long!";

    private async Task<BrowserSession> EditorOnPhoneAsync(string test, bool bypassCsp = false)
    {
        var session = await site.OpenAsync(test, Viewport.PhoneName, options =>
        {
            options.BypassCSP = bypassCsp;
            options.ViewportSize = new ViewportSize { Width = 360, Height = 740 };
        });
        await session.SignInAsync(await site.CreateUserAsync(EditorRoles.Editor, Password), Password);
        return session;
    }

    [Fact]
    public async Task The_Markdown_toolbar_bolds_the_selection_and_inserts_a_link_into_the_body()
    {
        await using var editor = await EditorOnPhoneAsync("toolbar");
        await editor.GotoAsync("/manager/content/edit?type=news&lang=zh");
        var body = editor.Page.Locator("#field-body");
        var toolbar = editor.Page.GetByRole(AriaRole.Toolbar, new() { Name = "Markdown 格式工具" });
        await Expect(toolbar).ToBeVisibleAsync();

        await body.FillAsync("园区开放日");
        await body.EvaluateAsync("area => area.setSelectionRange(0, 2)");
        await editor.ActivateAsync(toolbar.GetByRole(AriaRole.Button, new() { Name = "加粗" }));
        await Expect(body).ToHaveValueAsync("**园区**开放日");

        await body.EvaluateAsync("area => area.setSelectionRange(area.value.length, area.value.length)");
        await editor.ActivateAsync(toolbar.GetByRole(AriaRole.Button, new() { Name = "链接", Exact = true }));
        await Expect(body).ToHaveValueAsync("**园区**开放日[链接文字](https://)");
        Assert.Equal("链接文字", await body.EvaluateAsync<string>("area => area.value.slice(area.selectionStart, area.selectionEnd)"));
        await editor.ScreenshotAsync("toolbar");
        editor.AssertNoBrowserProblems();
    }

    [Fact]
    public async Task The_compare_page_on_a_phone_stacks_the_revisions_and_shows_the_changed_words()
    {
        var data = await ManagerScreenData.ForAsync(site);
        await using var editor = await EditorOnPhoneAsync("compare");
        await editor.GotoAsync(data.Resolve("/manager/content/revisions?variant={draftVariant}&a=1&b=2"));
        var body = editor.Page.Locator("section.compared-field[data-field=body]");
        await Expect(body.Locator("h3")).ToHaveTextAsync("正文");
        var deleted = body.Locator(".compare-before del").First;
        var inserted = body.Locator(".compare-after ins").First;
        await Expect(deleted).ToBeVisibleAsync();
        await Expect(inserted).ToBeVisibleAsync();
        await Expect(body.Locator(".compare-after ins")).ToContainTextAsync(["五"]);

        var before = await body.Locator(".compare-before").BoundingBoxAsync();
        var after = await body.Locator(".compare-after").BoundingBoxAsync();
        Assert.True(after!.Y >= before!.Y + before.Height, "The two revisions sit side by side on a 360 px phone instead of one above the other.");
        Assert.True(await editor.Page.EvaluateAsync<bool>("() => document.scrollingElement.scrollWidth <= innerWidth"), "The compare page scrolls sideways.");
        await editor.ScreenshotAsync("compare");
        editor.AssertNoBrowserProblems();
    }

    [Fact]
    public async Task The_open_media_picker_dialog_passes_axe_on_a_phone()
    {
        await using var editor = await EditorOnPhoneAsync("picker-axe", bypassCsp: true);
        await editor.GotoAsync("/manager/content/edit?type=news&lang=zh");
        await editor.ActivateAsync(editor.Page.GetByRole(AriaRole.Button, new() { Name = "插入媒体库图片" }));
        var dialog = editor.Page.Locator("dialog.media-picker");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.Locator("#media-picker-results")).ToBeAttachedAsync();
        await editor.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await editor.ScreenshotAsync("picker");

        await editor.Page.AddScriptTagAsync(new() { Path = RepositoryPaths.AxeScript });
        var results = await editor.Page.EvaluateAsync<JsonElement>(AccessibilityTests.RunAxeScript);
        var violations = results.GetProperty("violations");
        Assert.True(results.GetProperty("passes").GetInt32() > 0, "axe ran no rule at all: the run is broken, not the page clean.");
        Assert.True(violations.GetArrayLength() == 0, AccessibilityTests.Describe("Violations", "media picker dialog", "360 px", violations));
        editor.AssertNoBrowserProblems();
    }
}
