using System.Net;
using PublicSite.Cms.Auditing;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Tests.Applications;

namespace PublicSite.Web.Tests.Applications.Manager;

/// <summary>Only Publishers and Administrators see applications; every review action is checked, reading and writing.</summary>
public sealed class ReviewAuthorizationTests
{
    private const string Call = "2027-summer-internship";

    public static TheoryData<string> ReadActions() =>
    [
        "/manager/applications",
        $"/manager/applications/{Call}",
        $"/manager/applications/{Call}?handler=export",
        $"/manager/applications/{Call}/CZHM-2026-INT-00001",
        $"/manager/applications/{Call}/CZHM-2026-INT-00001?handler=cv",
    ];

    [Theory]
    [MemberData(nameof(ReadActions))]
    public async Task Anonymous_readers_and_editors_cannot_open_any_review_screen_but_publishers_and_administrators_can(string path)
    {
        using var site = new ApplicationSite();
        await site.ApplyValidAsync(ApplicationSite.InternshipZh);

        var anonymous = await site.Browser().GetAsync(path);
        var editor = await (await site.AsRoleAsync(EditorRoles.Editor)).GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/manager/sign-in", anonymous.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, editor.StatusCode);
        Assert.StartsWith("/manager/denied", editor.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await (await site.AsRoleAsync(EditorRoles.Publisher)).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await site.AsRoleAsync(EditorRoles.Administrator)).GetAsync(path)).StatusCode);
        Assert.DoesNotContain(await site.AuditAsync(), e => e.Actor.StartsWith("editor-", StringComparison.Ordinal) && e.Action == AuditActions.Export);
    }

    [Theory]
    [InlineData(null, "/manager/sign-in")]
    [InlineData(EditorRoles.Editor, "/manager/denied")]
    public async Task Status_changes_are_refused_to_anyone_but_publishers_and_administrators(string? role, string sentTo)
    {
        using var site = new ApplicationSite();
        var (reference, _) = await site.ApplyValidAsync(ApplicationSite.InternshipZh);
        var detail = $"/manager/applications/{Call}/{reference}";
        var client = role is null ? site.Browser() : await site.AsRoleAsync(role);

        // Authorization is decided before the antiforgery check: the refusal names the missing right.
        var response = await client.PostAsync(detail, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["status"] = "UnderReview", ["note"] = "x",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(sentTo, response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        var status = await SiteFactory.ParseAsync(await (await site.AsRoleAsync(EditorRoles.Publisher)).GetAsync(detail));
        Assert.Equal("已提交", status.QuerySelector("[data-status]")!.TextContent);
        Assert.DoesNotContain(await site.AuditAsync(), e => e.Action == AuditActions.ApplicationStatus);
    }

    [Fact]
    public async Task Only_publishers_and_administrators_find_applications_in_the_manager_navigation()
    {
        using var site = new ApplicationSite();

        var editor = await SiteFactory.ParseAsync(await (await site.AsRoleAsync(EditorRoles.Editor)).GetAsync("/manager"));
        var publisher = await SiteFactory.ParseAsync(await (await site.AsRoleAsync(EditorRoles.Publisher)).GetAsync("/manager"));

        Assert.Empty(editor.QuerySelectorAll("a[href='/manager/applications']"));
        Assert.NotEmpty(publisher.QuerySelectorAll("nav a[href='/manager/applications']"));
    }
}
