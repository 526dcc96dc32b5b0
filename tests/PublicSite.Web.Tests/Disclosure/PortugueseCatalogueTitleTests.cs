using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;
using PublicSite.Search.Sync;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Tests.Manager;

namespace PublicSite.Web.Tests.Disclosure;

/// <summary>
/// A Chinese-only item with a Portuguese title and summary written by editors (the seed's 2024 budget): Portuguese
/// readers meet it by that title in the catalogue, on its "only in Chinese" page and in search.
/// </summary>
[Collection(SeededSite.Name)]
public sealed class PortugueseCatalogueTitleTests(SiteFactory site) : IAsyncLifetime
{
    private const string Budget = "Orçamento de 2024 do Gabinete dos Assuntos Externos (Gabinete para os Assuntos de Hong Kong e Macau) do Município de Changzhou";
    private const string BudgetChinese = "常州市人民政府外事办公室（市港澳办）2024年部门预算公开";
    private const string BudgetPath = "/pt/disclosure/014109568-2024-00004";

    public Task InitializeAsync() => site.WithServicesAsync(s => s.GetRequiredService<SearchIndexSync>().CatchUpAsync(CancellationToken.None));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_Portuguese_catalogue_lists_a_Chinese_only_document_by_its_Portuguese_title_marked_as_only_in_Chinese()
    {
        var (_, page) = await site.GetPageAsync("/pt/disclosure/catalogue?year=2024");

        var link = page.QuerySelectorAll(".catalogue li a").Single(a => a.TextContent == Budget);
        Assert.Equal(BudgetPath, link.GetAttribute("href"));
        Assert.Equal("Disponível apenas em chinês", link.ParentElement!.QuerySelector(".badge")?.TextContent);
        // The Chinese catalogue keeps the Chinese title.
        var (_, chinese) = await site.GetPageAsync("/zh/disclosure/catalogue?year=2024");
        Assert.Contains(chinese.QuerySelectorAll(".catalogue li a"), a => a.TextContent == BudgetChinese);
    }

    [Fact]
    public async Task The_Portuguese_only_in_Chinese_page_shows_the_Portuguese_title_and_summary_and_links_the_Chinese_page()
    {
        var (response, page) = await site.GetPageAsync(BudgetPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Budget, page.QuerySelector("main h1")?.TextContent);
        Assert.StartsWith("Receitas e despesas orçamentadas do Gabinete para 2024", page.QuerySelector("main .summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(BudgetChinese, page.QuerySelector("main .notice a[href='/zh/disclosure/014109568-2024-00004']")?.TextContent);
        Assert.StartsWith(Budget, page.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("orçamento do gabinete 2024", BudgetPath)]
    [InlineData("relatório anual 2019", "/pt/disclosure/014109568-2020-00002")]
    public async Task A_Portuguese_search_finds_the_Chinese_only_document_by_its_Portuguese_title(string query, string path)
    {
        var (_, page) = await site.GetPageAsync($"/pt/search?q={Uri.EscapeDataString(query)}");

        Assert.Contains(page.QuerySelectorAll(".result-title a"), a => a.GetAttribute("href") == path);
    }

    [Fact]
    public async Task Without_a_Portuguese_title_the_page_still_says_it_is_not_available_in_Portuguese()
    {
        await site.WithServicesAsync(async s =>
        {
            var content = s.GetRequiredService<ContentService>();
            var news = await content.SaveAsync(new ContentEdit
            {
                TypeKey = "news", Language = "zh-CN", Title = "园区简讯（仅有中文）", Slug = "zh-only-brief", Body = "简讯正文。",
                Fields = new NewsArticle { Date = new DateOnly(2015, 1, 5) },
            }, "editor@example.org", null, CancellationToken.None);
            await content.PublishAsync(news.Id, "publisher@example.org", new DateTime(2015, 1, 5, 1, 0, 0, DateTimeKind.Utc), null, CancellationToken.None);
            return 0;
        });

        var (response, page) = await site.GetPageAsync("/pt/news/zh-only-brief");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Esta página não está disponível em português", page.QuerySelector("main h1")?.TextContent);
        Assert.Null(page.QuerySelector("main .summary"));
        Assert.Equal("园区简讯（仅有中文）", page.QuerySelector("main .notice a[href='/zh/news/zh-only-brief']")?.TextContent);
    }

    [Fact]
    public async Task Editors_see_and_keep_the_Portuguese_title_in_the_edit_form()
    {
        var item = await site.WithServicesAsync(s => s.GetRequiredService<CmsDbContext>().Items.Where(i => i.Key == "2024-fao-department-budget").Select(i => i.Id).SingleAsync());
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);

        var form = await editor.GetPageAsync($"/manager/content/edit?item={item}&lang=zh");
        Assert.Equal(Budget, (form.QuerySelector("#field-portugueseTitle") as IHtmlInputElement)?.Value);
        Assert.StartsWith("葡文目录标题（仅有中文版时）", form.QuerySelector("label[for=field-portugueseTitle]")?.TextContent, StringComparison.Ordinal);

        var saved = await editor.PostFormAsync("/manager/content/edit?type=disclosure&lang=zh", "main form.stacked-form", new()
        {
            ["action"] = "save", ["f.title"] = "只有中文的通知", ["body"] = "正文", ["f.issuingBody"] = "fao", ["f.category"] = "notices",
            ["f.publicationDate"] = "2026-11-20", ["f.portugueseTitle"] = "Aviso só em chinês", ["f.portugueseSummary"] = "Resumo escrito pelos editores.",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var reopened = await editor.GetPageAsync(saved.Headers.Location!.OriginalString);
        Assert.Equal("Aviso só em chinês", (reopened.QuerySelector("#field-portugueseTitle") as IHtmlInputElement)?.Value);
        Assert.Equal("Resumo escrito pelos editores.", reopened.QuerySelector("#field-portugueseSummary")?.TextContent);
    }
}
