using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Data;
using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Tests.Manager;

/// <summary>
/// What an editor types is never thrown away by the form (preview), and what they paste from the media library
/// becomes a working link (issue #18: preview emptied the form; a pasted /media/ path became /media//media/… → 404).
/// </summary>
public sealed class EditorsWorkKeptTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Form = "main form.stacked-form";
    private const string LibraryFile = "files/park-master-plan-2019-summary.pdf";

    private static Dictionary<string, string> News(string action, string title, string body) => new()
    {
        ["action"] = action, ["f.title"] = title, ["f.summary"] = "预览摘要", ["body"] = body, ["f.date"] = "2026-11-20", ["f.tags"] = "园区",
    };

    private static Dictionary<string, string> Document(string action, string title, string attachments) => new()
    {
        ["action"] = action, ["f.title"] = title, ["body"] = "正文：" + title, ["f.documentNumber"] = "常港发〔2026〕11号",
        ["f.issuingBody"] = "hkmao", ["f.category"] = "plans", ["f.publicationDate"] = "2026-11-26", ["f.attachments"] = attachments,
    };

    [Fact]
    public async Task Previewing_a_new_item_shows_the_body_and_keeps_every_field_as_typed_without_saving()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);

        var response = await editor.PostFormAsync("/manager/content/edit?type=news&lang=zh", Form, News("preview", "预览不丢字的新闻", "**加粗**的正文"));
        var page = await SiteFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("加粗", page.QuerySelector(".preview strong")?.TextContent);
        Assert.Equal("预览不丢字的新闻", page.QuerySelector("#field-title")?.GetAttribute("value"));
        Assert.Equal("**加粗**的正文", page.QuerySelector("#field-body")?.TextContent);
        Assert.Equal("2026-11-20", page.QuerySelector("#field-date")?.GetAttribute("value"));
        Assert.Contains("预览摘要", page.QuerySelector("#field-summary")?.TextContent ?? page.QuerySelector("#field-summary")?.GetAttribute("value"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Browser().GetAsync("/zh/news/" + Uri.EscapeDataString("预览不丢字的新闻"))).StatusCode);
    }

    [Fact]
    public async Task Previewing_a_saved_item_keeps_the_changes_typed_since_the_save()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var saved = await editor.PostFormAsync("/manager/content/edit?type=news&lang=zh", Form, News("save", "保存过的新闻", "保存时的正文"));
        var path = saved.Headers.Location!.OriginalString;

        var page = await SiteFactory.ParseAsync(await editor.PostFormAsync(path, Form, News("preview", "保存后改过的标题", "保存后改过的正文")));

        Assert.Equal("保存后改过的标题", page.QuerySelector("#field-title")?.GetAttribute("value"));
        Assert.Equal("保存后改过的正文", page.QuerySelector("#field-body")?.TextContent);
        Assert.Contains("保存后改过的正文", page.QuerySelector(".preview")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_attachment_pasted_as_the_address_the_media_library_shows_is_refused_and_kept_as_typed()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);

        var response = await editor.PostFormAsync("/manager/content/edit?type=disclosure&lang=zh", Form,
            Document("submit", "粘贴媒体库地址的文件", $"/media/{LibraryFile} | 规划摘要"));
        var page = await SiteFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("不要粘贴 /media/", page.QuerySelector("#field-attachments-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("/media/" + LibraryFile, page.QuerySelector("#field-attachments option[selected]")?.GetAttribute("value"));
        Assert.Equal("规划摘要", page.QuerySelector("#field-attachments-title")?.GetAttribute("value"));
    }

    [Fact]
    public async Task An_attachment_the_media_library_lacks_is_refused_beside_the_field_and_the_typed_form_is_kept()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);

        var response = await editor.PostFormAsync("/manager/content/edit?type=disclosure&lang=zh", Form,
            Document("save", "附件不存在的文件", "files/no-such-file.pdf | 不存在的附件"));
        var page = await SiteFactory.ParseAsync(response);

        Assert.True(response.StatusCode == HttpStatusCode.OK, response.Headers.Location?.OriginalString);
        Assert.Contains("媒体库中没有这个文件", page.QuerySelector("#field-attachments-error")?.TextContent ?? page.QuerySelector(".error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("files/no-such-file.pdf", page.QuerySelector("#field-attachments option[selected]")?.GetAttribute("value"));
        Assert.Equal("不存在的附件", page.QuerySelector("#field-attachments-title")?.GetAttribute("value"));
        Assert.Equal("附件不存在的文件", page.QuerySelector("#field-title")?.GetAttribute("value"));
    }
}
