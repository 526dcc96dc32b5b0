using Microsoft.AspNetCore.Http;
using PublicSite.Web.Site.Telemetry;

namespace PublicSite.Web.Tests.Site;

/// <summary>The route group label stays one of a few values, whatever the address.</summary>
public sealed class RouteGroupsTests
{
    [Theory]
    [InlineData("/zh/news/2026/notice", "site-zh")]
    [InlineData("/ZH-HANT/news", "site-zh-hant")]
    [InlineData("/pt", "site-pt")]
    [InlineData("/manager/content/12", "manager")]
    [InlineData("/manager-assets/manager.js", "static")]
    [InlineData("/theme/site.abc123.css", "static")]
    [InlineData("/api/v1/content", "api")]
    [InlineData("/media/2026/photo.jpg", "media")]
    [InlineData("/healthz/ready", "health")]
    [InlineData("/metrics", "metrics")]
    [InlineData("/", "other")]
    [InlineData("/wp-login.php", "other")]
    public void A_path_falls_in_its_group(string path, string group) => Assert.Equal(group, RouteGroups.Of(new PathString(path)));
}
