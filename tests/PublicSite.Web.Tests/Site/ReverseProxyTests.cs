using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace PublicSite.Web.Tests.Site;

public sealed partial class ReverseProxyTests : IClassFixture<ReverseProxyTests.ProxiedSite>
{
    private const string Proxy = "10.0.0.5";
    private const string UnknownProxy = "10.0.0.99";

    private readonly ProxiedSite _site;

    public ReverseProxyTests(ProxiedSite site) => _site = site;

    /// <summary>The site as deployed behind the Dockerfile's proxy at 10.0.0.5, with its own sign-in limits.</summary>
    public sealed class ProxiedSite : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ReverseProxy:Enabled", "true");
            builder.UseSetting("ReverseProxy:KnownProxies:0", Proxy);
            builder.UseSetting("Manager:SignInAttemptsPerWindow", "3");
            builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, ClientAddress>());
        }
    }

    /// <summary>A client whose requests reach the site through <paramref name="peer"/>, which says they came over HTTPS from <paramref name="client"/>.</summary>
    private HttpClient Through(string peer, string client, string proto = "https")
    {
        var http = _site.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("http://gaob.example.gov.cn"),
        });
        http.DefaultRequestHeaders.Add(ClientAddress.Header, peer);
        http.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", proto);
        return http;
    }

    /// <summary>Loads the sign-in form and posts it, carrying the antiforgery cookie by hand (a cookie jar would keep a Secure cookie off plain HTTP).</summary>
    private static async Task<(HttpResponseMessage Form, HttpResponseMessage Post)> SignInAsync(HttpClient http, string password)
    {
        var form = await http.GetAsync("/manager/sign-in");
        var token = (await SiteFactory.ParseAsync(form)).QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/manager/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Email"] = SiteFactory.AdminEmail, ["Password"] = password,
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", SetCookies(form).Select(c => c.Split(';')[0])));
        return (form, await http.SendAsync(post));
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    private static bool IsSecure(string setCookie) => SecureAttribute().IsMatch(setCookie);

    [GeneratedRegex(@";\s*secure(;|$)", RegexOptions.IgnoreCase)]
    private static partial Regex SecureAttribute();

    [Fact]
    public async Task Https_forwarded_by_a_configured_proxy_gives_secure_cookies_and_hsts()
    {
        var (form, post) = await SignInAsync(Through(Proxy, "203.0.113.10"), SiteFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        var antiforgery = Assert.Single(SetCookies(form), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.True(IsSecure(antiforgery), antiforgery);
        var session = Assert.Single(SetCookies(post), c => c.StartsWith("publicsite-manager=", StringComparison.Ordinal));
        Assert.True(IsSecure(session), session);
        Assert.StartsWith("max-age=31536000", form.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_unknown_proxy_are_ignored()
    {
        var form = await Through(UnknownProxy, "203.0.113.11").GetAsync("/manager/sign-in");

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.DoesNotContain(SetCookies(form), IsSecure);
        Assert.False(form.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_sign_in_throttle_counts_each_forwarded_client_on_its_own()
    {
        var noisy = Through(Proxy, "203.0.113.20", proto: "http");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await SignInAsync(noisy, "Not-The-Password-1!")).Post.StatusCode);
        }
        var other = (await SignInAsync(Through(Proxy, "203.0.113.21", proto: "http"), "Not-The-Password-1!")).Post;

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Clients_claiming_other_addresses_through_an_unknown_proxy_share_its_allowance()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var forged = Through("10.0.0.98", $"203.0.113.{30 + i}", proto: "http");
            statuses.Add((await SignInAsync(forged, "Not-The-Password-1!")).Post.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
