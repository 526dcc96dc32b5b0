using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Web.Features.Disclosure;

namespace PublicSite.Web.Tests.Disclosure;

[Collection(SeededSite.Name)]
public sealed class DocumentPageTests(SiteFactory site)
{
    private const string MeasuresPath = "/zh/disclosure/014109321-2023-00038";

    [Fact]
    public async Task Attachments_are_listed_with_format_and_size_and_download_as_pdf()
    {
        var (_, page) = await site.GetPageAsync(MeasuresPath);

        var link = page.QuerySelector(".attachments li a")!;
        Assert.Equal("/media/files/identity-recognition-application-form.pdf", link.GetAttribute("href"));
        Assert.Matches(@"（PDF，\d+(\.\d)? KB）", page.QuerySelector(".attachments li .item-meta")!.TextContent);
        var download = await site.Browser().GetAsync(link.GetAttribute("href"));
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await download.Content.ReadAsByteArrayAsync())[..5], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_QR_code_is_inline_SVG_of_the_canonical_address_with_its_caption()
    {
        var (_, page) = await site.GetPageAsync(MeasuresPath);
        var canonical = page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
        var expected = site.Services.GetRequiredService<QrCodes>().Svg(canonical);

        var figure = page.QuerySelector("figure.qr-code")!;
        Assert.Equal("扫一扫在手机打开当前页", figure.QuerySelector("figcaption")?.TextContent);
        Assert.Equal(
            new AngleSharp.Html.Parser.HtmlParser().ParseFragment(expected, figure).OfType<AngleSharp.Dom.IElement>().Single().OuterHtml,
            figure.QuerySelector("svg")!.OuterHtml);
        Assert.NotEqual(expected, site.Services.GetRequiredService<QrCodes>().Svg(canonical + "x"));
    }

    [Theory]
    [InlineData("/zh/disclosure/014109568-2016-00008", "已于2016-08-31失效")]
    [InlineData("/pt/disclosure/014109321-2018-00021", "Revogado em 01/09/2023")]
    public async Task A_document_no_longer_in_force_says_so_before_the_title(string path, string text)
    {
        var (response, page) = await site.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var notice = page.QuerySelector("article .notice--warning")!;
        Assert.Contains(text, notice.TextContent, StringComparison.Ordinal);
        Assert.True(notice.CompareDocumentPosition(page.QuerySelector("article h1")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }

    [Fact]
    public async Task The_page_carries_the_government_meta_tags()
    {
        var (_, page) = await site.GetPageAsync("/zh/disclosure/014109568-2017-00012");
        string? Meta(string name) => page.QuerySelector($"meta[name={name}]")?.GetAttribute("content");

        Assert.Equal("常州市人民政府港澳事务办公室", Meta("SiteName"));
        Assert.False(string.IsNullOrEmpty(Meta("SiteDomain")));
        Assert.False(string.IsNullOrEmpty(Meta("SiteIDCode")));
        Assert.Equal("政府信息公开", Meta("ColumnName"));
        Assert.Equal("关于印发《2017年全市港澳工作要点》的通知", Meta("ArticleTitle"));
        Assert.Equal("2017-05-05 09:00", Meta("PubDate"));
        Assert.Equal("市外事办", Meta("ContentSource"));
        Assert.False(string.IsNullOrEmpty(Meta("Keywords")));
    }

    [Fact]
    public async Task The_print_control_waits_for_the_script_and_the_print_stylesheet_hides_the_chrome()
    {
        var (_, page) = await site.GetPageAsync(MeasuresPath);
        var css = await (await site.Browser().GetAsync("/theme/site.css")).Content.ReadAsStringAsync();

        Assert.True(page.QuerySelector("[data-page-tools]")!.HasAttribute("hidden"));
        Assert.NotNull(page.QuerySelector("[data-print]"));
        // Text size is the site-wide reading option (Features/Reading), not a script on this page.
        Assert.Empty(page.QuerySelectorAll("[data-font-size]"));
        Assert.Contains("@media print", css, StringComparison.Ordinal);
    }
}
