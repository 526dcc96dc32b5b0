using Microsoft.Extensions.DependencyInjection;
using PublicSite.Search.Sync;

namespace PublicSite.Web.Tests.Search;

/// <summary>What visitors type, on the seed (issue #11): questions, typos, either spelling, both languages.</summary>
[Collection(SeededSite.Name)]
public sealed class EverydayQueryTests(SiteFactory site) : IAsyncLifetime
{
    public Task InitializeAsync() => site.WithServicesAsync(s => s.GetRequiredService<SearchIndexSync>().CatchUpAsync(CancellationToken.None));

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> SearchAsync(string lang, string query, string extra = "")
    {
        var (_, page) = await site.GetPageAsync($"/{lang}/search?q={Uri.EscapeDataString(query)}{extra}");
        return page;
    }

    private static List<string> Titles(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".result-title a").Select(a => a.TextContent).ToList();

    [Theory]
    [InlineData("港澳同胞的孩子在常州读书怎么认定身份", "身份认定")]
    [InlineData("实习有没有住宿补贴", "暑期来常实习计划")]
    [InlineData("如何报名暑期实习", "暑期来常实习计划")]
    [InlineData("澳门企业怎样参加对接会", "对接会")]
    [InlineData("苏澳合作园区在什么地方", "苏澳合作园区")]
    public async Task A_question_puts_the_answering_document_first(string question, string inTitle)
    {
        var titles = Titles(await SearchAsync("zh", question));

        Assert.NotEmpty(titles);
        Assert.Contains(inTitle, titles[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("estagio de veraõ", "Estágios de Verão", "estagio de verão")]
    [InlineData("emprendedorismo", "mpreendedorismo", "empreendedorismo")]
    public async Task A_typo_finds_the_document_and_offers_the_spelling_the_texts_use(string typed, string inTitle, string suggested)
    {
        var page = await SearchAsync("pt", typed);

        Assert.Contains(Titles(page), t => t.Contains(inTitle, StringComparison.OrdinalIgnoreCase));
        var offer = page.QuerySelector(".did-you-mean");
        Assert.NotNull(offer);
        Assert.StartsWith("Queria dizer", offer.TextContent.Trim(), StringComparison.Ordinal);
        var link = offer.QuerySelector("a")!;
        Assert.Equal(suggested, link.TextContent);
        Assert.Equal("/pt/search?q=" + Uri.EscapeDataString(suggested), link.GetAttribute("href"));
    }

    [Fact]
    public async Task A_word_spelt_right_offers_no_other_spelling()
    {
        var page = await SearchAsync("pt", "empreendedorismo");

        Assert.NotEmpty(Titles(page));
        Assert.Null(page.QuerySelector(".did-you-mean"));
    }

    [Theory]
    [InlineData("projeto de incubação", "incubação de projectos")]
    [InlineData("direção dos serviços de educação", "")]
    public async Task The_spelling_of_1990_finds_texts_written_before_it(string query, string inTitle)
    {
        var titles = Titles(await SearchAsync("pt", query));

        Assert.NotEmpty(titles);
        Assert.Contains(inTitle, titles[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_languages_searched_in_Portuguese_keep_the_Portuguese_results_first()
    {
        var portuguese = await SearchAsync("pt", "Parque de Cooperação");
        var both = await SearchAsync("pt", "Parque de Cooperação", "&scope=both");

        var alone = Titles(portuguese);
        var together = Titles(both);
        Assert.True(alone.Count >= 10);
        Assert.Equal(alone, together);
        // The Chinese pages come through the park's Chinese name, after every Portuguese one.
        Assert.True(Total(both) > Total(portuguese));
    }

    [Fact]
    public async Task A_Portuguese_name_finds_Chinese_only_documents_through_its_Chinese_name()
    {
        // The 2024 budget is published in Chinese only; 预算 is orçamento.
        var page = await SearchAsync("pt", "orçamento", "&scope=both");

        Assert.Contains(page.QuerySelectorAll(".result-list li[lang=zh-CN] .result-title a"), a => a.TextContent.Contains("预算", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_Chinese_name_finds_Portuguese_texts_through_its_Portuguese_name()
    {
        var page = await SearchAsync("zh", "实习", "&scope=both");

        Assert.Contains(page.QuerySelectorAll(".result-list li[lang=pt-PT] .result-title a"), a => a.TextContent.Contains("Estágios de Verão", StringComparison.Ordinal));
    }

    private static int Total(AngleSharp.Html.Dom.IHtmlDocument page) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(page.QuerySelector(".result-count")!.TextContent, @"(\d+)\D*$").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
}
