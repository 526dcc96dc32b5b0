using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Auditing;
using PublicSite.Cms.Data;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Tests.Manager;

namespace PublicSite.Web.Tests.Redirects;

/// <summary>
/// An office moving from its old site keeps its old addresses working: editors map them to pages, one by one or by
/// CSV, and each answers 301 to the page's address now (issue #19).
/// </summary>
public sealed class OldAddressTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string AddForm = "form[action*='handler=Add']";

    private Task<string> SlugOfAsync(string key, string culture) => site.WithServicesAsync(s =>
        s.GetRequiredService<CmsDbContext>().Variants.Where(v => v.Item.Key == key && v.Language == culture).Select(v => v.Slug).SingleAsync());

    private static async Task<HttpResponseMessage> ImportAsync(ManagerClient client, string csv)
    {
        var page = await client.GetPageAsync("/manager/redirects");
        var token = page.QuerySelector("form[enctype] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)]), "file", "old-site.csv" },
        };
        return await client.Http.PostAsync("/manager/redirects?handler=Import", form);
    }

    [Fact]
    public async Task An_old_address_added_by_a_publisher_answers_301_to_the_page_whatever_its_case_slash_or_tracking_query()
    {
        var publisher = await ManagerClient.AsRoleAsync(site, EditorRoles.Publisher);
        var slug = await SlugOfAsync("2026-lusophone-matchmaking-held", "zh-CN");
        var page = $"/zh/news/{Uri.EscapeDataString(slug)}";

        var added = await publisher.PostFormAsync("/manager/redirects", AddForm, new()
        {
            ["From"] = "http://www.czgab.gov.cn/art/2026/4/23/art_5001_88.html", ["To"] = "https://gaob.example.gov.cn" + page,
        });
        var browser = site.Browser();

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        foreach (var old in new[] { "/art/2026/4/23/art_5001_88.html", "/ART/2026/4/23/Art_5001_88.html/", "/art/2026/4/23/art_5001_88.html?from=weixin" })
        {
            var response = await browser.GetAsync(old);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal(page, response.Headers.Location?.OriginalString);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/art/2026/4/23/art_5001_89.html")).StatusCode);
        var audited = await site.WithServicesAsync(s => s.GetRequiredService<AuditTrail>().Entries.CountAsync(e => e.Action == AuditActions.RedirectAdded));
        Assert.True(audited >= 1);
    }

    [Fact]
    public async Task Old_addresses_imported_by_csv_redirect_and_rows_that_cannot_be_mapped_are_listed_with_the_reason()
    {
        var publisher = await ManagerClient.AsRoleAsync(site, EditorRoles.Publisher);
        var news = Uri.EscapeDataString(await SlugOfAsync("2025-youth-innovation-base-opens", "pt-PT"));
        var csv = "旧地址,新地址\r\n"
            + $"/col/col2011/index.html,/pt/news/{news}\r\n"
            + "/col/col2012/index.html,/zh/news/no-such-page\r\n"
            + "not an address,/zh/\r\n"
            + $"/col/col2011/index.html,/pt/news/{news}\r\n";

        var response = await ImportAsync(publisher, csv);
        var result = await SiteFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcomes = result.QuerySelectorAll("#import-result tbody tr").Select(tr => tr.GetAttribute("data-outcome")).ToList();
        Assert.Equal(["Added", "TargetNotLive", "OldAddressInvalid", "AlreadyMapped"], outcomes);
        var redirect = await site.Browser().GetAsync("/col/col2011/index.html");
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal($"/pt/news/{news}", redirect.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_live_pages_own_address_cannot_be_taken_and_the_form_comes_back_as_typed()
    {
        var publisher = await ManagerClient.AsRoleAsync(site, EditorRoles.Publisher);
        var slug = Uri.EscapeDataString(await SlugOfAsync("2026-lusophone-matchmaking-held", "zh-CN"));

        var response = await publisher.PostFormAsync("/manager/redirects", AddForm, new() { ["From"] = $"/zh/news/{slug}", ["To"] = "/zh/news/whatever" });
        var page = await SiteFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("已发布页面的地址", page.QuerySelector("#add-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("/zh/news/whatever", page.QuerySelector("#redirect-to")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Editors_cannot_manage_redirects()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);

        var response = await editor.Http.GetAsync("/manager/redirects");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/manager/denied", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }
}
