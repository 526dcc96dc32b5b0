using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Tests.Manager;

/// <summary>The manager's home answers "what waits for me" over every content type (issue #18: there was no inbox).</summary>
public sealed class InboxTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Form = "main form.stacked-form";

    private static IEnumerable<string> Titles(AngleSharp.Html.Dom.IHtmlDocument page, string section) =>
        page.QuerySelectorAll($"#inbox-{section} li a").Select(a => a.TextContent);

    [Fact]
    public async Task A_publisher_finds_every_submitted_change_of_any_type_except_their_own_with_a_count_on_every_screen()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var publisher = await ManagerClient.AsRoleAsync(site, EditorRoles.Publisher);
        await editor.PostFormAsync("/manager/content/edit?type=news&lang=zh", Form, new()
        {
            ["action"] = "submit", ["f.title"] = "收件箱里的新闻", ["body"] = "正文", ["f.date"] = "2026-11-20",
        });
        await editor.PostFormAsync("/manager/content/edit?type=disclosure&lang=zh", Form, new()
        {
            ["action"] = "submit", ["f.title"] = "收件箱里的公开文件", ["body"] = "正文", ["f.documentNumber"] = "常港发〔2026〕12号",
            ["f.issuingBody"] = "hkmao", ["f.category"] = "plans", ["f.publicationDate"] = "2026-11-26",
        });
        await publisher.PostFormAsync("/manager/content/edit?type=news&lang=zh", Form, new()
        {
            ["action"] = "submit", ["f.title"] = "发布员自己提交的新闻", ["body"] = "正文", ["f.date"] = "2026-11-20",
        });

        var home = await publisher.GetPageAsync("/manager");

        Assert.Contains("收件箱里的新闻", Titles(home, "waiting"));
        Assert.Contains("收件箱里的公开文件", Titles(home, "waiting"));
        Assert.DoesNotContain("发布员自己提交的新闻", Titles(home, "waiting"));
        Assert.Contains("发布员自己提交的新闻", Titles(home, "mine"));
        var media = await publisher.GetPageAsync("/manager/media");
        Assert.Contains("待审核", media.QuerySelector("#nav-waiting")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_sees_their_own_drafts_and_no_review_queue()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        await editor.PostFormAsync("/manager/content/edit?type=news&lang=zh", Form, new()
        {
            ["action"] = "save", ["f.title"] = "编辑自己的草稿", ["body"] = "正文", ["f.date"] = "2026-11-20",
        });

        var home = await editor.GetPageAsync("/manager");

        Assert.Contains("编辑自己的草稿", Titles(home, "mine"));
        Assert.Null(home.QuerySelector("#inbox-waiting"));
        Assert.Null(home.QuerySelector("#nav-waiting"));
    }
}
