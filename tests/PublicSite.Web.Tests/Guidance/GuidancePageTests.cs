using System.Net;

namespace PublicSite.Web.Tests.Guidance;

[Collection(SeededSite.Name)]
public sealed class GuidancePageTests(SiteFactory site)
{
    private const string Zh = "/zh/guidance/在常就读港澳同胞子女身份认定";
    private const string Pt = "/pt/guidance/reconhecimento-de-identidade-filhos-compatriotas-hong-kong-macau";

    [Theory]
    [InlineData(Zh, "认定对象", "办理流程", "所需材料", "表格下载", "受理时间", "办理地点", "常见问题")]
    [InlineData(Pt, "Quem pode requerer", "Passos", "Documentos necessários", "Formulários para descarregar", "Períodos de candidatura", "Onde tratar", "Perguntas frequentes")]
    public async Task The_identity_recognition_page_has_every_part_a_parent_needs_in_order(string path, params string[] headings)
    {
        var (response, page) = await site.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(headings, page.QuerySelectorAll("article h2").Select(h => h.TextContent).ToArray());
        Assert.Equal(7, page.QuerySelectorAll("ol.steps > li").Length);
        Assert.Equal(8, page.QuerySelectorAll("ul.checklist > li").Length);
        Assert.Equal(6, page.QuerySelectorAll("details > summary").Length);
        Assert.All(page.QuerySelectorAll("details"), d => Assert.False(d.HasAttribute("open")));
        Assert.Equal("tel:+8651985682512", page.QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Theory]
    [InlineData(Zh, "在常就读港澳同胞子女身份认定申请表（英文版，PDF）", @"^（PDF，5\.3 KB）$", "在常就读港澳同胞子女身份认定申请表（葡萄牙文版，PDF）")]
    [InlineData(Pt, "Boletim de Pedido de Reconhecimento de Identidade, versão em português (PDF)", @"^\(PDF, 4 KB\)$",
        "Boletim de Pedido de Reconhecimento de Identidade, modelo oficial com indicações em inglês (PDF)")]
    public async Task Both_language_versions_of_the_form_are_listed_with_their_format_and_size_and_download(
        string path, string title, string size, string otherTitle)
    {
        var (_, page) = await site.GetPageAsync(path);
        var links = page.QuerySelectorAll(".attachments a[download]");

        Assert.Equal([title, otherTitle], links.Select(l => l.TextContent).ToArray());
        Assert.Matches(size, links[0].ParentElement!.QuerySelector(".item-meta")!.TextContent);
        foreach (var link in links)
        {
            var file = await site.Browser().GetAsync(link.GetAttribute("href"));
            Assert.Equal("application/pdf", file.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    public async Task The_checklist_prints_with_boxes_to_tick_and_the_page_offers_to_print()
    {
        var (_, page) = await site.GetPageAsync(Zh);
        var css = await site.Browser().GetStringAsync("/theme/site.css");

        Assert.NotNull(page.QuerySelector("[data-page-tools] [data-print]"));
        Assert.Contains(".checklist li::before", css, StringComparison.Ordinal);
        Assert.Contains("请按清单准备材料", page.QuerySelector("#checklist + .hint")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/zh/guidance", "在常就读港澳同胞子女身份认定")]
    [InlineData("/pt/guidance", "Reconhecimento de identidade dos filhos de compatriotas de Hong Kong e Macau que estudam em Changzhou")]
    public async Task The_guidance_section_lists_the_page(string path, string title)
    {
        var (_, page) = await site.GetPageAsync(path);
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.TextContent == title);
    }
}
