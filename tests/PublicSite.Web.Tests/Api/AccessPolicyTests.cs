using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PublicSite.Web.Tests.Api;

/// <summary>The CORS allow-list and the rate limit, both from the <c>Api</c> configuration section.</summary>
public sealed class AccessPolicyTests : IDisposable
{
    private const string Partner = "https://partner.example.mo";

    private readonly SiteFactory _site = new();
    private readonly WebApplicationFactory<Program> _configured;

    public AccessPolicyTests() => _configured = _site.WithWebHostBuilder(builder => builder
        .UseSetting("Api:AllowedOrigins:0", Partner)
        .UseSetting("Api:PermitLimit", "3")
        .UseSetting("Api:WindowSeconds", "3600"));

    public void Dispose()
    {
        _configured.Dispose();
        _site.Dispose();
    }

    private static HttpRequestMessage FromOrigin(string origin, string url = "/api/v1/content?pageSize=1")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Origin", origin);
        return request;
    }

    [Fact]
    public async Task Only_origins_on_the_allow_list_may_read_the_API_from_a_browser()
    {
        var client = _configured.CreateClient();

        var allowed = await client.SendAsync(FromOrigin(Partner));
        var other = await client.SendAsync(FromOrigin("https://elsewhere.example.com"));

        Assert.Equal(Partner, Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("ETag", allowed.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.Ordinal);
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Contains("Origin", (await client.GetAsync("/api/v1/content?pageSize=1")).Headers.Vary);
    }

    [Fact]
    public async Task A_client_over_the_limit_gets_a_429_problem_with_Retry_After()
    {
        var client = _configured.CreateClient();
        for (var n = 0; n < 3; n++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/changes?limit=1")).StatusCode);
        }

        var refused = await client.GetAsync("/api/v1/changes?limit=1");

        var problem = await refused.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("Too many requests", problem.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/zh/news")).StatusCode);
    }
}
