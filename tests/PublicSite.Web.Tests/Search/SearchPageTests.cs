using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Search.Sync;

namespace PublicSite.Web.Tests.Search;

[Collection(SeededSite.Name)]
public sealed class SearchPageTests(SiteFactory site) : IAsyncLifetime
{
    private const string Notice = "关于印发《2017年全市港澳工作要点》的通知";
    private const string NoticePath = "/zh/disclosure/014109568-2017-00012";

    /// <summary>The seed is imported at start; the index follows it through the outbox.</summary>
    public Task InitializeAsync() => site.WithServicesAsync(s => s.GetRequiredService<SearchIndexSync>().CatchUpAsync(CancellationToken.None));

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Search(string lang, string query, string extra = "") =>
        $"/{lang}/search?q={Uri.EscapeDataString(query)}{extra}";

    /// <summary>Result links and titles over the first pages, following the pager as a reader would.</summary>
    private async Task<List<(string Href, string Title)>> ResultsAsync(string path, int pages = 5)
    {
        var results = new List<(string, string)>();
        for (var next = path; next is not null && pages-- > 0;)
        {
            var (_, page) = await site.GetPageAsync(next);
            results.AddRange(page.QuerySelectorAll(".result-title a").Select(a => (a.GetAttribute("href")!, a.TextContent)));
            next = page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
        }
        return results;
    }

    [Theory]
    [InlineData("苏澳合作园区")]
    [InlineData("蘇澳合作園區")]
    [InlineData("港澳")]
    [InlineData("014109568/2017-00012")]
    [InlineData("常港发〔2017〕1号")]
    public async Task The_seed_notice_is_found_by_its_names_and_numbers(string query)
    {
        Assert.Contains((NoticePath, Notice), await ResultsAsync(Search("zh", query)));
    }

    [Theory]
    [InlineData("014109568/2017-00012")]
    [InlineData("常港发〔2017〕1号")]
    public async Task An_exact_number_puts_its_document_first(string query)
    {
        var (_, page) = await site.GetPageAsync(Search("zh", query));

        Assert.Equal(NoticePath, page.QuerySelector(".result-title a")?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector(".result-list li strong.tag"));
    }

