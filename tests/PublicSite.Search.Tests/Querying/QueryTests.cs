using PublicSite.Search.Querying;

namespace PublicSite.Search.Tests.Querying;

public sealed class QueryTests : IAsyncLifetime
{
    private const string Notice = "关于印发《2017年全市港澳工作要点》的通知";
    private SearchHarness _site = null!;

    public async Task InitializeAsync()
    {
        _site = await SearchHarness.CreateAsync();
        var zh = await _site.PublishDocumentAsync(Notice,
            "苏澳合作园区正式落户我市（武进西太湖）。做好在常就读的港澳同胞子女身份的认定工作。",
            "014109568/2017-00012", documentNumber: "常港发〔2017〕1号", date: new DateOnly(2017, 5, 5));
        await _site.PublishDocumentAsync("Aviso sobre o trabalho de 2017 com os Países de Língua Portuguesa",
            "Promover a cooperação do Município com Macau e com os Países de Língua Portuguesa.",
            "014109568/2017-00012", language: "pt-PT", itemId: zh.ItemId, documentNumber: "常港发〔2017〕1号", date: new DateOnly(2017, 5, 5));
        // Mentions the notice's numbers in its text, newer, so only the exact look-up can put the notice first.
        await _site.PublishDocumentAsync("关于转发港澳工作要点的说明",
            "根据常港发〔2017〕1号（索引号014109568/2017-00012），港澳工作要点请各单位参照执行。港澳 港澳 港澳",
            "014109568/2024-00001", issuingBody: "hkmao", date: new DateOnly(2024, 3, 1));
        await _site.PublishNewsAsync("港澳青年实习基地揭牌", "澳门青年来常实习。", date: new DateOnly(2025, 6, 1));
        await _site.CatchUpAsync();
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Theory]
    [InlineData("苏澳合作园区")]
    [InlineData("蘇澳合作園區")]
    [InlineData("港澳子女认定")]
    [InlineData("港澳 认定")]
    public void Chinese_queries_find_the_notice(string query)
    {
        Assert.Contains(_site.Search(query, "zh-CN").Hits, h => h.Title == Notice);
    }

    [Fact]
    public void Traditional_query_finds_simplified_document()
    {
        var hit = Assert.Single(_site.Search("蘇澳合作園區", "zh-CN").Hits);
        Assert.Equal(Notice, hit.Title);
        Assert.Contains("<mark>苏澳合作园区</mark>", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_character_finds_every_document_holding_it()
    {
        var results = _site.Search("澳", "zh-CN");

        Assert.Equal(3, results.Total);
    }

    [Fact]
    public void Words_that_are_not_together_in_the_text_do_not_match_as_a_run_only()
    {
        Assert.DoesNotContain(_site.Search("园区武进", "zh-CN").Hits, h => h.Title != Notice);
    }

    [Fact]
    public void When_no_document_holds_every_word_those_holding_most_of_them_are_found()
    {
        // No text holds 实习, 要点 and 通知 together: the notice holds two of the three, the internship news one.
        var hit = Assert.Single(_site.Search("实习要点通知", "zh-CN").Hits);

        Assert.Equal(Notice, hit.Title);
    }

    [Theory]
    [InlineData("014109568/2017-00012")]
    [InlineData("014109568-2017-00012")]
    [InlineData("常港发〔2017〕1号")]
    [InlineData("常港發[2017]1號")]
    public void An_exact_index_or_document_number_puts_its_document_first(string query)
    {
        var results = _site.Search(query, "zh-CN");

        Assert.Equal(Notice, results.Hits[0].Title);
        Assert.True(results.Hits[0].IsExactMatch);
        Assert.Contains(results.Hits, h => h.Title == "关于转发港澳工作要点的说明");
    }

    [Theory]
    [InlineData("cooperacao")]
    [InlineData("cooperações")]
    [InlineData("COOPERAÇÃO macau")]
    public void Portuguese_without_accents_or_in_the_plural_finds_the_translation(string query)
    {
        var hit = Assert.Single(_site.Search(query, "pt-PT").Hits);
        Assert.Equal("pt-PT", hit.Language);
        Assert.True(hit.SnippetHtml.Contains("<mark>cooperação</mark>", StringComparison.Ordinal), hit.SnippetHtml);
    }

    [Theory]
    [InlineData("paises de lingua portuguesa")]
    [InlineData("Países de Língua Portuguesa")]
    public void Several_Portuguese_words_find_their_document_with_the_title_ranked_by_phrase(string query)
    {
        var hit = Assert.Single(_site.Search(query, "pt-PT").Hits);
        Assert.EndsWith("<mark>Países</mark> de <mark>Língua Portuguesa</mark>", hit.TitleHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_language_is_the_default_scope_and_both_languages_can_be_searched()
    {
        Assert.Empty(_site.Search("cooperacao", "zh-CN").Hits);
        Assert.Single(_site.Search("cooperacao").Hits);
        Assert.Equal(2, _site.Search("014109568/2017-00012").Hits.Count(h => h.IsExactMatch));
    }

    [Fact]
    public void Filters_narrow_the_results_and_each_filter_counts_as_if_it_were_not_set()
    {
        var results = _site.Search("港澳", "zh-CN", type: "disclosure");

        Assert.Equal(2, results.Total);
        Assert.All(results.Hits, h => Assert.Equal("disclosure", h.TypeKey));
        Assert.Equal([new FacetCount("disclosure", 2), new FacetCount("news", 1)], results.Types);
        Assert.Equal([new FacetCount("2024", 1), new FacetCount("2017", 1)], results.Years);
        Assert.Equal([new FacetCount("fao", 1), new FacetCount("hkmao", 1)], results.IssuingBodies);

        var byYear = _site.Search("港澳", "zh-CN", type: "disclosure", year: 2017);
        Assert.Equal(Notice, Assert.Single(byYear.Hits).Title);
        Assert.Equal([new FacetCount("disclosure", 1)], byYear.Types);

        Assert.Equal("hkmao", Assert.Single(_site.Search("港澳", "zh-CN", body: "hkmao").Hits).IssuingBody);
        Assert.Empty(_site.Search("港澳", "zh-CN", type: "no-such-type").Hits);
    }

    [Fact]
    public void Sorting_by_date_puts_the_newest_first()
    {
        var dates = _site.Search("港澳", "zh-CN", sort: SearchSort.Date).Hits.Select(h => h.Date).ToList();

        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.Equal(new DateOnly(2025, 6, 1), dates[0]);
    }

    [Fact]
    public void Pages_split_the_results_without_repeating_any()
    {
        var first = _site.Search("港澳", "zh-CN", pageSize: 2);
        var second = _site.Search("港澳", "zh-CN", pageSize: 2, page: 2);

        Assert.Equal((3, 2, 2), (first.Total, first.PageCount, first.Hits.Count));
        Assert.Single(second.Hits);
        Assert.Empty(first.Hits.Select(h => h.VariantId).Intersect(second.Hits.Select(h => h.VariantId)));
    }
}
