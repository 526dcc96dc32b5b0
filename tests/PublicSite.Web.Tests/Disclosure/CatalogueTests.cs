using System.Globalization;
using AngleSharp.Html.Dom;

namespace PublicSite.Web.Tests.Disclosure;

[Collection(SeededSite.Name)]
public sealed class CatalogueTests(SiteFactory site)
{
    private static int Total(IHtmlDocument page) =>
        int.Parse(new string(page.QuerySelector(".result-count")!.TextContent.Where(char.IsAsciiDigit).ToArray()), CultureInfo.InvariantCulture);

    private static List<(string Value, int Count, bool Selected)> Facet(IHtmlDocument page, string name) =>
        page.QuerySelectorAll($"select[name={name}] option").Cast<IHtmlOptionElement>().Where(o => o.Value.Length > 0)
            .Select(o => (o.Value, int.Parse(o.Text[(o.Text.LastIndexOfAny(['(', '（']) + 1)..^1], CultureInfo.InvariantCulture), o.IsSelected))
            .ToList();

    [Theory]
    [InlineData("year")]
    [InlineData("body")]
    [InlineData("category")]
    [InlineData("subject")]
    public async Task Every_filter_value_shows_the_number_of_documents_it_gives(string facet)
    {
        var (_, catalogue) = await site.GetPageAsync("/zh/disclosure/catalogue");
        var values = Facet(catalogue, facet);
        Assert.NotEmpty(values);

        foreach (var (value, count, _) in values)
        {
            var (_, filtered) = await site.GetPageAsync($"/zh/disclosure/catalogue?{facet}={Uri.EscapeDataString(value)}");
            Assert.Equal(count, Total(filtered));
        }
        if (facet is "year" or "body" or "category")
        {
            Assert.Equal(Total(catalogue), values.Sum(v => v.Count));
        }
    }

    [Fact]
    public async Task Filters_combine_keep_their_values_and_count_within_each_other()
    {
        var (_, page) = await site.GetPageAsync("/zh/disclosure/catalogue?year=2017&body=fao&category=plans");

        var titles = page.QuerySelectorAll(".catalogue li > a").Select(a => a.TextContent).ToList();
        Assert.Contains("关于印发《2017年全市港澳工作要点》的通知", titles);
        Assert.Equal(titles.Count, Total(page));
        Assert.Contains(Facet(page, "year"), v => v is { Value: "2017", Selected: true });
        Assert.Contains(Facet(page, "body"), v => v is { Value: "fao", Selected: true });
        var (_, year2017) = await site.GetPageAsync("/zh/disclosure/catalogue?year=2017");
        Assert.Equal(Total(year2017), Facet(year2017, "category").Sum(v => v.Count));
    }

    [Fact]
    public async Task Rows_show_title_index_number_document_number_and_date()
    {
        var (_, page) = await site.GetPageAsync("/zh/disclosure/catalogue?year=2017&body=fao");

        var row = page.QuerySelectorAll(".catalogue li").Single(li => li.QuerySelector("a")!.TextContent.Contains("2017年全市港澳工作要点", StringComparison.Ordinal));
        var text = row.TextContent;
        Assert.Contains("014109568/2017-00012", text, StringComparison.Ordinal);
        Assert.Contains("常港发〔2017〕1号", text, StringComparison.Ordinal);
        Assert.Equal("2017-05-05", row.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Equal("/zh/disclosure/014109568-2017-00012", row.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task The_Portuguese_catalogue_lists_documents_available_only_in_Chinese_with_a_label()
    {
        var (_, chinese) = await site.GetPageAsync("/zh/disclosure/catalogue");
        var (_, portuguese) = await site.GetPageAsync("/pt/disclosure/catalogue?year=2019");

        Assert.Equal(Total(chinese), Total((await site.GetPageAsync("/pt/disclosure/catalogue")).Page));
        var chineseOnly = portuguese.QuerySelectorAll(".catalogue li").Where(li => li.QuerySelector(".badge") is not null).ToList();
        Assert.NotEmpty(chineseOnly);
        Assert.All(chineseOnly, li =>
        {
            Assert.Equal("Disponível apenas em chinês", li.QuerySelector(".badge")!.TextContent);
            // The seed's Chinese-only documents carry a Portuguese title: it leads to their Portuguese "only in Chinese" page.
            Assert.Null(li.QuerySelector("a")!.GetAttribute("lang"));
            Assert.StartsWith("/pt/disclosure/", li.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
        });
        Assert.Contains(portuguese.QuerySelectorAll(".catalogue li"), li => li.QuerySelector(".badge") is null);
    }

    [Theory]
    [InlineData("/zh/disclosure/catalogue?year=abc&body=%3Cscript%3E&page=-1")]
    [InlineData("/zh/disclosure/catalogue?year=1900")]
    [InlineData("/pt/disclosure/catalogue?category=no-such-category")]
    public async Task Odd_filter_values_give_an_empty_or_unfiltered_list_not_an_error(string path)
    {
        var (response, page) = await site.GetPageAsync(path);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".result-count"));
        Assert.DoesNotContain("<script>", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Pager_links_keep_every_active_filter()
    {
        var filter = new PublicSite.Web.Features.Disclosure.CatalogueFilter { Year = "2017", Body = "fao", Subject = "hk-macau", Page = "1" };

        Assert.Equal("?year=2017&body=fao&subject=hk-macau&page=2", filter.ToQuery(2));
        Assert.Equal("?year=2017&body=fao&subject=hk-macau", filter.ToQuery(1));
    }
}
