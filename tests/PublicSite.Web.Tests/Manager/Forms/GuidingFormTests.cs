using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Tests.Manager.Forms;

/// <summary>The content form guides before it refuses (issue #18, part 7), on the seeded site.</summary>
public sealed class GuidingFormTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Form = "main form.stacked-form";
    private const string NewDisclosure = "/manager/content/edit?type=disclosure&lang=zh";

    [Fact]
    public async Task The_error_summary_names_each_field_it_lists()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);

        var response = await editor.PostFormAsync(NewDisclosure, Form, new() { ["action"] = "save", ["f.title"] = "", ["body"] = "正文" });

        var page = await SiteFactory.ParseAsync(response);
        var items = page.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("标题：此项必填", items);
        Assert.Contains("发布机构：此项必填", items);
        Assert.Contains("公开日期：此项必填", items);
    }

    [Fact]
    public async Task Format_hints_are_shown_and_described_before_any_error()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);

        var page = await editor.GetPageAsync(NewDisclosure);

        Assert.Empty(page.QuerySelectorAll(".error"));
        var indexNumber = page.QuerySelector("#field-indexNumber")!;
        Assert.Equal("field-indexNumber-hint", indexNumber.GetAttribute("aria-describedby"));
        Assert.Contains("014109568/2017-00012", page.QuerySelector("#field-indexNumber-hint")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("常港发〔2017〕1号", page.QuerySelector("#field-documentNumber-hint")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_disclosure_starts_with_the_default_method_and_validity_and_has_no_slug_input()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);

        var page = await editor.GetPageAsync(NewDisclosure);

        Assert.Equal("主动公开", Selected(page, "#field-disclosureMethod"));
        Assert.Equal("有效", Selected(page, "#field-validity"));
        Assert.Empty(page.QuerySelectorAll("#field-disclosureMethod option[value='']"));
        Assert.Null(page.QuerySelector("[name='f.slug']"));
        Assert.NotNull((await editor.GetPageAsync("/manager/content/edit?type=news&lang=zh")).QuerySelector("[name='f.slug']"));
        var legends = page.QuerySelectorAll("fieldset.form-section > legend").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(["目录信息", "日期与有效性", "标题与正文", "附件"], legends);
    }

    [Fact]
    public async Task The_picker_finds_a_published_document_by_its_index_number_and_needs_a_sign_in()
    {
        var anonymous = ManagerClient.Anonymous(site);
        var refused = await anonymous.Http.GetAsync("/manager/content/pick?handler=json&type=disclosure&q=014109568/2017-00012");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/manager/sign-in", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var response = await editor.Http.GetAsync("/manager/content/pick?handler=json&type=disclosure&q=" + Uri.EscapeDataString("014109568/2017-00012"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList();
        var item = Assert.Single(items);
        Assert.Equal("014109568/2017-00012", item.GetProperty("indexNumber").GetString());
        Assert.Contains("2017年全市港澳工作要点", item.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_replacement_typed_as_an_index_number_is_stored_as_its_key_and_an_unknown_one_is_refused()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var fields = new Dictionary<string, string>
        {
            ["action"] = "save", ["f.title"] = "被替代的通知", ["body"] = "正文", ["f.issuingBody"] = "foreign-affairs-office",
            ["f.category"] = "notices", ["f.publicationDate"] = "2026-11-20", ["f.validity"] = "repealed", ["f.replacedBy"] = "014109568/2099-99999",
        };
        var refused = await SiteFactory.ParseAsync(await editor.PostFormAsync(NewDisclosure, Form, fields));
        Assert.Contains(refused.QuerySelectorAll(".error-summary li"), li => li.TextContent.StartsWith("替代文件：", StringComparison.Ordinal));
        Assert.Equal("014109568/2099-99999", refused.QuerySelector("#field-replacedBy")!.GetAttribute("value"));

        var options = refused.QuerySelectorAll("#field-issuingBody option").Select(o => o.GetAttribute("value")).ToList();
        var categories = refused.QuerySelectorAll("#field-category option").Select(o => o.GetAttribute("value")).ToList();
        fields["f.issuingBody"] = options.First(o => o is { Length: > 0 })!;
        fields["f.category"] = categories.First(o => o is { Length: > 0 })!;
        fields["f.replacedBy"] = "014109568/2017-00012";
        var saved = await editor.PostFormAsync(NewDisclosure, Form, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await editor.GetPageAsync(saved.Headers.Location!.OriginalString);
        var stored = page.QuerySelector("#field-replacedBy")!.GetAttribute("value");
        Assert.NotEqual("014109568/2017-00012", stored);
        Assert.Contains("2017年全市港澳工作要点", page.QuerySelector("#field-replacedBy-picked")!.TextContent, StringComparison.Ordinal);
    }

    private static string? Selected(IHtmlDocument page, string select) =>
        (page.QuerySelector(select) as IHtmlSelectElement)?.SelectedOptions is { Length: > 0 } selected ? selected[0].TextContent.Trim() : null;
}
