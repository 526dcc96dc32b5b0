using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Auditing;
using PublicSite.Cms.Data;
using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Tests.Manager;

public sealed class UserAdministrationTests : IClassFixture<UserAdministrationTests.ImmediateStampCheckSite>
{
    private const string EditorPassword = "Editor-Pa55word-Long!";
    private const string NewPassword = "Fresh-Initial-Pa55word!";

    private readonly SiteFactory _site;

    public UserAdministrationTests(ImmediateStampCheckSite site) => _site = site;

    /// <summary>Checks every session against its security stamp on each request, so a test sees a session end at once.</summary>
    public sealed class ImmediateStampCheckSite : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Manager:SecurityStampValidationInterval", "00:00:00");
        }
    }

    private static Task<string> UserIdAsync(SiteFactory site, string email) => site.WithServicesAsync(async s =>
        (await s.GetRequiredService<UserManager<EditorUser>>().FindByEmailAsync(email))!.Id);

    /// <summary>Posts the form of <paramref name="kind"/> in the row of <paramref name="email"/>, as a browser would.</summary>
    private static async Task<HttpResponseMessage> PostRowFormAsync(SiteFactory site, ManagerClient client, string kind, string email, Dictionary<string, string>? fields = null) =>
        await client.PostFormAsync("/manager/users", $"form[id='{kind}-{await UserIdAsync(site, email)}']", fields ?? []);

    private Task<List<AuditEntry>> AuditAsync(string subject) =>
        _site.WithServicesAsync(s => s.GetRequiredService<CmsDbContext>().AuditEntries.Where(e => e.Subject == subject).OrderBy(e => e.Id).ToListAsync());

    private static async Task<string?> StatusShownAsync(SiteFactory site, ManagerClient admin, string email)
    {
        var page = await admin.GetPageAsync("/manager/users");
        var id = await UserIdAsync(site, email);
        return page.QuerySelector($"form[id='deactivate-{id}'], form[id='reactivate-{id}']")?.Closest("tr")?.QuerySelector(".badge")?.TextContent.Trim();
    }

    [Fact]
    public async Task A_deactivated_user_cannot_sign_in_and_is_told_why_only_with_the_right_password()
    {
        var admin = await ManagerClient.SignedInAsync(_site, SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);

        var deactivated = await PostRowFormAsync(_site, admin, "deactivate", editor.Email);
        var right = await ManagerClient.Anonymous(_site).SignInAsync(editor.Email, EditorPassword);
        var wrong = await ManagerClient.Anonymous(_site).SignInAsync(editor.Email, "Not-The-Password-1!");

        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.Equal("已停用", await StatusShownAsync(_site, admin, editor.Email));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal("此账户已停用，请联系管理员。", (await SiteFactory.ParseAsync(right)).QuerySelector("[role=alert]")?.TextContent.Trim());
        Assert.StartsWith("电子邮箱或密码不正确。", (await SiteFactory.ParseAsync(wrong)).QuerySelector("[role=alert]")?.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deactivated_users_open_session_is_refused_on_the_next_request()
    {
        var admin = await ManagerClient.SignedInAsync(_site, SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        Assert.Equal(HttpStatusCode.OK, (await editor.Http.GetAsync("/manager")).StatusCode);

        await PostRowFormAsync(_site, admin, "deactivate", editor.Email);
        var next = await editor.Http.GetAsync("/manager");

        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.StartsWith("/manager/sign-in", next.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reactivation_lets_the_user_sign_in_again()
    {
        var admin = await ManagerClient.SignedInAsync(_site, SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        await PostRowFormAsync(_site, admin, "deactivate", editor.Email);

        var reactivated = await PostRowFormAsync(_site, admin, "reactivate", editor.Email);

        Assert.Equal(HttpStatusCode.Redirect, reactivated.StatusCode);
        Assert.Equal("正常", await StatusShownAsync(_site, admin, editor.Email));
        await ManagerClient.SignedInAsync(_site, editor.Email, EditorPassword);
    }

    [Fact]
    public async Task A_reset_password_replaces_the_old_one_and_ends_sessions_opened_with_it()
    {
        var admin = await ManagerClient.SignedInAsync(_site, SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);

        var reset = await PostRowFormAsync(_site, admin, "reset-password", editor.Email, new() { ["NewPassword"] = NewPassword });
        var old = await ManagerClient.Anonymous(_site).SignInAsync(editor.Email, EditorPassword);

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.Http.GetAsync("/manager")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        await ManagerClient.SignedInAsync(_site, editor.Email, NewPassword);
    }

    [Fact]
    public async Task A_weak_new_password_is_refused_beside_the_field_in_the_readers_language()
    {
        var admin = await ManagerClient.SignedInAsync(_site, SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        var id = await UserIdAsync(_site, editor.Email);

        var chinese = await PostRowFormAsync(_site, admin, "reset-password", editor.Email, new() { ["NewPassword"] = "short" });
        var portugueseAdmin = await ManagerClient.SignedInAsync(_site, SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        await portugueseAdmin.PostFormAsync("/manager", "form[action='/manager/language']", new() { ["to"] = "pt" });
        var portuguese = await portugueseAdmin.PostFormAsync("/manager/users", $"form[id='reset-password-{id}']", new() { ["NewPassword"] = "short" });

        var page = await SiteFactory.ParseAsync(chinese);
        Assert.Equal(HttpStatusCode.OK, chinese.StatusCode);
        Assert.StartsWith("密码至少需要12个字符", page.QuerySelector($"[id='new-password-{id}-error']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector($"[id='new-password-{id}']")?.GetAttribute("aria-invalid"));
        Assert.Empty(page.QuerySelectorAll(".field--error:not(.row-form)"));
        Assert.Contains("A palavra-passe deve ter pelo menos 12 caracteres", (await SiteFactory.ParseAsync(portuguese)).QuerySelector($"[id='new-password-{id}-error']")?.TextContent, StringComparison.Ordinal);
        await ManagerClient.SignedInAsync(_site, editor.Email, EditorPassword);
    }

    [Fact]
    public async Task A_password_reset_keeps_a_deactivated_user_deactivated()
    {
        var admin = await ManagerClient.SignedInAsync(_site, SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        await PostRowFormAsync(_site, admin, "deactivate", editor.Email);

        await PostRowFormAsync(_site, admin, "reset-password", editor.Email, new() { ["NewPassword"] = NewPassword });
        var signIn = await ManagerClient.Anonymous(_site).SignInAsync(editor.Email, NewPassword);

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Equal("已停用", await StatusShownAsync(_site, admin, editor.Email));
    }

    [Fact]
    public async Task An_administrator_cannot_deactivate_themself()
    {
        var admin = await ManagerClient.AsRoleAsync(_site, EditorRoles.Administrator);

        var response = await PostRowFormAsync(_site, admin, "deactivate", admin.Email);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("不能停用自己的账户。", (await SiteFactory.ParseAsync(response)).QuerySelector("[role=status]")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/manager/users")).StatusCode);
    }

    [Fact]
    public async Task The_last_active_administrator_can_be_neither_deactivated_nor_demoted()
    {
        // The default one-minute stamp check: a deactivated administrator's session lingers briefly, the only way
        // someone other than the last active administrator can act on them.
        using var site = new SiteFactory();
        var first = await ManagerClient.SignedInAsync(site, SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        var second = await ManagerClient.AsRoleAsync(site, EditorRoles.Administrator);
        Assert.Equal(HttpStatusCode.Redirect, (await PostRowFormAsync(site, second, "deactivate", SiteFactory.AdminEmail)).StatusCode);

        var deactivate = await PostRowFormAsync(site, first, "deactivate", second.Email);
        var demote = await PostRowFormAsync(site, first, "change-role", second.Email, new() { ["role"] = EditorRoles.Editor });

        Assert.Equal("不能停用最后一位在用的管理员。", (await SiteFactory.ParseAsync(deactivate)).QuerySelector("[role=status]")?.TextContent.Trim());
        Assert.Equal("不能取消最后一位管理员的管理员角色。", (await SiteFactory.ParseAsync(demote)).QuerySelector("[role=status]")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await second.Http.GetAsync("/manager/users")).StatusCode);
    }

    [Theory]
    [InlineData(EditorRoles.Editor, "Deactivate")]
    [InlineData(EditorRoles.Editor, "Reactivate")]
    [InlineData(EditorRoles.Editor, "ResetPassword")]
    [InlineData(EditorRoles.Publisher, "Deactivate")]
    [InlineData(EditorRoles.Publisher, "ResetPassword")]
    public async Task Only_administrators_may_post_to_the_account_handlers(string role, string handler)
    {
        var target = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        var client = await ManagerClient.AsRoleAsync(_site, role);
        var token = (await client.GetPageAsync("/manager")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.Http.PostAsync($"/manager/users?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["userId"] = await UserIdAsync(_site, target.Email), ["NewPassword"] = NewPassword,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/manager/denied", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync(response.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await target.Http.GetAsync("/manager")).StatusCode);
        Assert.Empty(await AuditAsync(target.Email));
    }

    [Fact]
    public async Task Each_account_action_is_audited_with_who_and_whom_but_never_the_password()
    {
        var admin = await ManagerClient.SignedInAsync(_site, SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);

        await PostRowFormAsync(_site, admin, "deactivate", editor.Email);
        await PostRowFormAsync(_site, admin, "reactivate", editor.Email);
        await PostRowFormAsync(_site, admin, "reset-password", editor.Email, new() { ["NewPassword"] = NewPassword });

        var entries = await AuditAsync(editor.Email);
        Assert.Equal([AuditActions.UserDeactivated, AuditActions.UserReactivated, AuditActions.PasswordReset], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(SiteFactory.AdminEmail, e.Actor));
        Assert.DoesNotContain(entries, e => (e.Details ?? "").Contains(NewPassword, StringComparison.Ordinal));
        var log = await admin.GetPageAsync($"/manager/audit?action={AuditActions.PasswordReset}");
        Assert.Contains("重置密码", log.QuerySelector("table tbody")?.TextContent, StringComparison.Ordinal);
    }
}
