using System.Net;

namespace PublicSite.Web.Tests.Feedback;

/// <summary>Feedback posts are limited per client address, and the refusal is the site's own page in the reader's language.</summary>
public sealed class FeedbackRateLimitTests
{
    [Fact]
    public async Task Posts_beyond_the_limit_get_429_with_a_readable_page()
    {
        using var site = new SiteFactory();
        site.Settings["Feedback:PostsPerWindow"] = "2";
        var reader = new FeedbackBrowser(site);

        Assert.Equal(HttpStatusCode.SeeOther, (await reader.SendAsync("/zh/pages/about", "yes")).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await reader.SendAsync("/zh/pages/about", "no")).StatusCode);
        var refused = await reader.SendAsync("/zh/pages/about", "yes");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null);
        var page = await SiteFactory.ParseAsync(refused);
        Assert.Equal("请求过于频繁", page.QuerySelector("main h1")?.TextContent);
        // Showing the form is not a post: a reader who was refused can still read it.
        Assert.Equal(HttpStatusCode.OK, (await reader.Http.GetAsync("/zh/pages/about")).StatusCode);
    }
}
