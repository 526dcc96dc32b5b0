using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Tests.Manager;

/// <summary>Labels and buttons that tell the truth (issue #18: a scheduled item read 已发布; a publisher got a restore button that answered 400).</summary>
public sealed class TruthfulStatusTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Form = "main form.stacked-form";

    private static async Task<string> SubmitNewsAsync(ManagerClient editor, string title)
    {
        var saved = await editor.PostFormAsync("/manager/content/edit?type=news&lang=zh", Form, new()
        {
            ["action"] = "submit", ["f.title"] = title, ["body"] = "正文", ["f.date"] = "2026-11-20",
        });
        return saved.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task A_scheduled_item_reads_as_scheduled_with_its_time_in_the_editor_and_the_list()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var publisher = await ManagerClient.AsRoleAsync(site, EditorRoles.Publisher);
        var path = await SubmitNewsAsync(editor, "明年才发布的新闻");

        await publisher.PostFormAsync(path, Form, new() { ["action"] = "publish", ["publishAt"] = "2030-01-01T10:00" });

        var status = (await editor.GetPageAsync(path)).QuerySelector("p.status strong")?.TextContent;
        Assert.Equal("定时发布 2030-01-01 10:00", status);
        var list = await editor.GetPageAsync("/manager/content?type=news&lang=zh&q=" + Uri.EscapeDataString("明年才发布的新闻"));
        Assert.Contains("定时发布 2030-01-01 10:00", list.QuerySelector("table.data-table tbody tr")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_an_administrator_is_offered_to_restore_a_deleted_item()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var publisher = await ManagerClient.AsRoleAsync(site, EditorRoles.Publisher);
        var administrator = await ManagerClient.AsRoleAsync(site, EditorRoles.Administrator);
        var path = await SubmitNewsAsync(editor, "将被删除的新闻");

        await publisher.ConfirmAsync(path, "delete");

        Assert.Null((await publisher.GetPageAsync(path)).QuerySelector("button[value=restore]"));
        Assert.NotNull((await administrator.GetPageAsync(path)).QuerySelector("button[value=restore]"));
    }
}
