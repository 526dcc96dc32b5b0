using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;

namespace PublicSite.Web.Tests.Disclosure;

/// <summary>The 政府信息公开 column as 国办公开办函〔2019〕61号 lays it out: guide, rules, catalogue, reports, requests.</summary>
[Collection(SeededSite.Name)]
public sealed partial class ColumnTests(SiteFactory site)
{
    private static readonly string Seed = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "content-seed"));

    private static List<string> Crumbs(IHtmlDocument page) =>
        page.QuerySelectorAll(".breadcrumb li").Select(li => li.TextContent.Trim()).ToList();

    [Theory]
    [InlineData("zh", "政府信息公开指南|政府信息公开制度|法定主动公开内容|政府信息公开年报|依申请公开")]
    [InlineData("pt", "Guia da divulgação de informações do Governo|Regras da divulgação de informações do Governo|"
        + "Informações de divulgação obrigatória por iniciativa própria|Relatórios anuais da divulgação de informações do Governo|"
        + "Divulgação mediante requerimento")]
    public async Task The_column_home_lists_its_five_parts_and_each_answers(string lang, string names)
    {
        var parts = names.Split('|');
        var (response, home) = await site.GetPageAsync($"/{lang}/disclosure");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = home.QuerySelectorAll(".column-parts h2 a").Cast<IHtmlAnchorElement>().ToList();
        Assert.Equal(parts, links.Select(a => a.TextContent));
        Assert.Equal(
            ["guide", "rules", "catalogue", "reports", "request"],
            links.Select(a => a.GetAttribute("href")!.Split('/').Last()));
        foreach (var link in links)
        {
            var (partResponse, part) = await site.GetPageAsync(link.GetAttribute("href")!);
            Assert.Equal(HttpStatusCode.OK, partResponse.StatusCode);
            Assert.Equal(link.TextContent, part.QuerySelector(".column-nav a[aria-current=page]")?.TextContent);
            Assert.Equal(link.TextContent, Crumbs(part).Last());
        }
    }

    [Fact]
    public async Task The_guide_the_about_page_cites_is_the_offices_real_guide_in_both_languages()
    {
        var (zh, guide) = await site.GetPageAsync("/zh/disclosure/guide");
        var (pt, guia) = await site.GetPageAsync("/pt/disclosure/guide");

        Assert.Equal(HttpStatusCode.OK, zh.StatusCode);
        Assert.Equal(HttpStatusCode.OK, pt.StatusCode);
        Assert.Equal("常州市人民政府港澳事务办公室政府信息公开指南", guide.QuerySelector("main h1")?.TextContent);
        var text = guide.QuerySelector(".article-body")!.TextContent;
        Assert.Contains("20个工作日内予以答复", text, StringComparison.Ordinal);
        Assert.Contains("补正", text, StringComparison.Ordinal);
        Assert.Contains("行政复议", text, StringComparison.Ordinal);
        Assert.Contains("Aperfeiçoamento do requerimento".ToLowerInvariant(), guia.QuerySelector(".article-body")!.TextContent.ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Equal(["首页", "政府信息公开", "政府信息公开指南"], Crumbs(guide));
        Assert.Equal("/pt/disclosure/guide", guide.QuerySelector("link[hreflang=pt-PT]")?.GetAttribute("href")?.Replace("https://gaob.example.gov.cn", "", StringComparison.Ordinal));
        var (_, rules) = await site.GetPageAsync("/zh/disclosure/rules");
        Assert.Contains("第三十三条", rules.QuerySelector(".article-body")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/zh/disclosure?year=2017&category=plans", "/zh/disclosure/catalogue?year=2017&category=plans")]
    [InlineData("/pt/disclosure?page=2", "/pt/disclosure/catalogue?page=2")]
    public async Task A_filtered_link_to_the_old_catalogue_address_moves_permanently_to_the_catalogue(string old, string moved)
    {
        var response = await site.Browser().GetAsync(old);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(moved, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Category_filter_values_come_in_the_order_of_the_statutory_catalogue()
    {
        var (_, catalogue) = await site.GetPageAsync("/zh/disclosure/catalogue");

        var shown = catalogue.QuerySelectorAll("select[name=category] option").Cast<IHtmlOptionElement>()
            .Select(o => o.Value).Where(v => v.Length > 0).ToList();
        var taxonomy = File.ReadAllText(Path.Combine(Seed, "taxonomies.yml"));
        var section = taxonomy[taxonomy.IndexOf("disclosureCategories:", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n\n", StringComparison.Ordinal)];
        var order = TermKey().Matches(section).Select(m => m.Groups[1].Value).ToList();
        Assert.True(shown.Count > 3, "The seed uses several categories.");
        Assert.Equal(order.Where(shown.Contains), shown);
    }

    [Fact]
    public async Task Annual_reports_are_listed_by_the_year_they_report_on()
    {
        var (_, reports) = await site.GetPageAsync("/zh/disclosure/reports");

        var years = reports.QuerySelectorAll(".report-year").ToDictionary(
            s => s.QuerySelector("h2")!.TextContent, s => s.QuerySelectorAll("li > a").Select(a => a.TextContent).ToList());
        Assert.Contains("常州市人民政府外事办公室（市港澳办）2019年政府信息公开工作年度报告", years["2019年度"]);
        Assert.Contains("常州市外事办公室（市港澳办）2016年政府信息公开工作年度报告", years["2016年度"]);
        var (_, report) = await site.GetPageAsync("/zh/disclosure/014109568-2020-00002");
        Assert.Equal("政府信息公开年报", Crumbs(report)[2]);
        var (_, other) = await site.GetPageAsync("/zh/disclosure/catalogue?category=other");
        Assert.DoesNotContain(other.QuerySelectorAll(".catalogue li > a"), a => a.TextContent.Contains("年度报告", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_document_page_shows_its_summary_even_where_it_repeats_the_title()
    {
        var (_, notice) = await site.GetPageAsync("/zh/disclosure/014109568-2017-00012");

        var summary = notice.QuerySelectorAll(".meta-table div").SingleOrDefault(d => d.QuerySelector("dt")?.TextContent == "内容概述");
        Assert.NotNull(summary);
        Assert.Equal("关于印发《2017年全市港澳工作要点》的通知", summary.QuerySelector("dd")!.TextContent);
        Assert.Equal(["首页", "政府信息公开", "法定主动公开内容", "正文"], Crumbs(notice));
    }

    [GeneratedRegex(@"- key: ([a-z-]+)")]
    private static partial Regex TermKey();
}
