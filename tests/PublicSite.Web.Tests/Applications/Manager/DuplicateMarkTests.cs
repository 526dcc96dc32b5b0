using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Tests.Applications;

namespace PublicSite.Web.Tests.Applications.Manager;

/// <summary>The applicant is not told that an ID number applied before; the office is, in the queue and the detail.</summary>
public sealed class DuplicateMarkTests
{
    private const string Call = "2027-summer-internship";

    [Fact]
    public async Task The_queue_and_the_detail_show_a_repeat_as_a_duplicate_of_the_first_application()
    {
        using var site = new ApplicationSite();
        var (first, _) = await site.ApplyValidAsync(ApplicationSite.InternshipZh);
        var (other, _) = await site.ApplyValidAsync(ApplicationSite.InternshipZh, f => f["Form.IdNumber"] = "H87654321");
        var (repeat, _) = await site.ApplyValidAsync(ApplicationSite.InternshipZh, f => (f["Form.IdNumber"], f["Form.Email"]) = ("m 1234 5678", "other@example.com"));
        var publisher = await site.AsRoleAsync(EditorRoles.Publisher);

        var queue = await SiteFactory.ParseAsync(await publisher.GetAsync($"/manager/applications/{Call}"));
        var marks = queue.QuerySelectorAll("tbody tr").ToDictionary(
            row => row.QuerySelector("th")!.TextContent.Trim(), row => row.QuerySelector("[data-duplicate-of]")?.TextContent.Trim());
        var detail = await SiteFactory.ParseAsync(await publisher.GetAsync($"/manager/applications/{Call}/{repeat}"));

        Assert.Equal($"重复报名（先前报名：{first}）", marks[repeat]);
        Assert.Null(marks[first]);
        Assert.Null(marks[other]);
        Assert.Equal($"/manager/applications/{Call}/{first}", detail.QuerySelector("[data-duplicate-of] a")!.GetAttribute("href"));
        Assert.Equal("重复报名，原报名", detail.QuerySelector("[data-duplicate-of]")!.ParentElement!.QuerySelector("dt")!.TextContent);
        Assert.Null((await SiteFactory.ParseAsync(await publisher.GetAsync($"/manager/applications/{Call}/{first}"))).QuerySelector("[data-duplicate-of]"));
        var csv = (await publisher.GetStringAsync($"/manager/applications/{Call}?handler=export")).Split("\r\n");
        Assert.EndsWith(",\"重复报名，原报名\"", csv[0], StringComparison.Ordinal);
        Assert.EndsWith($",\"{first}\"", Assert.Single(csv, l => l.StartsWith($"\"{repeat}\"", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
