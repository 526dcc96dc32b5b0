using System.Net;
using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Tests.Manager;

public sealed class AuthorizationTests : IClassFixture<SiteFactory>
{
    private readonly SiteFactory _site;

    public AuthorizationTests(SiteFactory site) => _site = site;

    [Theory]
    [InlineData(EditorRoles.Editor, "/manager/users", HttpStatusCode.Redirect)]
    [InlineData(EditorRoles.Editor, "/manager/audit", HttpStatusCode.Redirect)]
    [InlineData(EditorRoles.Publisher, "/manager/users", HttpStatusCode.Redirect)]
    [InlineData(EditorRoles.Publisher, "/manager/audit", HttpStatusCode.Redirect)]
    [InlineData(EditorRoles.Administrator, "/manager/users", HttpStatusCode.OK)]
    [InlineData(EditorRoles.Administrator, "/manager/audit", HttpStatusCode.OK)]
    [InlineData(EditorRoles.Editor, "/manager", HttpStatusCode.OK)]
    public async Task Administration_pages_are_for_administrators_only(string role, string path, HttpStatusCode expected)
    {
        var client = await ManagerClient.AsRoleAsync(_site, role);

        var response = await client.Http.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
        {
            Assert.StartsWith("/manager/denied", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_editor_cannot_create_users_even_by_posting_the_form_directly()
    {
        var admin = await ManagerClient.SignedInAsync(_site, SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        var adminPage = await admin.GetPageAsync("/manager/users");
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        var token = (await editor.GetPageAsync("/manager")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await editor.Http.PostAsync("/manager/users?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Email"] = "intruder@example.org", ["Role"] = EditorRoles.Administrator, ["Password"] = "Intruder-Pa55word!",
        }));

        Assert.NotNull(adminPage.QuerySelector("form"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/manager/denied", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("intruder@example.org", (await admin.GetPageAsync("/manager/users")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_creates_a_publisher_who_can_then_sign_in_and_weak_passwords_are_refused()
    {
        var admin = await ManagerClient.SignedInAsync(_site, SiteFactory.AdminEmail, SiteFactory.AdminPassword);

        var weak = await admin.PostFormAsync("/manager/users", "form[action*='Create']", new() { ["Email"] = "weak@gaob.example.gov.cn", ["Role"] = EditorRoles.Publisher, ["Password"] = "short" });
        var created = await admin.PostFormAsync("/manager/users", "form[action*='Create']", new() { ["Email"] = "publisher@gaob.example.gov.cn", ["Role"] = EditorRoles.Publisher, ["Password"] = "Publisher-Pa55word!" });

        var weakPage = await SiteFactory.ParseAsync(weak);
        Assert.Equal("密码至少需要12个字符", weakPage.QuerySelector("#field-Password-error")?.TextContent.Split(' ')[0]);
        Assert.Equal("weak@gaob.example.gov.cn", weakPage.QuerySelector("#field-Email")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var publisher = await ManagerClient.SignedInAsync(_site, "publisher@gaob.example.gov.cn", "Publisher-Pa55word!");
        Assert.Contains("发布员", (await publisher.GetPageAsync("/manager")).QuerySelector("main p")!.TextContent, StringComparison.Ordinal);
    }
}
