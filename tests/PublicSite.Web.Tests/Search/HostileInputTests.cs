using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Search.Sync;

namespace PublicSite.Web.Tests.Search;

[Collection(SeededSite.Name)]
public sealed class HostileInputTests(SiteFactory site) : IAsyncLifetime
{
    public Task InitializeAsync() => site.WithServicesAsync(s => s.GetRequiredService<SearchIndexSync>().CatchUpAsync(CancellationToken.None));

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> Queries() =>
    [
        "q=%22%E6%B8%AF%E6%BE%B3", "q=(%E6%B8%AF%E6%BE%B3", "q=%5B*%20TO%20*%5D", "q=*:*", "q=title:x", "q=%E6%B8%AF%E6%BE%B3~2",
        "q=%3Cscript%3Ealert(1)%3C/script%3E", "q=%00%01%1F", "q=%E2%80%AE%E6%B8%AF", "q=%ED%A0%80", "q=%FF%FE", "q=%",
        "q=" + new string('a', 10_000), "q=" + string.Concat(Enumerable.Repeat("%E6%B8%AF", 3_000)),
        "q=x&page=-1", "q=x&page=99999999999", "q=x&year=abc", "q=x&type=%3Cb%3E", "q=x&sort=%27", "q=x&q=y", "scope=both",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Any_query_string_gives_a_page_never_an_error(string query)
    {
        foreach (var path in new[] { "/zh/search?", "/pt/search?", "/api/v1/search?lang=pt&" })
        {
            var response = await site.Browser().GetAsync(path + query);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Markup_typed_as_a_query_is_shown_as_text()
    {
        var (_, page) = await site.GetPageAsync("/zh/search?q=" + Uri.EscapeDataString("<script>alert(1)</script>"));

        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector("main .result-count")!.TextContent, StringComparison.Ordinal);
    }
}
