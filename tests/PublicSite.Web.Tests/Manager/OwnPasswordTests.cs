using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Auditing;
using PublicSite.Cms.Data;
using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Tests.Manager;

public sealed class OwnPasswordTests : IClassFixture<SiteFactory>
{
    private const string OldPassword = "Editor-Pa55word-Long!";
    private const string NewPassword = "Another-Pa55word-Long!";

    private readonly SiteFactory _site;

    public OwnPasswordTests(SiteFactory site) => _site = site;

    private static Task<HttpResponseMessage> ChangeAsync(ManagerClient client, string current, string next, string confirm) =>
        client.PostFormAsync("/manager/account", "main form[action*='ChangePassword']",
            new() { ["CurrentPassword"] = current, ["NewPassword"] = next, ["ConfirmPassword"] = confirm });

    [Fact]
    public async Task An_editor_changes_their_own_password_stays_signed_in_and_the_change_is_audited()
    {
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);

        var changed = await ChangeAsync(editor, OldPassword, NewPassword, NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.Http.GetAsync("/manager")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ManagerClient.Anonymous(_site).SignInAsync(editor.Email, OldPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ManagerClient.Anonymous(_site).SignInAsync(editor.Email, NewPassword)).StatusCode);
        var audited = await _site.WithServicesAsync(s => s.GetRequiredService<CmsDbContext>().AuditEntries
            .AnyAsync(e => e.Action == AuditActions.PasswordChanged && e.Subject == editor.Email));
        Assert.True(audited);
    }

    [Fact]
    public async Task A_wrong_current_password_and_a_weak_new_one_are_explained_beside_their_fields_in_both_languages()
    {
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);

        var wrong = await SiteFactory.ParseAsync(await ChangeAsync(editor, "Not-The-Password-1!", NewPassword, NewPassword));
        var weak = await ChangeAsync(editor, OldPassword, "short", "short");
        var differ = await SiteFactory.ParseAsync(await ChangeAsync(editor, OldPassword, NewPassword, NewPassword + "x"));
        editor.Http.DefaultRequestHeaders.Add("Cookie", "publicsite-manager-lang=pt");
        var weakPt = await SiteFactory.ParseAsync(await ChangeAsync(editor, OldPassword, "short", "short"));

        Assert.Equal("当前密码不正确", wrong.QuerySelector("#field-CurrentPassword-error")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("密码至少需要12个字符", (await SiteFactory.ParseAsync(weak)).QuerySelector("#field-NewPassword-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("两次输入的新密码不一致", differ.QuerySelector("#field-ConfirmPassword-error")?.TextContent.Trim());
        Assert.Contains("pelo menos 12 caracteres", weakPt.QuerySelector("#field-NewPassword-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ManagerClient.Anonymous(_site).SignInAsync(editor.Email, OldPassword)).StatusCode);
    }
}
