using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Auditing;
using PublicSite.Cms.Data;
using PublicSite.Cms.Taxonomy;
using PublicSite.Web.Features.InformationRequests;
using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Tests.Manager.Taxonomies;

/// <summary>Terms managed by administrators: labels reach public pages and meta keywords; keys and usage are kept safe.</summary>
public sealed class TaxonomyManagementTests : IClassFixture<SiteFactory>
{
    private readonly SiteFactory _site;

    public TaxonomyManagementTests(SiteFactory site) => _site = site;

    private Task<ManagerClient> AdministratorAsync() => ManagerClient.AsRoleAsync(_site, EditorRoles.Administrator);

    private Task<TaxonomyTerm> TermAsync(string taxonomy, string key) =>
        _site.WithServicesAsync(s => s.GetRequiredService<CmsDbContext>().Terms.AsNoTracking().SingleAsync(t => t.Taxonomy == taxonomy && t.Key == key));

    private static Task<HttpResponseMessage> PostTermAsync(ManagerClient admin, string taxonomy, string handler, TaxonomyTerm term, Dictionary<string, string>? changes = null)
    {
        var fields = new Dictionary<string, string> { ["id"] = term.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (handler == "Save")
        {
            fields["nameZh"] = term.NameZh;
            fields["namePt"] = term.NamePt;
            fields["code"] = term.Code ?? "";
            fields["order"] = term.SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        foreach (var (name, value) in changes ?? [])
        {
            fields[name] = value;
        }
        return admin.PostFormAsync($"/manager/taxonomies?taxonomy={taxonomy}", $"tr[data-key='{term.Key}'] form[action*='handler={handler}']", fields);
    }

    private async Task<string> NewsPathAsync(string language) => await _site.WithServicesAsync(async s =>
    {
        var slug = await s.GetRequiredService<CmsDbContext>().Variants
            .Where(v => v.Item.Key == "2016-park-memorandum-signed" && v.Language == language).Select(v => v.Slug).SingleAsync();
        return $"/{(language == "zh-CN" ? "zh" : "pt")}/news/{Uri.EscapeDataString(slug)}";
    });

    private static string Keywords(IHtmlDocument page) => page.QuerySelector("meta[name=Keywords]")?.GetAttribute("content") ?? "";

    [Fact]
    public async Task A_tags_labels_given_by_an_administrator_show_on_news_pages_and_in_keywords_in_both_languages()
    {
        var zhPath = await NewsPathAsync("zh-CN");
        var ptPath = await NewsPathAsync("pt-PT");
        var (_, before) = await _site.GetPageAsync(zhPath);
        Assert.Contains("苏澳合作园区", before.QuerySelector("p.tags")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("jiangsu-macau-park", before.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var admin = await AdministratorAsync();
        var saved = await PostTermAsync(admin, "tags", "Save", await TermAsync("tags", "memorandum"),
            new() { ["nameZh"] = "苏澳合作备忘录", ["namePt"] = "Memorando Jiangsu-Macau" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, zh) = await _site.GetPageAsync(zhPath);
        var (_, pt) = await _site.GetPageAsync(ptPath);
        var (_, hant) = await _site.GetPageAsync(zhPath.Replace("/zh/", "/zh-hant/", StringComparison.Ordinal));
        Assert.Contains("苏澳合作备忘录", zh.QuerySelector("p.tags")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("苏澳合作备忘录", Keywords(zh), StringComparison.Ordinal);
        Assert.Contains("Memorando Jiangsu-Macau", pt.QuerySelector("p.tags")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Memorando Jiangsu-Macau", Keywords(pt), StringComparison.Ordinal);
        Assert.Contains("蘇澳合作備忘錄", hant.QuerySelector("p.tags")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("memorandum", Keywords(zh) + Keywords(pt), StringComparison.Ordinal);
        Assert.True(await _site.WithServicesAsync(s => s.GetRequiredService<CmsDbContext>().AuditEntries
            .AnyAsync(a => a.Action == AuditActions.TermChanged && a.Subject == "tags:memorandum" && a.Actor == admin.Email)));
    }

    [Fact]
    public async Task A_renamed_subject_shows_in_the_disclosed_documents_keywords_in_both_languages_at_the_same_address()
    {
        var admin = await AdministratorAsync();
        const string zhPath = "/zh/disclosure/014109568-2017-00012";
        await _site.GetPageAsync(zhPath);

        var saved = await PostTermAsync(admin, "subjects", "Save", await TermAsync("subjects", "hk-macau"),
            new() { ["nameZh"] = "港澳工作", ["namePt"] = "Trabalho relativo a Hong Kong e Macau" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (zhResponse, zh) = await _site.GetPageAsync(zhPath);
        var (_, pt) = await _site.GetPageAsync("/pt/disclosure/014109568-2017-00012");
        Assert.Equal(HttpStatusCode.OK, zhResponse.StatusCode);
        Assert.Contains("港澳工作", Keywords(zh), StringComparison.Ordinal);
        Assert.Contains("Trabalho relativo a Hong Kong e Macau", Keywords(pt), StringComparison.Ordinal);
        Assert.Equal("hk-macau", (await TermAsync("subjects", "hk-macau")).Key);
    }

    [Fact]
    public async Task A_term_in_use_is_refused_for_deletion_and_an_unused_one_is_deleted()
    {
        var admin = await AdministratorAsync();

        var refused = await PostTermAsync(admin, "organisations", "Delete", await TermAsync("organisations", "fao"));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("正在使用中，不能删除", (await SiteFactory.ParseAsync(refused)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(await TermAsync("organisations", "fao"));

        var added = await admin.PostFormAsync("/manager/taxonomies?taxonomy=subjects", "#term-add",
            new() { ["key"] = "tourism", ["nameZh"] = "旅游", ["namePt"] = "Turismo" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var deleted = await PostTermAsync(admin, "subjects", "Delete", await TermAsync("subjects", "tourism"));

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await _site.WithServicesAsync(s => s.GetRequiredService<CmsDbContext>().Terms.AnyAsync(t => t.Key == "tourism")));
    }

    [Fact]
    public async Task A_retired_term_stays_on_what_uses_it_but_is_no_longer_offered_to_editors()
    {
        var admin = await AdministratorAsync();
        var retired = await PostTermAsync(admin, "genres", "Retire", await TermAsync("genres", "reply"));
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);

        var form = await editor.GetPageAsync("/manager/content/edit?type=disclosure&lang=zh");

        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);
        var options = form.QuerySelectorAll("#field-genre option").Select(o => o.GetAttribute("value")).ToList();
        Assert.DoesNotContain("reply", options);
        Assert.Contains("notice", options);
    }

    [Theory]
    [InlineData("123456789")]
    [InlineData("12345")]
    [InlineData("91320412MA1MXXXXX0")]
    public async Task An_organisation_code_without_a_valid_check_character_is_refused(string code)
    {
        var admin = await AdministratorAsync();

        var response = await admin.PostFormAsync("/manager/taxonomies?taxonomy=organisations", "#term-add",
            new() { ["key"] = "tourism-bureau", ["nameZh"] = "市文广旅局", ["namePt"] = "Direcção dos Serviços de Turismo", ["code"] = code });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("机构代码无效", (await SiteFactory.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_credit_code_is_accepted_for_a_new_organisation()
    {
        var admin = await AdministratorAsync();
        var code = "11320400MB1234567";
        code += UnifiedSocialCreditCode.CheckCharacter(code);

        var response = await admin.PostFormAsync("/manager/taxonomies?taxonomy=organisations", "#term-add",
            new() { ["key"] = "culture-bureau", ["nameZh"] = "市文广旅局", ["namePt"] = "Direcção dos Serviços de Cultura", ["code"] = code });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(code, (await TermAsync("organisations", "culture-bureau")).Code);
    }

    [Theory]
    [InlineData(EditorRoles.Editor)]
    [InlineData(EditorRoles.Publisher)]
    public async Task Only_administrators_manage_terms(string role)
    {
        var user = await ManagerClient.AsRoleAsync(_site, role);

        var tags = await _site.WithServicesAsync(s => s.GetRequiredService<CmsDbContext>().Terms.CountAsync(t => t.Taxonomy == "tags"));
        var term = await TermAsync("tags", "planning");

        var page = await user.Http.GetAsync("/manager/taxonomies");
        // A post with the user's own antiforgery token (taken from a screen they may use) is refused all the same.
        var token = (await user.GetPageAsync("/manager/media")).QuerySelector("form[enctype] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var delete = await user.Http.PostAsync("/manager/taxonomies?taxonomy=tags&handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["id"] = term.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/manager/denied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.StartsWith("/manager/denied", delete.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(tags, await _site.WithServicesAsync(s => s.GetRequiredService<CmsDbContext>().Terms.CountAsync(t => t.Taxonomy == "tags")));
    }
}
