using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Publishing;
using PublicSite.Search.Sync;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Tests.Api;

namespace PublicSite.Web.Tests.Manager;

/// <summary>
/// The penetration test's findings on editorial integrity (issue #12), replayed through the manager as the editor
/// or the clumsy colleague did: nothing reaches a public page, the API or search without a publisher's approval.
/// </summary>
public sealed class EditorialIntegrityTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string SomeoneElse = "someone-else@gaob.example.gov.cn";

    /// <summary>A Chinese-only disclosed document, published by someone else so four-eyes never decides a case.</summary>
    private Task<ContentVariant> PublishedChineseDocumentAsync(string title, string attachment = "files/park-master-plan-2019-summary.pdf") => site.WithServicesAsync(async s =>
    {
        var content = s.GetRequiredService<ContentService>();
        var variant = await content.SaveAsync(new ContentEdit
        {
            TypeKey = "disclosure", Language = "zh-CN", Title = title, Body = "正文：" + title,
            Fields = new DisclosedDocument
            {
                DocumentNumber = "常港发〔2026〕3号", IssuingBody = "fao", Category = "plans", PublicationDate = new DateOnly(2026, 11, 26),
                Attachments = [new AttachmentRef { File = attachment, Title = "原附件" }],
            },
        }, SomeoneElse, null, default);
        await content.PublishAsync(variant.Id, SomeoneElse, null, null, default);
        return variant;
    });

    private Task<int> CatchUpSearchAsync() => site.WithServicesAsync(s => s.GetRequiredService<SearchIndexSync>().CatchUpAsync(default));

    private static Dictionary<string, string> Translation(string title) => new()
    {
        ["action"] = "save", ["f.title"] = title, ["body"] = "Texto: " + title,
        ["f.documentNumber"] = "常港发〔2026〕9号", ["f.issuingBody"] = "hkmao", ["f.category"] = "plans",
        ["f.publicationDate"] = "2026-11-26", ["f.validity"] = "repealed", ["f.validityDate"] = "2026-11-30",
        ["f.attachments"] = "files/park-master-plan-2019-summary.pdf | 编辑自己的附件",
    };

    private async Task<string> PublicDocumentTextAsync(string slug) =>
        (await site.GetPageAsync("/zh/disclosure/" + slug)).Page.QuerySelector("main")!.TextContent;

    [Fact]
    public async Task A_translation_draft_changes_no_shared_field_of_a_live_document_until_a_publisher_approves_it()
    {
        var zh = await PublishedChineseDocumentAsync("共用字段审核测试文件");
        await CatchUpSearchAsync();
        var cursor = (await site.Browser().AllChangesAsync()).Max(c => c["position"]!.GetValue<long>());
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var publisher = await ManagerClient.AsRoleAsync(site, EditorRoles.Publisher);
        var path = $"/manager/content/edit?item={zh.ItemId}&lang=pt";

        var saved = await editor.PostFormAsync(path, "main form.stacked-form", Translation("Documento de teste da aprovação"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var before = await PublicDocumentTextAsync(zh.Slug);
        Assert.Contains("常港发〔2026〕3号", before, StringComparison.Ordinal);
        Assert.Contains("市外事办", before, StringComparison.Ordinal);
        Assert.DoesNotContain("废止", before, StringComparison.Ordinal);
        var api = await site.Browser().JsonAsync($"/api/v1/content/{zh.ItemId}?lang=zh");
        Assert.Equal("常港发〔2026〕3号", api["shared"]!["documentNumber"]!.GetValue<string>());
        Assert.Equal("原附件", api["shared"]!["attachments"]![0]!["title"]!.GetValue<string>());
        Assert.Empty((await site.Browser().JsonAsync($"/api/v1/changes?since={cursor}"))["changes"]!.AsArray());

        // The publisher reviews the proposal beside the live values, and the editor finds their draft as typed.
        var review = await publisher.GetPageAsync(path);
        var row = review.QuerySelector(".shared-changes tr[data-field=documentNumber]");
        Assert.Equal(("常港发〔2026〕3号", "常港发〔2026〕9号"), (row?.QuerySelector(".live")?.TextContent, row?.QuerySelector(".proposed")?.TextContent));
        Assert.Equal("市港澳办", review.QuerySelector(".shared-changes tr[data-field=issuingBody] .proposed")?.TextContent);
        Assert.Equal("常港发〔2026〕9号", (await editor.GetPageAsync(path)).QuerySelector("#field-documentNumber")?.GetAttribute("value"));

        var approved = await publisher.PostFormAsync(path, "main form.stacked-form", new() { ["action"] = "publish" });

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var after = await PublicDocumentTextAsync(zh.Slug);
        Assert.Contains("常港发〔2026〕9号", after, StringComparison.Ordinal);
        Assert.Contains("市港澳办", after, StringComparison.Ordinal);
        var changes = (await site.Browser().JsonAsync($"/api/v1/changes?since={cursor}"))["changes"]!.AsArray()
            .Select(c => (c!["kind"]!.GetValue<string>(), c["language"]!.GetValue<string>())).ToList();
        Assert.Contains(("updated", "zh-CN"), changes);
        Assert.Contains(("published", "pt-PT"), changes);
        Assert.Equal("编辑自己的附件", (await site.Browser().JsonAsync($"/api/v1/content/{zh.ItemId}?lang=zh"))["shared"]!["attachments"]![0]!["title"]!.GetValue<string>());
        await CatchUpSearchAsync();
        var search = await site.Browser().JsonAsync("/api/v1/search?q=" + Uri.EscapeDataString("共用字段审核测试文件") + "&lang=zh");
        Assert.Equal("hkmao", search["results"]![0]!["issuingBody"]!.GetValue<string>());
        Assert.Equal("常港发〔2026〕9号", search["results"]![0]!["documentNumber"]!.GetValue<string>());
    }

    private static Dictionary<string, string> News(string action, string title, string? slug = null) => new()
    {
        ["action"] = action, ["f.title"] = title, ["f.slug"] = slug ?? "", ["body"] = "正文：" + title, ["f.date"] = "2026-11-20",
    };

    /// <summary>The edit screen's address of a saved item, from the redirect after a save.</summary>
    private static string EditPath(HttpResponseMessage saved)
    {
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var location = saved.Headers.Location!.OriginalString;
        return location[..location.IndexOf("&done=", StringComparison.Ordinal)];
    }

    [Fact]
    public async Task A_draft_given_an_old_slug_of_a_live_item_leaves_its_redirect_until_the_draft_goes_live()
    {
        await site.WithServicesAsync(async s =>
        {
            var content = s.GetRequiredService<ContentService>();
            static ContentEdit Edit(string slug, Guid? item = null) => new()
            {
                ItemId = item, TypeKey = "news", Language = "zh-CN", Title = "搬了地址的新闻", Slug = slug, Fields = new NewsArticle { Date = new DateOnly(2026, 11, 1) },
            };
            var live = await content.SaveAsync(Edit("ban-jia-jiu-di-zhi"), SomeoneElse, null, default);
            await content.PublishAsync(live.Id, SomeoneElse, null, null, default);
            return await content.SaveAsync(Edit("ban-jia-xin-di-zhi", live.ItemId), SomeoneElse, null, default);
        });
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var publisher = await ManagerClient.AsRoleAsync(site, EditorRoles.Publisher);

        var saved = await editor.PostFormAsync("/manager/content/edit?type=news&lang=zh", "main form.stacked-form", News("save", "占用旧地址的草稿", "ban-jia-jiu-di-zhi"));
        var whileDraft = await site.Browser().GetAsync("/zh/news/ban-jia-jiu-di-zhi");
        await publisher.PostFormAsync(EditPath(saved), "main form.stacked-form", new() { ["action"] = "publish" });
        var (afterPublish, page) = await site.GetPageAsync("/zh/news/ban-jia-jiu-di-zhi");

        Assert.Equal(HttpStatusCode.MovedPermanently, whileDraft.StatusCode);
        Assert.EndsWith("/zh/news/ban-jia-xin-di-zhi", whileDraft.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, afterPublish.StatusCode);
        Assert.Equal("占用旧地址的草稿", page.QuerySelector("main h1")?.TextContent);
    }

    [Fact]
    public async Task A_publish_time_that_is_not_a_time_is_a_field_error_and_one_typed_with_a_space_is_a_schedule()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var publisher = await ManagerClient.AsRoleAsync(site, EditorRoles.Publisher);
        var path = EditPath(await editor.PostFormAsync("/manager/content/edit?type=news&lang=zh", "main form.stacked-form", News("submit", "定时发布格式测试", "ding-shi-fa-bu")));

        var refused = await publisher.PostFormAsync(path, "main form.stacked-form", new() { ["action"] = "publish", ["publishAt"] = "2030-13-01 10:00" });
        var refusedPage = await SiteFactory.ParseAsync(refused);
        var whileRefused = await site.Browser().GetAsync("/zh/news/ding-shi-fa-bu");
        var scheduled = await publisher.PostFormAsync(path, "main form.stacked-form", new() { ["action"] = "publish", ["publishAt"] = "2030-01-01 10:00" });
        var status = (await publisher.GetPageAsync(path)).QuerySelector(".status")?.TextContent;

        Assert.Equal("请输入有效的日期和时间", refusedPage.QuerySelector("#field-publishAt-error")?.TextContent);
        Assert.Equal("2030-13-01 10:00", refusedPage.QuerySelector("#publishAt")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.NotFound, whileRefused.StatusCode);
        Assert.Contains("done=Scheduled", scheduled.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains("2030-01-01 10:00", status, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Browser().GetAsync("/zh/news/ding-shi-fa-bu")).StatusCode);
    }

    [Theory]
    [InlineData("discard")]
    [InlineData("withdraw")]
    [InlineData("delete")]
    public async Task An_action_on_a_new_items_form_is_refused_with_a_message_not_a_server_error(string action)
    {
        var publisher = await ManagerClient.AsRoleAsync(site, EditorRoles.Publisher);

        var response = await publisher.PostFormAsync("/manager/content/edit?type=news&lang=zh", "main form.stacked-form", News(action, "从未保存的新闻"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("请先保存。", (await SiteFactory.ParseAsync(response)).QuerySelector("[role=alert]")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("999999", HttpStatusCode.NotFound, "页面不存在")]
    [InlineData("abc", HttpStatusCode.BadRequest, "请求有误")]
    public async Task Restoring_a_revision_that_does_not_exist_is_refused_in_the_editors_language(string revision, HttpStatusCode status, string title)
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var saved = await editor.PostFormAsync("/manager/content/edit?type=news&lang=zh", "main form.stacked-form", News("save", "修订恢复测试" + revision));
        var variant = (await editor.GetPageAsync(EditPath(saved))).QuerySelector("a[href*='revisions?variant=']")!.GetAttribute("href")!.Split('=')[1];

        var response = await editor.PostFormAsync($"/manager/content/revisions?variant={variant}&a=1&b=1", "form[action*='Restore']", new() { ["revision"] = revision });

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(title, (await SiteFactory.ParseAsync(response)).QuerySelector("main h1")?.TextContent);
    }

    private static async Task<string> UploadPdfAsync(ManagerClient client, string fileName)
    {
        var page = await client.GetPageAsync("/manager/media");
        var token = page.QuerySelector("form[enctype] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("integrity"), "folder" },
            { new ByteArrayContent(Applications.TinyPdf.Bytes(Guid.NewGuid().ToString())), "file", fileName },
        };
        var uploaded = await client.Http.PostAsync("/manager/media?handler=Upload", form);
        var library = await client.GetPageAsync(uploaded.Headers.Location!.OriginalString);
        return Uri.UnescapeDataString(library.QuerySelectorAll("table a").Select(a => a.GetAttribute("href")!)
            .Single(h => h.Contains(fileName[..^4], StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_attachment_is_served_while_its_item_is_live_and_a_library_file_while_nothing_uses_it()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var publisher = await ManagerClient.AsRoleAsync(site, EditorRoles.Publisher);
        var url = await UploadPdfAsync(editor, "withdrawn-attachment.pdf");
        var unattached = await site.Browser().GetAsync(url);
        var document = await PublishedChineseDocumentAsync("附件随文件撤回测试", url["/media/".Length..]);
        var path = $"/manager/content/edit?item={document.ItemId}&lang=zh";
        var whileLive = await site.Browser().GetAsync(url);

        await publisher.ConfirmAsync(path, "withdraw");
        var (withdrawn, notFound) = await site.GetPageAsync(url);
        var preview = await editor.Http.GetAsync(url);
        await publisher.PostFormAsync(path, "main form.stacked-form", new() { ["action"] = "publish" });
        var republished = await site.Browser().GetAsync(url);
        await publisher.ConfirmAsync(path, "delete");
        var deleted = await site.Browser().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, unattached.StatusCode);
        Assert.Equal(HttpStatusCode.OK, whileLive.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withdrawn.StatusCode);
        Assert.Equal("页面不存在", notFound.QuerySelector("main h1")?.TextContent);
        Assert.Equal((HttpStatusCode.OK, true, true), (preview.StatusCode, preview.Headers.CacheControl?.Private, preview.Headers.CacheControl?.NoStore));
        Assert.Equal(HttpStatusCode.OK, republished.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deleted.StatusCode);
    }
}
