using AngleSharp.Html.Dom;
using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Tests.Manager;

/// <summary>Markup typed into any field of the manager never runs on a public page or in the API.</summary>
public sealed class StoredXssTests : IClassFixture<SiteFactory>
{
    private const string Attack = "<script>alert('x')</script><img src=x onerror=alert(1)><a href=\"javascript:alert(2)\">点击</a>";

    private readonly SiteFactory _site;

    public StoredXssTests(SiteFactory site) => _site = site;

    [Fact]
    public async Task Script_typed_into_every_field_of_a_programme_call_is_shown_as_text_or_removed()
    {
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        var publisher = await ManagerClient.AsRoleAsync(_site, EditorRoles.Publisher);
        var form = await editor.GetPageAsync("/manager/content/edit?type=programme&lang=zh");
        var fields = form.QuerySelectorAll("main form.stacked-form input[name^='f.'], main form.stacked-form textarea[name^='f.']")
            .Select(e => e.GetAttribute("name")!)
            .ToDictionary(name => name, name => Attack);
        fields["f.title"] = "安全测试项目 " + Attack;
        fields["f.slug"] = "xss-test-call";
        fields["f.kind"] = "internship";
        fields["f.deadline"] = "2030-01-01T17:00";
        fields["f.startDate"] = "2030-02-01";
        fields["f.endDate"] = "2030-03-01";
        fields["f.quota"] = "10";
        fields["body"] = Attack;
        fields["action"] = "save";

        var saved = await editor.PostFormAsync("/manager/content/edit?type=programme&lang=zh", "main form.stacked-form", fields);
        var item = System.Web.HttpUtility.ParseQueryString(saved.Headers.Location!.OriginalString.Split('?')[1])["item"];
        await publisher.PostFormAsync($"/manager/content/edit?item={item}&lang=zh", "main form.stacked-form", new() { ["action"] = "publish" });

        foreach (var path in new[] { "/zh/programmes/xss-test-call", "/zh/programmes", $"/manager/content/edit?item={item}&lang=zh" })
        {
            var response = path.StartsWith("/manager", StringComparison.Ordinal) ? await editor.Http.GetAsync(path) : await _site.Browser().GetAsync(path);
            var document = await SiteFactory.ParseAsync(response);
            Assert.True(response.IsSuccessStatusCode, path);
            // The editor's own scripts (toolbar, media picker) are files of the manager's assets; nothing typed runs.
            Assert.Empty(document.QuerySelectorAll("main script:not([src^='/manager-assets/'])"));
            Assert.DoesNotContain(document.QuerySelectorAll("main *"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
            Assert.DoesNotContain(document.QuerySelectorAll("main a[href]"), a => a.GetAttribute("href")!.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        }
        var json = System.Text.Json.Nodes.JsonNode.Parse(await (await _site.Browser().GetAsync("/api/v1/content/zh/programmes/xss-test-call")).Content.ReadAsStringAsync())!;
        var htmlFields = Strings(json).Where(p => p.Name.EndsWith("html", StringComparison.OrdinalIgnoreCase)).Select(p => p.Value).ToList();
        Assert.NotEmpty(htmlFields);
        foreach (var html in htmlFields)
        {
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        }
        var page = (await _site.GetPageAsync("/zh/programmes/xss-test-call")).Page;
        Assert.Contains("<script>alert('x')</script>", page.QuerySelector("main h1")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main script, main img[onerror]"));
    }

    private static IEnumerable<(string Name, string Value)> Strings(System.Text.Json.Nodes.JsonNode? node, string name = "") => node switch
    {
        System.Text.Json.Nodes.JsonObject o => o.SelectMany(p => Strings(p.Value, p.Key)),
        System.Text.Json.Nodes.JsonArray a => a.SelectMany(v => Strings(v, name)),
        System.Text.Json.Nodes.JsonValue v when v.TryGetValue<string>(out var text) => [(name, text)],
        _ => [],
    };
}
