using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Data;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Tests.Manager;

namespace PublicSite.Web.Tests.Media;

/// <summary>
/// Issue #18 parts 2–3: content refers to media by id, checked on save; images reach phones as resized copies
/// without the camera's EXIF; attachment titles per language (#15).
/// </summary>
public sealed class MediaInContentTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Form = "main form.stacked-form";

    private static async Task<JsonElement> UploadWithPickerAsync(ManagerClient client, byte[] bytes, string fileName)
    {
        var page = await client.GetPageAsync("/manager/media");
        var token = page.QuerySelector("form[enctype] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("images"), "folder" },
            { new ByteArrayContent(bytes), "file", fileName },
        };
        var response = await client.Http.PostAsync("/manager/media/pick?handler=Upload&kind=image", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static Dictionary<string, string> News(string title, string body, string leadImage) => new()
    {
        ["action"] = "submit", ["f.title"] = title, ["f.summary"] = "摘要", ["body"] = body, ["f.date"] = "2026-11-30",
        ["f.leadImage"] = leadImage, ["f.leadImageAlt"] = "园区新楼",
    };

    private async Task<string> PublishedPathAsync(ManagerClient publisher, HttpResponseMessage saved, string section, string lang = "zh")
    {
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var published = await publisher.PostFormAsync(saved.Headers.Location!.OriginalString, Form, new() { ["action"] = "publish" });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var item = Guid.Parse(System.Web.HttpUtility.ParseQueryString(saved.Headers.Location!.OriginalString.Split('?')[1])["item"]!);
        var culture = lang == "zh" ? "zh-CN" : "pt-PT";
        var slug = await site.WithServicesAsync(s => s.GetRequiredService<CmsDbContext>().Variants.Where(v => v.ItemId == item && v.Language == culture).Select(v => v.Slug).SingleAsync());
        return $"/{lang}/{section}/{Uri.EscapeDataString(slug)}";
    }

    [Fact]
    public async Task A_picked_image_shows_on_the_news_page_as_a_lead_image_with_srcset_and_in_the_body()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var publisher = await ManagerClient.AsRoleAsync(site, EditorRoles.Publisher);
        var photo = await UploadWithPickerAsync(editor, PhotoWithGps.Bytes(), "园区新楼.jpg");
        var id = photo.GetProperty("id").GetString()!;
        var url = photo.GetProperty("url").GetString()!;

        var saved = await editor.PostFormAsync("/manager/content/edit?type=news&lang=zh", Form, News("题图新闻", $"正文前\n\n![园区夜景]({url})\n\n正文后", id));
        var path = await PublishedPathAsync(publisher, saved, "news");
        var (response, page) = await site.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lead = page.QuerySelector("figure.lead-image img")!;
        Assert.Equal("园区新楼", lead.GetAttribute("alt"));
        Assert.Equal("1200", lead.GetAttribute("width"));
        Assert.Equal("800", lead.GetAttribute("height"));
        var webp = page.QuerySelector("figure.lead-image source[type='image/webp']")!.GetAttribute("srcset")!;
        Assert.Contains("480w", webp, StringComparison.Ordinal);
        Assert.Contains("960w", webp, StringComparison.Ordinal);
        Assert.Contains("1200w", webp, StringComparison.Ordinal);
        var body = page.QuerySelector(".article-body picture img")!;
        Assert.Equal("园区夜景", body.GetAttribute("alt"));
        Assert.NotNull(body.GetAttribute("srcset"));
        var list = (await site.GetPageAsync("/zh/news")).Page;
        Assert.NotNull(list.QuerySelector(".news-item--image img.news-thumb[srcset]"));
        foreach (var candidate in webp.Split(", "))
        {
            var variant = await site.Browser().GetAsync(candidate.Split(' ')[0]);
            Assert.Equal(HttpStatusCode.OK, variant.StatusCode);
            Assert.Equal("image/webp", variant.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Image_copies_for_phones_carry_no_EXIF_GPS_position()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var publisher = await ManagerClient.AsRoleAsync(site, EditorRoles.Publisher);
        var photo = await UploadWithPickerAsync(editor, PhotoWithGps.Bytes(), "gps.jpg");
        var id = photo.GetProperty("id").GetString()!;
        await PublishedPathAsync(publisher, await editor.PostFormAsync("/manager/content/edit?type=news&lang=zh", Form, News("带定位的照片", "正文", id)), "news");

        foreach (var suffix in new[] { "", ".webp" })
        {
            foreach (var width in new[] { 480, 960, 1600 })
            {
                var bytes = await site.Browser().GetByteArrayAsync($"/media-variants/{width}/{id}{suffix}");
                var latin = Encoding.Latin1.GetString(bytes);
                Assert.DoesNotContain("Exif", latin, StringComparison.Ordinal);
                Assert.DoesNotContain(PhotoWithGps.Position, latin, StringComparison.Ordinal);
            }
        }
        Assert.Contains(PhotoWithGps.Position, Encoding.Latin1.GetString(PhotoWithGps.Bytes()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stored_original_served_at_its_media_address_carries_no_EXIF_GPS_position()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var publisher = await ManagerClient.AsRoleAsync(site, EditorRoles.Publisher);
        var photo = await UploadWithPickerAsync(editor, PhotoWithGps.Bytes(), "原图定位.jpg");
        var id = photo.GetProperty("id").GetString()!;
        await PublishedPathAsync(publisher, await editor.PostFormAsync("/manager/content/edit?type=news&lang=zh", Form, News("原图不带定位", "正文", id)), "news");

        var response = await site.Browser().GetAsync($"/media/{id}");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        var latin = Encoding.Latin1.GetString(bytes);
        Assert.DoesNotContain("Exif", latin, StringComparison.Ordinal);
        Assert.DoesNotContain(PhotoWithGps.Position, latin, StringComparison.Ordinal);
        // Still the photo: the same pixels' size, readable as a JPEG.
        using var decoded = SkiaSharp.SKBitmap.Decode(bytes);
        Assert.Equal((1200, 800), (decoded.Width, decoded.Height));
    }

    [Theory]
    [InlineData("/media/images/2026/photo.jpg", "不是地址")]
    [InlineData("https://elsewhere.example.com/photo.jpg", "不能引用其他网站")]
    [InlineData("images/2026/typed-by-hand.jpg", "媒体库中没有这个文件")]
    public async Task A_typed_or_foreign_lead_image_is_refused_with_a_message_and_the_form_kept(string typed, string message)
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);

        var response = await editor.PostFormAsync("/manager/content/edit?type=news&lang=zh", Form, News("手填题图", "正文照旧", typed));
        var page = await SiteFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.QuerySelector("#field-leadImage-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(typed, page.QuerySelector("#field-leadImage option[selected]")?.GetAttribute("value"));
        Assert.Equal("手填题图", page.QuerySelector("#field-title")?.GetAttribute("value"));
        Assert.Equal("正文照旧", page.QuerySelector("#field-body")?.TextContent);
    }

    [Fact]
    public async Task A_foreign_image_in_the_body_is_refused_and_the_body_kept()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        const string body = "看图：![外站图片](https://elsewhere.example.com/a.png)";

        var response = await editor.PostFormAsync("/manager/content/edit?type=news&lang=pt", Form, News("Imagem de fora", body, ""));
        var page = await SiteFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("不能引用其他网站的文件或图片", page.QuerySelector("#field-body-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(body, page.QuerySelector("#field-body")?.TextContent);
    }

    [Fact]
    public async Task An_attachment_title_differs_per_language_on_the_public_pages()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var publisher = await ManagerClient.AsRoleAsync(site, EditorRoles.Publisher);
        var item = await site.WithServicesAsync(s => s.GetRequiredService<CmsDbContext>().Items.Where(i => i.Key == "2023-hk-macau-children-identity-measures").Select(i => i.Id).SingleAsync());
        var edit = $"/manager/content/edit?item={item}&lang=zh";
        var current = await editor.GetPageAsync(edit);
        var fields = current.QuerySelectorAll($"{Form} input:not([type=hidden]), {Form} textarea, {Form} select")
            .Where(e => e.GetAttribute("name") is { } n && n.StartsWith("f.", StringComparison.Ordinal) || e.GetAttribute("name") == "body")
            .ToDictionary(e => e.GetAttribute("name")!, e => e switch
            {
                AngleSharp.Html.Dom.IHtmlTextAreaElement area => area.Value,
                AngleSharp.Html.Dom.IHtmlSelectElement select => select.Value ?? "",
                AngleSharp.Html.Dom.IHtmlInputElement input => input.Value,
                _ => "",
            });
        fields["action"] = "submit";
        fields["f.attachments.0.file"] = "files/identity-recognition-application-form.pdf";
        fields["f.attachments.0.title"] = "身份认定申请表";
        fields["f.attachments.0.titlePt"] = "Boletim de pedido de reconhecimento";

        var saved = await editor.PostFormAsync(edit, Form, fields);
        await PublishedPathAsync(publisher, saved, "disclosure");
        var slugs = await site.WithServicesAsync(s => s.GetRequiredService<CmsDbContext>().Variants.Where(v => v.ItemId == item).ToDictionaryAsync(v => v.Language, v => v.Slug));

        var zh = (await site.GetPageAsync("/zh/disclosure/" + Uri.EscapeDataString(slugs["zh-CN"]))).Page;
        var pt = (await site.GetPageAsync("/pt/disclosure/" + Uri.EscapeDataString(slugs["pt-PT"]))).Page;
        var hant = (await site.GetPageAsync("/zh-hant/disclosure/" + Uri.EscapeDataString(slugs["zh-CN"]))).Page;
        Assert.Contains(zh.QuerySelectorAll("a"), a => a.TextContent.Contains("身份认定申请表", StringComparison.Ordinal));
        Assert.Contains(pt.QuerySelectorAll("a"), a => a.TextContent.Contains("Boletim de pedido de reconhecimento", StringComparison.Ordinal));
        Assert.DoesNotContain(pt.QuerySelectorAll("a"), a => a.TextContent.Contains("身份认定申请表", StringComparison.Ordinal));
        Assert.Contains(hant.QuerySelectorAll("a"), a => a.TextContent.Contains("身份認定申請表", StringComparison.Ordinal));
    }
}
