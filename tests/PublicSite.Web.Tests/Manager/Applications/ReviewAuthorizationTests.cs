using System.Net;
using PublicSite.Web.Tests.Programmes;

namespace PublicSite.Web.Tests.Manager.Applications;

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
        var audit = new RecordedAuditTrail();
        using var site = ReviewSite.Create(audit);
        await site.ApplyValidAsync(ApplicationSite.InternshipZh);

        Assert.Equal(HttpStatusCode.Unauthorized, (await site.Browser().GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site.As("editor1", "Editor").GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.As("publisher1", "Publisher").GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.As("admin", "Administrator").GetAsync(path)).StatusCode);
        Assert.DoesNotContain(audit.Entries, e => e.User is null or "editor1");
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("Editor", HttpStatusCode.Forbidden)]
    public async Task Status_changes_are_refused_to_anyone_but_publishers_and_administrators(string? role, HttpStatusCode expected)
    {
        var audit = new RecordedAuditTrail();
        using var site = ReviewSite.Create(audit);
        var (reference, _) = await site.ApplyValidAsync(ApplicationSite.InternshipZh);
        var detail = $"/manager/applications/{Call}/{reference}";
        var client = role is null ? site.Browser() : site.As("someone", role);

        // Authorization is decided before the antiforgery check: the refusal names the missing right.
        var response = await client.PostAsync(detail, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["status"] = "UnderReview", ["note"] = "x",
        }));

        Assert.Equal(expected, response.StatusCode);
        var status = await SiteFactory.ParseAsync(await site.As("publisher1", "Publisher").GetAsync(detail));
        Assert.Equal("已提交", status.QuerySelector("[data-status]")!.TextContent);
        Assert.DoesNotContain(audit.Entries, e => e.Action == "applications.status");
    }
}
