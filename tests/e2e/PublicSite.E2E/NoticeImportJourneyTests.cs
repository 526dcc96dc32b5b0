using PublicSite.Cms.Tests.Import;
using PublicSite.E2E.Infrastructure;
using PublicSite.Web.Features.Manager.Accounts;

using static Microsoft.Playwright.Assertions;

namespace PublicSite.E2E;

/// <summary>
/// An editor imports the office's 2017 notice from Word: uploads the .docx, checks the review (original beside what
/// each paragraph became), chooses the catalogue terms the layout cannot tell, saves the draft and submits it.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class NoticeImportJourneyTests(SiteFixture site)
{
    private const string Password = "Journey-Pa55word-Long!";

    [Fact]
    public async Task Editor_imports_the_seed_notice_from_Word_reviews_it_and_submits_it_for_review()
    {
        await using var editor = await site.OpenAsync("import-editor", Viewport.DesktopName);
        await editor.SignInAsync(await site.CreateUserAsync(EditorRoles.Editor, Password), Password);

        await editor.GotoAsync("/manager/content");
        await editor.ActivateAsync(editor.Page.GetByRole(AriaRole.Link, new() { Name = "导入 Word 公文" }));
        await editor.Page.GetByLabel("Word 文件（.docx）").SetInputFilesAsync(new FilePayload
        {
            Name = "常港发〔2017〕1号.docx",
            MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Buffer = SeedNoticeDocx.Bytes(RepositoryPaths.Root),
        });
        await editor.ActivateAsync(editor.Page.GetByRole(AriaRole.Button, new() { Name = "读取并核对" }));

        await Expect(editor.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("核对导入结果");
        await Expect(editor.Page.Locator("#field-title")).ToHaveValueAsync("关于印发《2017年全市港澳工作要点》的通知");
        await Expect(editor.Page.Locator("#field-documentNumber")).ToHaveValueAsync("常港发〔2017〕1号");
        await Expect(editor.Page.Locator("table.import-review tr[data-part=Signature]").First).ToContainTextAsync("常州市港澳工作协调小组办公室");
        await editor.Page.Locator("#field-category").SelectOptionAsync("plans");
        await editor.Page.Locator("#field-subject").SelectOptionAsync("hk-macau");
        await editor.ScreenshotAsync("review");
        await editor.ActivateAsync(editor.Page.GetByRole(AriaRole.Button, new() { Name = "保存为草稿" }));

        await Expect(editor.Page.Locator("main")).ToContainTextAsync("草稿已保存。");
        await Expect(editor.Page.Locator("#field-body")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^市港澳工作协调小组各成员单位："));
        await editor.ActivateAsync(editor.Page.GetByRole(AriaRole.Button, new() { Name = "提交审核" }));
        await Expect(editor.Page.Locator("main")).ToContainTextAsync("已提交审核。");
        await editor.ScreenshotAsync("submitted");
        editor.AssertNoBrowserProblems();
    }
}
