using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Web.Tests.Site;

namespace PublicSite.Web.Tests.Manager;

public sealed class SignInThrottleTests : IClassFixture<SignInThrottleTests.ThrottledSite>
{
    private readonly ThrottledSite _site;

    public SignInThrottleTests(ThrottledSite site) => _site = site;

    /// <summary>The site's own sign-in limits (3 posts per address per 5 minutes), clients at addresses of their own.</summary>
    public sealed class ThrottledSite : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Manager:SignInAttemptsPerWindow", "3");
            builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, ClientAddress>());
        }
    }

    private ManagerClient From(string address) => new(ClientAddress.From(ManagerClient.Anonymous(_site).Http, address));

    [Fact]
    public async Task One_address_is_refused_before_it_can_lock_the_administrator_out()
    {
        var attacker = From("198.51.100.7");
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add(await attacker.SignInAsync(SiteFactory.AdminEmail, "Not-The-Password-1!"));
        }

        Assert.All(answers.Take(3), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.All(answers.Skip(3), a => Assert.Equal(HttpStatusCode.TooManyRequests, a.StatusCode));
        var refused = await SiteFactory.ParseAsync(answers[4]);
        Assert.Contains("登录尝试过多", refused.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(SiteFactory.AdminEmail, refused.QuerySelector("input[name=Email]")?.GetAttribute("value"));
        Assert.True(answers[4].Headers.RetryAfter?.Delta > TimeSpan.Zero);

        var administrator = await From("198.51.100.8").SignInAsync(SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, administrator.StatusCode);
    }

    [Fact]
    public async Task The_refusal_is_in_portuguese_for_an_editor_who_chose_portuguese()
    {
        var client = From("198.51.100.9");
        client.Http.DefaultRequestHeaders.Add("Cookie", "publicsite-manager-lang=pt");
        for (var i = 0; i < 3; i++)
        {
            await client.SignInAsync("someone@gaob.example.gov.cn", "Not-The-Password-1!");
        }

        var refused = await client.SignInAsync("someone@gaob.example.gov.cn", "Not-The-Password-1!");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var page = await SiteFactory.ParseAsync(refused);
        Assert.Contains("Demasiadas tentativas de início de sessão", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("someone@gaob.example.gov.cn", page.QuerySelector("input[name=Email]")?.GetAttribute("value"));
    }
}
