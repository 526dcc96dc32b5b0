using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Tests.Applications;
using PublicSite.Web.Tests.Site;

namespace PublicSite.Web.Tests.Manager;

/// <summary>
/// Wrong passwords lock out the address that guesses, for a while, and never the account's owner elsewhere: an
/// attacker who stays under the sign-in rate limit must not be able to keep an administrator out.
/// </summary>
public sealed class SignInLockoutTests : IClassFixture<SignInLockoutTests.PatientAttackerSite>
{
    private const string WrongPassword = "Not-The-Password-1!";

    private readonly PatientAttackerSite _site;

    public SignInLockoutTests(PatientAttackerSite site) => _site = site;

    /// <summary>A rate limit the patient attacker stays under, clients at addresses of their own, a clock the test moves.</summary>
    public sealed class PatientAttackerSite : SiteFactory
    {
        public SettableClock Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Manager:SignInAttemptsPerWindow", "1000");
            builder.ConfigureTestServices(services =>
            {
                services.AddTransient<IStartupFilter, ClientAddress>();
                services.AddSingleton<TimeProvider>(Clock);
            });
        }
    }

    private ManagerClient From(string address) => new(ClientAddress.From(ManagerClient.Anonymous(_site).Http, address));

    [Fact]
    public async Task Wrong_passwords_from_one_address_never_lock_the_administrator_out_elsewhere()
    {
        var attacker = From("203.0.113.20");
        for (var i = 0; i < 12; i++)
        {
            await attacker.SignInAsync(SiteFactory.AdminEmail, WrongPassword);
        }

        var administrator = await From("203.0.113.21").SignInAsync(SiteFactory.AdminEmail, SiteFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.Redirect, administrator.StatusCode);
    }

    [Fact]
    public async Task The_guessing_address_is_refused_even_the_right_password_until_the_lockout_period_is_over()
    {
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        var guesser = From("203.0.113.30");
        for (var i = 0; i < 5; i++)
        {
            await guesser.SignInAsync(editor.Email, WrongPassword);
        }

        var refused = await guesser.SignInAsync(editor.Email, "Editor-Pa55word-Long!");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("锁定", (await SiteFactory.ParseAsync(refused)).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);

        _site.Clock.Advance(TimeSpan.FromMinutes(16));
        var later = await guesser.SignInAsync(editor.Email, "Editor-Pa55word-Long!");
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
    }

    [Fact]
    public async Task Failures_spread_out_longer_than_the_lockout_period_are_forgotten()
    {
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        var forgetful = From("203.0.113.40");
        for (var i = 0; i < 8; i++)
        {
            await forgetful.SignInAsync(editor.Email, WrongPassword);
            _site.Clock.Advance(TimeSpan.FromMinutes(20));
        }

        var signedIn = await forgetful.SignInAsync(editor.Email, "Editor-Pa55word-Long!");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }
}
