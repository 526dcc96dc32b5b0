using System.Net;
using AngleSharp.Html.Dom;
using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Tests.Manager;

/// <summary>The editorial journey through the manager's screens, as editors and publishers use them.</summary>
public sealed class ContentWorkflowTests : IClassFixture<SiteFactory>
{
    private readonly SiteFactory _site;

    public ContentWorkflowTests(SiteFactory site) => _site = site;

    private static Dictionary<string, string> News(string title, string body = "园区动态正文。") => new()
    {
        ["f.title"] = title, ["f.summary"] = "摘要", ["body"] = body, ["f.date"] = "2026-11-20", ["f.tags"] = "园区\n澳门",
    };

    private static async Task<(Guid Item, Guid Variant)> IdsAsync(HttpResponseMessage saved, ManagerClient client)
    {
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var location = saved.Headers.Location!.OriginalString;
        var item = Guid.Parse(System.Web.HttpUtility.ParseQueryString(location.Split('?')[1])["item"]!);
        var page = await client.GetPageAsync(location);
        var preview = page.QuerySelector("a[href*='preview=']")!.GetAttribute("href")!;
        return (item, Guid.Parse(preview[(preview.IndexOf("preview=", StringComparison.Ordinal) + 8)..]));
    }

    private static Task<HttpResponseMessage> ActAsync(ManagerClient client, Guid item, string action, Dictionary<string, string>? fields = null)
    {
        var values = fields ?? [];
        values["action"] = action;
        return client.PostFormAsync($"/manager/content/edit?item={item}&lang=zh", "main form.stacked-form", values);
    }

    [Fact]
    public async Task An_editors_draft_is_previewed_by_editors_only_and_published_only_by_another_publisher()
    {
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        var publisher = await ManagerClient.AsRoleAsync(_site, EditorRoles.Publisher);
        var saved = await editor.PostFormAsync("/manager/content/edit?type=news&lang=zh", "main form.stacked-form", new(News("澳门青年参访园区")) { ["action"] = "submit" });
        var (item, variant) = await IdsAsync(saved, editor);
        var publicPath = "/zh/news/" + Uri.EscapeDataString("澳门青年参访园区");

        Assert.Equal(HttpStatusCode.NotFound, (await _site.Browser().GetAsync(publicPath)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.Browser().GetAsync($"{publicPath}?preview={variant}")).StatusCode);
        var preview = await editor.GetPageAsync($"{publicPath}?preview={variant}");
        Assert.Equal("澳门青年参访园区", preview.QuerySelector("main h1")?.TextContent);
        Assert.Equal("noindex", preview.QuerySelector("meta[name=robots]")?.GetAttribute("content"));

        var refused = await ActAsync(editor, item, "publish");
        Assert.StartsWith("/manager/denied", refused.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.Browser().GetAsync(publicPath)).StatusCode);

        var published = await ActAsync(publisher, item, "publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _site.Browser().GetAsync(publicPath)).StatusCode);
    }

