using System.Net;

namespace PublicSite.Web.Tests.Disclosure;

[Collection(SeededSite.Name)]
public sealed class NoticePageTests(SiteFactory site)
{
    private const string Path = "/disclosure/014109568-2017-00012";

    private static string Metadata(AngleSharp.Html.Dom.IHtmlDocument page, string label) =>
        page.QuerySelectorAll(".meta-table div").Single(row => row.QuerySelector("dt")?.TextContent == label).QuerySelector("dd")!.TextContent.Trim();

    [Fact]
    public async Task The_2017_notice_shows_its_catalogue_metadata_and_verbatim_body_in_Chinese()
    {
        var (response, page) = await site.GetPageAsync("/zh" + Path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("关于印发《2017年全市港澳工作要点》的通知", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal("014109568/2017-00012", Metadata(page, "索引号"));
        Assert.Equal("常港发〔2017〕1号", Metadata(page, "文件编号"));
        Assert.Equal("市外事办", Metadata(page, "发布机构"));
        Assert.Equal("2017-05-05", Metadata(page, "生成日期"));
        Assert.Equal("2017-05-05", Metadata(page, "公开日期"));
        Assert.Equal("有效", Metadata(page, "有效性"));
        Assert.Equal("主动公开", Metadata(page, "公开方式"));
        var body = page.QuerySelector(".article-body")!.TextContent;
        Assert.Contains("苏澳合作园区正式落户我市（武进西太湖）", body, StringComparison.Ordinal);
        Assert.Contains("做好在常就读的港澳同胞子女身份的认定工作", body, StringComparison.Ordinal);
        Assert.Equal("2017-05-05 09:00", page.QuerySelector("meta[name=PubDate]")?.GetAttribute("content"));
    }

    [Fact]
    public async Task The_Portuguese_translation_has_Portuguese_labels_and_names_the_park_correctly()
    {
        var (response, page) = await site.GetPageAsync("/pt" + Path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("pt-PT", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("014109568/2017-00012", Metadata(page, "Número de índice"));
        Assert.Equal("05/05/2017", Metadata(page, "Data de publicação"));
        Assert.Equal("Gabinete dos Assuntos Externos do Município de Changzhou", Metadata(page, "Entidade emissora"));
        Assert.Contains("Parque de Cooperação Jiangsu-Macau", page.QuerySelector(".article-body")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "pt")]
    [InlineData("pt", "zh")]
    public async Task Each_language_links_the_other_with_hreflang_and_the_switcher(string lang, string other)
    {
        var (_, page) = await site.GetPageAsync($"/{lang}{Path}");
        var otherCulture = other == "zh" ? "zh-CN" : "pt-PT";

        Assert.Equal($"https://gaob.example.gov.cn/{lang}{Path}", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal($"https://gaob.example.gov.cn/{other}{Path}",
            page.QuerySelector($"link[rel=alternate][hreflang='{otherCulture}']")?.GetAttribute("href"));
        Assert.Equal($"https://gaob.example.gov.cn/zh{Path}", page.QuerySelector("link[rel=alternate][hreflang='x-default']")?.GetAttribute("href"));
        Assert.Equal($"/{other}{Path}", page.QuerySelector($"header a[hreflang='{otherCulture}']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_document_only_in_Chinese_tells_Portuguese_readers_so_and_links_the_Chinese_page()
    {
        var (response, page) = await site.GetPageAsync("/pt/disclosure/014109568-2019-00002");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("pt-PT", page.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith("Atribuições e estrutura orgânica", page.QuerySelector("main h1")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Esta página só está disponível em chinês. Pode lê-la aqui:", page.QuerySelector("main .notice p")?.TextContent);
        Assert.Equal("/zh/disclosure/014109568-2019-00002", page.QuerySelector("main .notice a")?.GetAttribute("href"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Fact]
    public async Task A_repealed_document_says_so_above_the_title_and_links_its_replacement()
    {
        var (_, document) = await site.GetPageAsync("/zh/disclosure/014109321-2018-00021");

        var notice = document.QuerySelector("main article .notice--warning");
        Assert.NotNull(notice);
        Assert.Contains("已于2023-09-01废止", notice.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("/zh/disclosure/", notice.QuerySelector("a")?.GetAttribute("href"), StringComparison.Ordinal);
    }
}
