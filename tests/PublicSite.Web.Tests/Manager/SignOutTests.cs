using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Web.Tests.Applications;

namespace PublicSite.Web.Tests.Manager;

public sealed class SignOutTests : IClassFixture<SignOutTests.ClockedSite>
{
    private readonly ClockedSite _site;

    public SignOutTests(ClockedSite site) => _site = site;

    /// <summary>Sessions checked against the security stamp every minute (the default), on a clock the test moves.</summary>
    public sealed class ClockedSite : SiteFactory
    {
        public SettableClock Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Manager:SecurityStampValidationInterval", "00:01:00");
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }

    [Fact]
    public async Task A_copy_of_the_session_cookie_is_refused_once_its_owner_signs_out()
    {
        var browser = RawBrowser.For(_site);
        var signedIn = await browser.PostFormAsync("/manager/sign-in", "main form", new() { ["Email"] = SiteFactory.AdminEmail, ["Password"] = SiteFactory.AdminPassword });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var copy = RawBrowser.For(_site);
        copy.Cookies["publicsite-manager"] = browser.Cookies["publicsite-manager"];
        Assert.Equal(HttpStatusCode.OK, (await copy.SendAsync(HttpMethod.Get, "/manager")).StatusCode);

        var signedOut = await browser.PostFormAsync("/manager", "form[action='/manager/sign-out']", []);
        _site.Clock.Advance(TimeSpan.FromMinutes(2));
        var reused = await copy.SendAsync(HttpMethod.Get, "/manager");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, reused.StatusCode);
        Assert.StartsWith("/manager/sign-in", reused.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }
}