    [Fact]
    public async Task A_publisher_cannot_approve_their_own_change()
    {
        var publisher = await ManagerClient.AsRoleAsync(_site, EditorRoles.Publisher);
        var (item, _) = await IdsAsync(await publisher.PostFormAsync("/manager/content/edit?type=news&lang=zh", "main form.stacked-form", new(News("发布员自己写的新闻")) { ["action"] = "save" }), publisher);

        var response = await ActAsync(publisher, item, "publish");
        var page = await SiteFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("不能审核自己的修改", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.Browser().GetAsync("/zh/news/" + Uri.EscapeDataString("发布员自己写的新闻"))).StatusCode);
    }

    [Fact]
    public async Task A_publisher_cannot_approve_their_own_text_after_an_editor_touched_it()
    {
        var publisher = await ManagerClient.AsRoleAsync(_site, EditorRoles.Publisher);
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        var (item, _) = await IdsAsync(await publisher.PostFormAsync("/manager/content/edit?type=news&lang=zh", "main form.stacked-form", new(News("发布员起草的新闻")) { ["action"] = "save" }), publisher);
        await ActAsync(editor, item, "submit", News("发布员起草的新闻", "编辑改了一个字。"));

        var response = await ActAsync(publisher, item, "publish");

        Assert.Contains("不能审核自己的修改", (await SiteFactory.ParseAsync(response)).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.Browser().GetAsync("/zh/news/" + Uri.EscapeDataString("发布员起草的新闻"))).StatusCode);
    }

    [Fact]
    public async Task A_publisher_cannot_approve_a_change_to_a_live_page_they_wrote_part_of()
    {
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        var publisher = await ManagerClient.AsRoleAsync(_site, EditorRoles.Publisher);
        var (item, _) = await IdsAsync(await editor.PostFormAsync("/manager/content/edit?type=news&lang=zh", "main form.stacked-form", new(News("四眼原则原标题")) { ["action"] = "submit", ["f.slug"] = "si-yan-yuan-ze" }), editor);
        await ActAsync(publisher, item, "publish");

        await ActAsync(publisher, item, "save", new(News("发布员改的标题")) { ["f.slug"] = "si-yan-yuan-ze" });
        await ActAsync(editor, item, "submit", new(News("发布员改的标题", "编辑补了一句。")) { ["f.slug"] = "si-yan-yuan-ze" });
        var response = await ActAsync(publisher, item, "publish");

        Assert.Contains("不能审核自己的修改", (await SiteFactory.ParseAsync(response)).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("四眼原则原标题", (await _site.GetPageAsync("/zh/news/si-yan-yuan-ze")).Page.QuerySelector("main h1")?.TextContent);
        var other = await ManagerClient.AsRoleAsync(_site, EditorRoles.Publisher);
        await ActAsync(other, item, "publish");
        Assert.Equal("发布员改的标题", (await _site.GetPageAsync("/zh/news/si-yan-yuan-ze")).Page.QuerySelector("main h1")?.TextContent);
    }

    [Fact]
    public async Task A_change_to_a_live_page_waits_for_approval_while_the_public_keeps_the_published_text()
    {
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        var publisher = await ManagerClient.AsRoleAsync(_site, EditorRoles.Publisher);
        var (item, _) = await IdsAsync(await editor.PostFormAsync("/manager/content/edit?type=news&lang=zh", "main form.stacked-form", new(News("园区新闻原标题")) { ["action"] = "submit", ["f.slug"] = "yuan-qu-xin-wen" }), editor);
        await ActAsync(publisher, item, "publish");

        await ActAsync(editor, item, "submit", new(News("园区新闻新标题", "修改后的正文")) { ["f.slug"] = "yuan-qu-xin-wen" });
        var before = await _site.GetPageAsync("/zh/news/yuan-qu-xin-wen");
        await ActAsync(publisher, item, "publish");
        var after = await _site.GetPageAsync("/zh/news/yuan-qu-xin-wen");

        Assert.Equal("园区新闻原标题", before.Page.QuerySelector("main h1")?.TextContent);
        Assert.Equal("园区新闻新标题", after.Page.QuerySelector("main h1")?.TextContent);
        Assert.Contains("修改后的正文", after.Page.QuerySelector(".article-body")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_fields_are_explained_beside_them_and_nothing_typed_is_lost()
    {
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);

        var response = await editor.PostFormAsync("/manager/content/edit?type=disclosure&lang=zh", "main form.stacked-form", new()
        {
            ["action"] = "save", ["f.title"] = "格式有误的文件", ["body"] = "保留这段正文", ["f.documentNumber"] = "常港发2017-1",
            ["f.issuingBody"] = "fao", ["f.category"] = "", ["f.publicationDate"] = "2026-13-45",
        });
        var page = await SiteFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("请输入有效日期", page.QuerySelector("#field-publicationDate-error")?.TextContent);
        Assert.Equal("格式有误的文件", (page.QuerySelector("#field-title") as IHtmlInputElement)?.Value);
        Assert.Equal("保留这段正文", page.QuerySelector("#field-body")?.TextContent);
        Assert.Equal("常港发2017-1", (page.QuerySelector("#field-documentNumber") as IHtmlInputElement)?.Value);
        Assert.Equal("fao", (page.QuerySelector("#field-issuingBody") as IHtmlSelectElement)?.Value);

        var second = await editor.PostFormAsync("/manager/content/edit?type=disclosure&lang=zh", "main form.stacked-form", new()
        {
            ["action"] = "save", ["f.title"] = "格式有误的文件", ["f.documentNumber"] = "常港发2017-1", ["f.issuingBody"] = "fao", ["f.publicationDate"] = "2026-11-01",
        });
        var secondPage = await SiteFactory.ParseAsync(second);
        Assert.Contains("常港发〔2017〕1号", secondPage.QuerySelector("#field-documentNumber-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("此项必填", secondPage.QuerySelector("#field-category-error")?.TextContent);
    }

    [Fact]
    public async Task The_second_of_two_concurrent_saves_is_told_and_overwrites_nothing()
    {
        var first = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        var second = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        var (item, _) = await IdsAsync(await first.PostFormAsync("/manager/content/edit?type=news&lang=zh", "main form.stacked-form", new(News("并发编辑测试")) { ["action"] = "save" }), first);
        var stale = await second.GetPageAsync($"/manager/content/edit?item={item}&lang=zh");
        var version = stale.QuerySelector("input[name=version]")!.GetAttribute("value")!;

        await ActAsync(first, item, "save", News("编辑甲的标题"));
        var response = await ActAsync(second, item, "save", new(News("编辑乙的标题")) { ["version"] = version });
        var page = await SiteFactory.ParseAsync(response);

        Assert.Contains("其他人已在您打开后保存了此内容", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("编辑乙的标题", (page.QuerySelector("#field-title") as IHtmlInputElement)?.Value);
        Assert.Equal("编辑甲的标题", (await first.GetPageAsync($"/manager/content/edit?item={item}&lang=zh")).QuerySelector("main h1")?.TextContent);
    }

    [Fact]
    public async Task Revisions_are_compared_field_by_field_and_an_old_one_is_restored_as_a_draft()
    {
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        var (item, variant) = await IdsAsync(await editor.PostFormAsync("/manager/content/edit?type=news&lang=zh", "main form.stacked-form", new(News("第一版标题")) { ["action"] = "save" }), editor);
        await ActAsync(editor, item, "save", News("第二版标题"));

        var compare = await editor.GetPageAsync($"/manager/content/revisions?variant={variant}&a=1&b=2");
        var title = compare.QuerySelector(".compared-field[data-field=title]");
        Assert.Equal("标题", title?.QuerySelector("h3")?.TextContent);
        Assert.Equal(["一"], title!.QuerySelectorAll("del").Select(d => d.TextContent));
        Assert.Equal(["二"], title.QuerySelectorAll("ins").Select(d => d.TextContent));

        var restore = await editor.PostFormAsync($"/manager/content/revisions?variant={variant}&a=1&b=2", "form[action*='Restore']", []);
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.Equal("第一版标题", (await editor.GetPageAsync($"/manager/content/edit?item={item}&lang=zh")).QuerySelector("main h1")?.TextContent);
    }
}
