using System.Net;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Tests.Applications.Manager;

namespace PublicSite.Web.Tests.InformationRequests;

/// <summary>The office's queue: due dates by the statutory clock, overdue marked, and only for publishers and administrators.</summary>
public sealed class RequestQueueTests
{
    [Fact]
    public async Task The_queue_shows_the_due_date_and_days_left_and_marks_a_request_overdue_once_the_clock_passes_it()
    {
        using var site = new RequestSite();
        var (reference, _) = await site.FileAsync("zh", RequestSite.NaturalPerson());
        var publisher = await site.Site.AsRoleAsync(EditorRoles.Publisher);

        var row = (await SiteFactory.ParseAsync(await publisher.GetAsync("/manager/requests"))).QuerySelector($"tr[data-reference='{reference}']")!;
        Assert.Equal("2026-12-29", row.QuerySelector("[data-due]")!.TextContent);
        Assert.Equal("20", row.QuerySelector("[data-days-left]")!.TextContent.Trim());
        Assert.DoesNotContain("overdue", row.ClassName ?? "", StringComparison.Ordinal);

        // Wednesday 30 December, the first working day after the due date.
        site.Site.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 30, 9, 0, 0, TimeSpan.FromHours(8)));
        // The sign-in of four weeks ago has expired on the same clock: sign in again.
        publisher = await site.Site.AsRoleAsync(EditorRoles.Publisher);
        row = (await SiteFactory.ParseAsync(await publisher.GetAsync("/manager/requests"))).QuerySelector($"tr[data-reference='{reference}']")!;
        Assert.Contains("overdue", row.ClassName ?? "", StringComparison.Ordinal);
        Assert.Equal("已逾期1个工作日", row.QuerySelector("[data-days-left] .overdue-mark")!.TextContent);
    }

    [Fact]
    public async Task Anonymous_readers_go_to_sign_in_editors_are_denied_and_publishers_and_administrators_see_the_queue()
    {
        using var site = new RequestSite();
        await site.FileAsync("pt", RequestSite.LegalPerson());

        var anonymous = await site.Browser().GetAsync("/manager/requests");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/manager/sign-in", anonymous.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        var editor = await (await site.Site.AsRoleAsync(EditorRoles.Editor)).GetAsync("/manager/requests");
        Assert.Equal(HttpStatusCode.Redirect, editor.StatusCode);
        Assert.StartsWith("/manager/denied", editor.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.DoesNotContain("Sociedade Exemplo", await editor.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var role in new[] { EditorRoles.Publisher, EditorRoles.Administrator })
        {
            var page = await (await site.Site.AsRoleAsync(role)).GetAsync("/manager/requests");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("Sociedade Exemplo, Limitada", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}
