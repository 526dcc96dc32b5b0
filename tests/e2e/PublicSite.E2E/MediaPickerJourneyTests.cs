using System.Text.RegularExpressions;
using PublicSite.E2E.Infrastructure;
using PublicSite.Web.Features.Manager.Accounts;
using SkiaSharp;

using static Microsoft.Playwright.Assertions;

namespace PublicSite.E2E;

/// <summary>
/// Issue #18 part 2 in the browser, on a phone: an editor uploads a photo in the picker, inserts it into the body
/// and picks it as the lead image; once published, the public page shows both as responsive pictures.
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

    [Fact]
    public async Task Editor_on_a_phone_uploads_and_inserts_an_image_with_the_picker_and_it_renders_on_the_public_page()
    {
        var unique = Guid.NewGuid().ToString("N")[..6];
        var title = $"园区新楼落成{unique}";
        await using var editor = await site.OpenAsync("media-editor", Viewport.PhoneName);
        await editor.SignInAsync(await site.CreateUserAsync(EditorRoles.Editor, Password), Password);
        await editor.GotoAsync("/manager/content/edit?type=news&lang=zh");
        await editor.Page.GetByLabel("标题 *").FillAsync(title);
        await editor.Page.Locator("#field-date").FillAsync("2026-11-30");

        await editor.ActivateAsync(editor.Page.GetByRole(AriaRole.Button, new() { Name = "插入媒体库图片" }));
        var dialog = editor.Page.Locator("dialog.media-picker");
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.Locator("#media-picker-file").SetInputFilesAsync(Photo());
        await editor.ActivateAsync(dialog.GetByRole(AriaRole.Button, new() { Name = "上传并选择" }));
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(editor.Page.Locator("#field-body")).ToHaveValueAsync(new Regex(@"!\[\]\(/media/images/\d{4}/.+\.jpg\)"));

        await editor.ActivateAsync(editor.Page.GetByRole(AriaRole.Button, new() { Name = "从媒体库选择图片…" }));
        await dialog.Locator("#media-picker-q").FillAsync("园区照片");
        await editor.ActivateAsync(dialog.Locator(".media-option").First);
        await Expect(editor.Page.Locator("#field-leadImage")).Not.ToHaveValueAsync("");
        await editor.ScreenshotAsync("picked");
        await editor.ActivateAsync(editor.Page.GetByRole(AriaRole.Button, new() { Name = "提交审核" }));
        await Expect(editor.Page.Locator("main")).ToContainTextAsync("已提交审核。");
        var item = Regex.Match(editor.Page.Url, "item=([0-9a-f-]+)").Groups[1].Value;

        await using var publisher = await site.OpenAsync("media-publisher", Viewport.DesktopName);
        await publisher.SignInAsync(await site.CreateUserAsync(EditorRoles.Publisher, Password), Password);
        await publisher.GotoAsync($"/manager/content/edit?item={item}&lang=zh");
        await publisher.ActivateAsync(publisher.Page.GetByRole(AriaRole.Button, new() { Name = "审核通过并发布" }));

        await using var reader = await site.OpenAsync("media-reader", Viewport.PhoneName);
        await reader.GotoAsync("/zh/news");
        await reader.ActivateAsync(reader.Page.GetByRole(AriaRole.Link, new() { Name = title }));
        var lead = reader.Page.Locator("figure.lead-image img");
        await Expect(lead).ToHaveAttributeAsync("width", "1000");
        await Expect(reader.Page.Locator(".article-body picture source[type='image/webp']")).ToHaveAttributeAsync("srcset", new Regex("480w"));
        Assert.True(await lead.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        await reader.ScreenshotAsync("public");
        reader.AssertNoBrowserProblems();
    }
}
