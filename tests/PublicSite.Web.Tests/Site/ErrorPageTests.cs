using System.Net;

namespace PublicSite.Web.Tests.Site;

[Collection(SeededSite.Name)]
public sealed class ErrorPageTests(SiteFactory site)
{
    [Theory]
    [InlineData("/zh/no-such-page", "zh-CN", "页面不存在")]
    [InlineData("/zh/disclosure/000000000-2099-99999", "zh-CN", "页面不存在")]
    [InlineData("/pt/disclosure/does-not-exist", "pt-PT", "Página não encontrada")]
    [InlineData("/pt/a/b/c/d", "pt-PT", "Página não encontrada")]
    [InlineData("/fr/", "zh-CN", "页面不存在")]
    public async Task Unknown_urls_give_a_404_page_in_the_urls_language(string path, string lang, string heading)
    {
        var (response, page) = await site.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, page.QuerySelector("main h1")?.TextContent);
        Assert.NotNull(page.QuerySelector($"main a[href='/{lang[..2]}/']"));
    }

    [Theory]
    [InlineData("/zh/disclosure/" + "%E6%B8%AF%E6%BE%B3%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/zh/news/%27%20OR%201%3D1--")]
    [InlineData("/pt/news/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/zh/disclosure?page=-5")]
    [InlineData("/zh/disclosure?page=abc")]
    [InlineData("/zh/disclosure?page=99999999999999999999")]
    public async Task Malformed_and_hostile_urls_never_give_a_server_error(string path)
    {
        var response = await site.Browser().GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode < 500, $"{path} gave {(int)response.StatusCode}");
        Assert.DoesNotContain("<script>alert", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_very_long_slug_is_a_plain_404()
    {
        var response = await site.Browser().GetAsync("/zh/news/" + new string('港', 3000));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Pages_carry_security_headers()
    {
        var response = await site.Browser().GetAsync("/zh/");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
