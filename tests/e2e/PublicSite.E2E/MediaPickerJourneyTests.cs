using System.Text.RegularExpressions;
using PublicSite.E2E.Infrastructure;
using PublicSite.Web.Features.Manager.Accounts;
using SkiaSharp;

using static Microsoft.Playwright.Assertions;

namespace PublicSite.E2E;

/// <summary>
/// Issue #18 "Done when", on 360 px phones: an editor writes a news item with an image and a PDF picked (uploaded
/// in place) through the media picker, previews it without losing a character, submits; a publisher finds it in
/// the inbox and returns it with a comment; the editor reads the comment, fixes and resubmits; the publisher
/// publishes; the public page shows the lead and body images as responsive pictures and links the PDF.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class MediaPickerJourneyTests(SiteFixture site)
{
    private const string Password = "Journey-Pa55word-Long!";

    private static string Photo()
    {
        var path = Path.Combine(Path.GetTempPath(), $"园区照片-{Guid.NewGuid():N}.jpg");
        using var bitmap = new SKBitmap(1000, 600);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SeaGreen);
        }
        using var image = SKImage.FromBitmap(bitmap);
        File.WriteAllBytes(path, image.Encode(SKEncodedImageFormat.Jpeg, 85).ToArray());
        return path;
    }

    private static Task<BrowserSession> PhoneAsync(SiteFixture site, string name) =>
        site.OpenAsync(name, Viewport.PhoneName, options => options.ViewportSize = new ViewportSize { Width = 360, Height = 740 });

    private static Task<bool> FitsAsync(BrowserSession session) =>
        session.Page.EvaluateAsync<bool>("() => document.scrollingElement.scrollWidth <= innerWidth");

    [Fact]
    public async Task Editor_and_publisher_on_phones_write_return_fix_and_publish_a_news_item_with_a_picked_image_and_PDF()
    {
        var unique = Guid.NewGuid().ToString("N")[..6];
        var title = $"园区新楼落成{unique}";
        // What a preview must give back exactly: markup-like text, entities, quotes, runs of spaces, Portuguese, an emoji.
        const string typed = "苏澳合作园区新楼“启航”落成 <b>不是标签</b> &amp; 5 < 6\n\nInauguração do edifício — “Parque”  com  espaços 🏢\n\n";

        await using var editor = await PhoneAsync(site, "done-when-editor");
        var page = editor.Page;
        await editor.SignInAsync(await site.CreateUserAsync(EditorRoles.Editor, Password), Password);
        await editor.GotoAsync("/manager/content/edit?type=news&lang=zh");
        await page.GetByLabel("标题 *").FillAsync(title);
        await page.Locator("#field-date").FillAsync("2026-11-30");
        await page.Locator("#field-body").FillAsync(typed);
        await page.Locator("#field-body").EvaluateAsync("area => area.setSelectionRange(area.value.length, area.value.length)");

        var dialog = page.Locator("dialog.media-picker");
        await editor.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "插入媒体库图片" }));
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.Locator("#media-picker-file").SetInputFilesAsync(Photo());
        await editor.ActivateAsync(dialog.GetByRole(AriaRole.Button, new() { Name = "上传并选择" }));
        await Expect(dialog).ToHaveCountAsync(0);
        await editor.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "插入媒体库文件链接" }));
        await dialog.Locator("#media-picker-file").SetInputFilesAsync(new FilePayload
        {
            Name = $"园区规划-{unique}.pdf", MimeType = "application/pdf", Buffer = ApplicationJourneyTests.MinimalPdf(),
        });
        await editor.ActivateAsync(dialog.GetByRole(AriaRole.Button, new() { Name = "上传并选择" }));
        await Expect(dialog).ToHaveCountAsync(0);
        var body = await page.Locator("#field-body").InputValueAsync();
        Assert.Matches(new Regex(@"!\[\]\(/media/images/\d{4}/.+\.jpg\)"), body);
        Assert.Matches(new Regex(@"\[[^\]]+\.pdf\]\(/media/[a-z-]+/\d{4}/.+\.pdf\)"), body);
        Assert.StartsWith(typed, body, StringComparison.Ordinal);

        await editor.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "从媒体库选择图片…" }));
        await dialog.Locator("#media-picker-q").FillAsync("园区照片");
        await editor.ActivateAsync(dialog.Locator(".media-option").First);
        await Expect(page.Locator("#field-leadImage")).Not.ToHaveValueAsync("");
        var lead = await page.Locator("#field-leadImage").InputValueAsync();

        await editor.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "预览", Exact = true }));
        await Expect(page.Locator("#preview-heading")).ToBeVisibleAsync();
        Assert.Equal(body, await page.Locator("#field-body").InputValueAsync());
        await Expect(page.GetByLabel("标题 *")).ToHaveValueAsync(title);
        await Expect(page.Locator("#field-date")).ToHaveValueAsync("2026-11-30");
        await Expect(page.Locator("#field-leadImage")).ToHaveValueAsync(lead);
        await Expect(page.Locator(".preview .article-body")).ToContainTextAsync("Inauguração do edifício");
        Assert.True(await FitsAsync(editor), "The editor with its preview scrolls sideways at 360 px.");
        await editor.ScreenshotAsync("preview");
        await editor.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "提交审核" }));
        await Expect(page.Locator("main")).ToContainTextAsync("已提交审核。");

        await using var publisher = await PhoneAsync(site, "done-when-publisher");
        await publisher.SignInAsync(await site.CreateUserAsync(EditorRoles.Publisher, Password), Password);
        await publisher.ActivateAsync(publisher.Page.Locator("#inbox-waiting").GetByRole(AriaRole.Link, new() { Name = title }));
        await publisher.Page.Locator("#return-comment-input").FillAsync("请在正文末尾注明图片来源。");
        await publisher.ActivateAsync(publisher.Page.GetByRole(AriaRole.Button, new() { Name = "退回修改", Exact = true }));
        await Expect(publisher.Page.Locator("main")).ToContainTextAsync("已退回作者修改。");
        await publisher.ScreenshotAsync("returned");

        await editor.GotoAsync("/manager");
        await editor.ActivateAsync(page.Locator("#inbox-returned").GetByRole(AriaRole.Link, new() { Name = title }));
        await Expect(page.Locator("#return-comment")).ToContainTextAsync("请在正文末尾注明图片来源。");
        Assert.Equal(body, await page.Locator("#field-body").InputValueAsync());
        await page.Locator("#field-body").FillAsync(body + "\n\n图片来源：园区管委会");
        await editor.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "提交审核" }));
        await Expect(page.Locator("main")).ToContainTextAsync("已提交审核。");

        await publisher.GotoAsync("/manager");
        await publisher.ActivateAsync(publisher.Page.Locator("#inbox-waiting").GetByRole(AriaRole.Link, new() { Name = title }));
        await Expect(publisher.Page.Locator("#field-body")).ToHaveValueAsync(new Regex("图片来源：园区管委会$"));
        await publisher.ActivateAsync(publisher.Page.GetByRole(AriaRole.Button, new() { Name = "审核通过并发布" }));
        await Expect(publisher.Page.Locator("main")).ToContainTextAsync("已发布。");
        Assert.True(await FitsAsync(publisher), "The publisher's editor scrolls sideways at 360 px.");

        await using var reader = await PhoneAsync(site, "done-when-reader");
        await reader.GotoAsync("/zh/news");
        await reader.ActivateAsync(reader.Page.GetByRole(AriaRole.Link, new() { Name = title }));
        var leadImage = reader.Page.Locator("figure.lead-image img");
        await Expect(leadImage).ToHaveAttributeAsync("width", "1000");
        await Expect(reader.Page.Locator("figure.lead-image source[type='image/webp']")).ToHaveAttributeAsync("srcset", new Regex("480w"));
        await Expect(reader.Page.Locator(".article-body picture source[type='image/webp']")).ToHaveAttributeAsync("srcset", new Regex("480w"));
        Assert.True(await leadImage.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        var pdf = reader.Page.Locator(".article-body a[href$='.pdf']");
        await Expect(pdf).ToHaveCountAsync(1);
        var answer = await reader.Context.APIRequest.GetAsync(site.Url((await pdf.GetAttributeAsync("href"))!));
        Assert.Equal(200, answer.Status);
        Assert.Equal("application/pdf", answer.Headers["content-type"]);
        await Expect(reader.Page.Locator(".article-body")).ToContainTextAsync("图片来源：园区管委会");
        await reader.ScreenshotAsync("public");
        editor.AssertNoBrowserProblems();
        publisher.AssertNoBrowserProblems();
        reader.AssertNoBrowserProblems();
    }
}
