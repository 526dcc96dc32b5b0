using System.Net;

namespace PublicSite.Web.Tests.Api;

[Collection(SeededSite.Name)]
public sealed class BadParameterTests(SiteFactory site)
{
    [Theory]
    [InlineData("/api/v1/content?page=abc", "page")]
    [InlineData("/api/v1/content?page=0", "page")]
    [InlineData("/api/v1/content?page=-1", "page")]
    [InlineData("/api/v1/content?pageSize=101", "pageSize")]
    [InlineData("/api/v1/content?pageSize=99999999999999999999", "pageSize")]
    [InlineData("/api/v1/content?lang=en", "lang")]
    [InlineData("/api/v1/content?type=blog", "type")]
    [InlineData("/api/v1/content?updatedSince=yesterday", "updatedSince")]
    [InlineData("/api/v1/content?updatedSince=2017-13-45", "updatedSince")]
    [InlineData("/api/v1/content?cursor=not-a-cursor", "cursor")]
    [InlineData("/api/v1/content?cursor=MTox&page=2", "cursor")]
    [InlineData("/api/v1/content/not-a-guid", "id")]
    [InlineData("/api/v1/content/01a21d03-f756-73a2-9165-1f110ed10ecb?lang=fr", "lang")]
    [InlineData("/api/v1/content/en/news/anything", "lang")]
    [InlineData("/api/v1/content/zh/blog/anything", "section")]
    [InlineData("/api/v1/disclosure/12345", "indexNumber")]
    [InlineData("/api/v1/disclosure/014109568%2F2017-00012?lang=xx", "lang")]
    [InlineData("/api/v1/changes?since=-1", "since")]
    [InlineData("/api/v1/changes?since=abc", "since")]
    [InlineData("/api/v1/changes?limit=0", "limit")]
    [InlineData("/api/v1/changes?limit=501", "limit")]
    public async Task A_bad_parameter_is_a_400_problem_naming_it(string url, string parameter)
    {
        var problem = await (await site.Browser().GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Contains(parameter, problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Theory]
    [InlineData("/api/v1/content/00000000-0000-0000-0000-000000000001")]
    [InlineData("/api/v1/content/zh/news/no-such-article")]
    [InlineData("/api/v1/disclosure/014109568-2099-00001")]
    [InlineData("/api/v1/no-such-endpoint")]
    [InlineData("/api/v1/content/zh/disclosure/014109568-2017-00012/extra")]
    public async Task An_unknown_address_is_a_404_problem_in_JSON_not_the_sites_HTML_page(string url)
    {
        await (await site.Browser().GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_document_published_only_in_Chinese_says_so_when_asked_in_Portuguese()
    {
        var problem = await (await site.Browser().GetAsync("/api/v1/disclosure/014109568-2019-00002?lang=pt")).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Contains("zh-CN", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
