using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Auditing;
using PublicSite.Cms.Data;
using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Tests.Manager;

public sealed class SignInTests : IClassFixture<SiteFactory>
{
    private readonly SiteFactory _site;

    public SignInTests(SiteFactory site) => _site = site;

    private Task<List<AuditEntry>> AuditAsync(string actor) =>
        _site.WithServicesAsync(s => s.GetRequiredService<CmsDbContext>().AuditEntries.Where(e => e.Actor == actor).OrderBy(e => e.Id).ToListAsync());

    [Fact]
    public async Task The_configured_first_administrator_signs_in_and_the_sign_in_is_audited()
    {
        var client = await ManagerClient.SignedInAsync(_site, SiteFactory.AdminEmail, SiteFactory.AdminPassword);

        var dashboard = await client.Http.GetAsync("/manager");

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains(await AuditAsync(SiteFactory.AdminEmail), e => e.Action == AuditActions.SignIn);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_from_every_manager_page()
    {
        foreach (var path in new[] { "/manager", "/manager/users", "/manager/audit" })
        {
            var response = await ManagerClient.Anonymous(_site).Http.GetAsync(path);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/manager/sign-in", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_in_the_editors_language_and_audited()
    {
        var client = ManagerClient.Anonymous(_site);

        var response = await client.SignInAsync("nobody@gaob.example.gov.cn", "Wrong-Password-123!");
        var page = await SiteFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("电子邮箱或密码不正确。从同一网络地址连续失败 5 次后，该地址对此账户的登录将锁定 15 分钟。", page.QuerySelector("[role=alert]")?.TextContent.Trim());
        Assert.Contains(await AuditAsync("nobody@gaob.example.gov.cn"), e => e.Action == AuditActions.SignInFailed);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        var client = ManagerClient.Anonymous(_site);
        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync(editor.Email, "Not-The-Password-1!");
        }

        var response = await client.SignInAsync(editor.Email, "Editor-Pa55word-Long!");
        var page = await SiteFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("锁定", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(await AuditAsync(editor.Email), e => e.Action == AuditActions.LockedOut);
    }

    [Fact]
    public async Task Forms_posted_without_the_antiforgery_token_are_refused()
    {
        var client = await ManagerClient.SignedInAsync(_site, SiteFactory.AdminEmail, SiteFactory.AdminPassword);

        var response = await client.Http.PostAsync("/manager/sign-out", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/manager")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await ManagerClient.SignedInAsync(_site, SiteFactory.AdminEmail, SiteFactory.AdminPassword);

        var response = await client.PostFormAsync("/manager", "form[action='/manager/sign-out']", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/manager")).StatusCode);
    }

    [Fact]
    public async Task The_audit_log_cannot_be_rewritten_or_erased()
    {
        await ManagerClient.SignedInAsync(_site, SiteFactory.AdminEmail, SiteFactory.AdminPassword);

        await _site.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<CmsDbContext>();
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET Actor = 'someone else'"));
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEntries"));
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Actor == SiteFactory.AdminEmail));
            return 0;
        });
    }
}

public sealed class FirstAdministratorTests
{
    [Fact]
    public async Task Without_configuration_the_first_administrator_gets_a_random_password_and_no_default_works()
    {
        using var site = new UnconfiguredSiteFactory();

        var admins = await site.WithServicesAsync(async s => await s.GetRequiredService<UserManager<EditorUser>>().GetUsersInRoleAsync(EditorRoles.Administrator));
        var client = ManagerClient.Anonymous(site);

        var admin = Assert.Single(admins);
        Assert.Equal("admin@localhost", admin.Email);
        foreach (var guess in new[] { "admin", "password", "Admin123!", "admin@localhost", "Administrator1!" })
        {
            var response = await client.SignInAsync("admin@localhost", guess);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private sealed class UnconfiguredSiteFactory : SiteFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Site:AdminEmail", "");
            builder.UseSetting("Site:AdminPassword", "");
        }
    }
}
