using System.Net;
using System.Text;
using PublicSite.Cms.Auditing;
using PublicSite.Testing;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Tests.Applications.Manager;

namespace PublicSite.Web.Tests.InformationRequests;

/// <summary>Who may handle a request, and what the database file holds of the applicant.</summary>
public sealed class RequestHandlingAccessTests
{
    private static readonly string[] Posts = ["decide", "extend", "reveal"];

    [Fact]
    public async Task Every_action_on_a_request_is_for_publishers_and_administrators_only_and_needs_the_antiforgery_token()
    {
        using var site = new RequestSite();
        var (reference, _) = await site.FileAsync("zh", RequestSite.NaturalPerson());
        var admin = await site.Site.AsRoleAsync(EditorRoles.Administrator);
        Assert.Equal(HttpStatusCode.Redirect, (await RequestSite.DecideAsync(admin, reference, "Disclosed")).StatusCode);
        var letter = (await SiteFactory.ParseAsync(await admin.GetAsync($"/manager/requests/{reference}"))).QuerySelector("[data-letter]")!.GetAttribute("href")!;
        Assert.Equal("application/pdf", (await admin.GetAsync(letter)).Content.Headers.ContentType!.MediaType);

        var anonymous = site.Browser();
        var editor = await site.Site.AsRoleAsync(EditorRoles.Editor);
        foreach (var (client, target) in new[] { (anonymous, "/manager/sign-in"), (editor, "/manager/denied") })
        {
            foreach (var path in new[] { $"/manager/requests/{reference}", $"/manager/requests/{reference}?decision=Disclosed", letter })
            {
                var get = await client.GetAsync(path);
                Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
                Assert.StartsWith(target, get.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
            }
            foreach (var handler in Posts)
            {
                var post = await client.PostAsync($"/manager/requests/{reference}?handler={handler}",
                    new FormUrlEncodedContent(new Dictionary<string, string> { ["decision"] = "Refused", ["ground"] = "Art14StateSecret", ["letter"] = "x" }));
                Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
                Assert.StartsWith(target, post.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
            }
        }
        var publisher = await site.Site.AsRoleAsync(EditorRoles.Publisher);
        foreach (var handler in Posts)
        {
            var forged = await publisher.PostAsync($"/manager/requests/{reference}?handler={handler}",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["note"] = "x", ["letter"] = "x" }));
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await publisher.GetAsync("/manager/requests/CZHM-YSQ-2026-99999")).StatusCode);
    }

    [Fact]
    public async Task Personal_data_are_masked_shown_in_full_only_on_an_audited_action_and_never_in_clear_in_the_database_file()
    {
        using var site = new RequestSite();
        var (reference, _) = await site.FileAsync("zh", RequestSite.NaturalPerson());
        var publisher = await site.Site.AsRoleAsync(EditorRoles.Publisher);
        Assert.Equal(HttpStatusCode.Redirect, (await RequestSite.DecideAsync(publisher, reference, "Disclosed",
            letter: "陳美玲：寄往澳門氹仔海洋花園大馬路18號，电话+853 6612 3456，证件820000200001010016。")).StatusCode);

        var page = await SiteFactory.ParseAsync(await publisher.GetAsync($"/manager/requests/{reference}"));
        Assert.Equal("82**************16", page.QuerySelector("[data-identifier]")!.TextContent);
        Assert.DoesNotContain("海洋花園", page.Body!.TextContent, StringComparison.Ordinal);
        var shown = await RequestClockHandlingTests.PostAsync(publisher, reference, "reveal", []);
        var full = await SiteFactory.ParseAsync(shown);
        Assert.Equal("820000200001010016", full.QuerySelector("[data-identifier]")!.TextContent);
        Assert.Equal("澳門氹仔海洋花園大馬路18號", full.QuerySelector("[data-address]")!.TextContent);
        Assert.Equal("+853 6612 3456", full.QuerySelector("[data-phone]")!.TextContent);
        Assert.Contains(await site.Site.AuditAsync(), e => e.Action == AuditActions.PersonalDataViewed && e.Subject == reference);

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var secret in new[] { "820000200001010016", "海洋花園", "6612 3456", "寄往" })
        {
            Assert.False(DatabaseContains(site, secret), secret + " is in clear in the database file");
        }
    }

    internal static bool DatabaseContains(RequestSite site, string text) => TestDatabase.FilesContain(site.Site.DataDirectory, text);
}