    [Fact]
    public async Task The_Portuguese_version_is_found_by_cooperacao_without_accents()
    {
        var (_, page) = await site.GetPageAsync(Search("pt", "cooperacao"));

        Assert.Equal("pt-PT", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains(page.QuerySelectorAll(".result-list mark"), m => m.TextContent.StartsWith("Cooperação", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(await ResultsAsync(Search("pt", "cooperacao")), r => r.Href == "/pt/disclosure/014109568-2017-00012");
    }

    [Fact]
    public async Task Nothing_in_the_page_language_offers_both_languages_with_their_count()
    {
        // A word only in Portuguese texts (the Portuguese application form is attached to Chinese pages too, so not "compatriotas").
        var (_, page) = await site.GetPageAsync(Search("zh", "investimento"));

        Assert.Empty(page.QuerySelectorAll(".result-list li"));
        var both = page.QuerySelectorAll(".suggestions a").Single(a => a.GetAttribute("href")!.Contains("scope=both", StringComparison.Ordinal));
        Assert.DoesNotContain("（0 条结果）", both.TextContent, StringComparison.Ordinal);

        Assert.Contains(await ResultsAsync(both.GetAttribute("href")!), r => r.Href == "/pt/disclosure/014109568-2017-00012");
    }

    [Fact]
    public async Task Filters_show_counts_and_narrow_the_results()
    {
        var (_, page) = await site.GetPageAsync(Search("zh", "港澳"));
        var newsFilter = page.QuerySelectorAll(".facet a").Single(a => a.GetAttribute("href")!.Contains("type=news", StringComparison.Ordinal));
        Assert.Matches(@"[^ ]（\d+）", newsFilter.TextContent);
        var count = int.Parse(System.Text.RegularExpressions.Regex.Match(newsFilter.TextContent, @"（(\d+)）").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        var (_, filtered) = await site.GetPageAsync(newsFilter.GetAttribute("href")!);

        var links = filtered.QuerySelectorAll(".result-title a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(Math.Min(count, 10), links.Count);
        Assert.All(links, href => Assert.StartsWith("/zh/news/", href, StringComparison.Ordinal));
        Assert.Equal("true", filtered.QuerySelector(".facet")!.QuerySelectorAll("a").Single(a => a.GetAttribute("href")!.Contains("type=news", StringComparison.Ordinal)).GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Sorting_by_date_lists_the_newest_first()
    {
        var (_, page) = await site.GetPageAsync(Search("zh", "港澳", "&sort=date"));

        var dates = page.QuerySelectorAll(".result-list time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.True(dates.Count > 2);
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task Search_pages_are_not_indexed_by_search_engines_and_link_the_other_language()
    {
        var (_, page) = await site.GetPageAsync(Search("zh", "港澳"));

        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal("/pt/search?q=%E6%B8%AF%E6%BE%B3", page.QuerySelector("header a[hreflang='pt-PT']")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/zh/")]
    [InlineData("/pt/")]
    [InlineData(NoticePath)]
    public async Task Every_page_has_a_labelled_search_box_in_the_header_that_works_without_script(string path)
    {
        var (_, page) = await site.GetPageAsync(path);

        var form = page.QuerySelector("header form[role=search]");
        Assert.NotNull(form);
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(path.StartsWith("/pt", StringComparison.Ordinal) ? "/pt/search" : "/zh/search", form.GetAttribute("action"));
        var input = form.QuerySelector("input[name=q]");
        Assert.NotNull(input);
        Assert.False(string.IsNullOrWhiteSpace(form.QuerySelector($"label[for={input.Id}]")?.TextContent));
        Assert.NotNull(form.QuerySelector("button[type=submit]"));
    }

    [Fact]
    public async Task An_empty_query_asks_for_words_instead_of_listing_anything()
    {
        var (response, page) = await site.GetPageAsync("/pt/search");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll(".result-list li"));
        Assert.Contains("número de índice", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_JSON_API_answers_with_the_same_results_and_counts()
    {
        var response = await site.Browser().GetAsync("/api/v1/search?q=" + Uri.EscapeDataString("014109568/2017-00012") + "&lang=pt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        var first = root.GetProperty("results")[0];
        Assert.Equal("/pt/disclosure/014109568-2017-00012", first.GetProperty("url").GetString());
        Assert.True(first.GetProperty("exactMatch").GetBoolean());
        Assert.Equal("Divulgação de informações do Governo", first.GetProperty("typeLabel").GetString());
        Assert.Contains(root.GetProperty("facets").GetProperty("year").EnumerateArray(), f => f.GetProperty("value").GetString() == "2017");
    }

    [Theory]
    [InlineData("pt", "emprendedorismo", "empreendedorismo", "Queria dizer")]
    [InlineData("zh", "emprendedorismo", "empreendedorismo", "您是不是要找")]
    public async Task The_JSON_API_offers_the_corrected_spelling_as_the_page_does(string lang, string typed, string suggested, string label)
    {
        using var json = await ApiAsync(typed, lang, "&scope=both");

        var suggestion = json.RootElement.GetProperty("suggestion");
        Assert.Equal(suggested, suggestion.GetProperty("query").GetString());
        Assert.StartsWith(label, suggestion.GetProperty("label").GetString(), StringComparison.Ordinal);
        Assert.Equal($"/{lang}/search?q={suggested}&scope=both", suggestion.GetProperty("url").GetString());
        Assert.NotEqual(0, json.RootElement.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task The_JSON_API_offers_no_spelling_for_a_word_spelt_right()
    {
        using var json = await ApiAsync("empreendedorismo", "pt", "");

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("suggestion").ValueKind);
    }

    [Fact]
    public async Task The_search_API_revalidates_with_its_ETag_like_the_rest_of_the_API()
    {
        var path = "/api/v1/search?q=" + Uri.EscapeDataString("苏澳合作园区") + "&lang=zh";
        var first = await site.Browser().GetAsync(path);
        var etag = first.Headers.ETag;

        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(etag!);
        var second = await site.Browser().SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(etag);
        Assert.True(first.Headers.CacheControl!.NoCache, "a search answer must be revalidated: the index moves on");
        Assert.Contains("Origin", first.Headers.Vary);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    private async Task<JsonDocument> ApiAsync(string query, string lang, string extra)
    {
        var response = await site.Browser().GetAsync($"/api/v1/search?q={Uri.EscapeDataString(query)}&lang={lang}{extra}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
