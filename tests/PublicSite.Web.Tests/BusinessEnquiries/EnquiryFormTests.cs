using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PublicSite.Testing;
using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.BusinessEnquiries.Data;
using PublicSite.Web.Features.PersonalData;
using PublicSite.Web.Tests.Applications;

namespace PublicSite.Web.Tests.BusinessEnquiries;

/// <summary>The enquiry form through HTTP on the real site and its SQLite file, as a browser posts it.</summary>
public sealed partial class EnquiryFormTests
{
    private static Dictionary<string, string> Valid() => new()
    {
        ["Form.Company"] = "Vinhos do Douro, Lda.",
        ["Form.Country"] = "Portugal",
        ["Form.Sector"] = "Vinhos",
        ["Form.CompanySize"] = "Small",
        ["Form.ContactName"] = "Maria da Silva",
        ["Form.Email"] = "maria.silva@example.pt",
        ["Form.Phone"] = "+351 912 345 678",
        ["Form.Question"] = "Que incentivos existem para instalar um armazém no parque?",
        ["Form.Consent"] = "true",
    };

    private static async Task<HttpResponseMessage> PostAsync(ApplicationSite site, string lang, Dictionary<string, string> fields, params string[] topics)
    {
        var client = site.Browser();
        var path = $"/{lang}/enterprises/enquiry";
        var form = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var token = Token().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        var pairs = fields.Append(new("__RequestVerificationToken", token)).Concat(topics.Select(t => new KeyValuePair<string, string>("Form.Topics", t)));
        return await client.PostAsync(path, new FormUrlEncodedContent(pairs));
    }

    [Theory]
    [InlineData("pt", "Número de referência", "Pedido de informações")]
    [InlineData("zh", "咨询编号", "咨询")]
    public async Task A_valid_enquiry_gets_a_reference_and_an_acknowledgement_in_the_enquirers_language(string lang, string referenceLabel, string subjectPart)
    {
        using var site = new ApplicationSite();
        var response = await PostAsync(site, lang, Valid(), "CooperationPark", "Incentives");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        Assert.Contains(referenceLabel, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var reference = page.QuerySelector(".reference")!.TextContent;
        Assert.Matches("^BE-20261201-[2-9A-Z]{6}$", reference);

        var mail = MimeMessage.Load(Assert.Single(Directory.GetFiles(site.MailPickup, "*.eml")));
        Assert.Equal("maria.silva@example.pt", mail.To.Mailboxes.Single().Address);
        Assert.Contains(subjectPart, mail.Subject, StringComparison.Ordinal);
        Assert.Contains(reference, mail.TextBody, StringComparison.Ordinal);

        await using var scope = site.Factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<BusinessEnquiriesDbContext>().Enquiries.SingleAsync();
        Assert.Equal("CooperationPark,Incentives", stored.Topics);
        Assert.Equal("m**********@example.pt", stored.EmailMasked);
        Assert.Equal("Maria da Silva", scope.ServiceProvider.GetRequiredService<PersonalDataProtector>().Unprotect(stored.ContactNameEncrypted));
    }

    [Theory]
    [InlineData("pt", "Indique o nome da empresa.", "Escolha pelo menos um assunto.", "O endereço de correio electrónico não é válido")]
    [InlineData("zh", "请填写企业名称。", "请至少选择一个咨询事项。", "电子邮箱格式不正确")]
    public async Task Bad_input_is_refused_in_the_readers_language_and_what_was_typed_is_kept(string lang, string noCompany, string noTopic, string badEmail)
    {
        using var site = new ApplicationSite();
        var fields = Valid();
        fields["Form.Company"] = "  ";
        fields["Form.Email"] = "maria.silva@";

        var response = await PostAsync(site, lang, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains(noCompany, text, StringComparison.Ordinal);
        Assert.Contains(noTopic, text, StringComparison.Ordinal);
        Assert.Contains(badEmail, text, StringComparison.Ordinal);
        Assert.Equal("Que incentivos existem para instalar um armazém no parque?", page.QuerySelector("#Form_Question")!.TextContent);
        Assert.Equal("Maria da Silva", page.QuerySelector("#Form_ContactName")!.GetAttribute("value"));
        Assert.Equal("selected", page.QuerySelector("#Form_CompanySize option[value=Small]")!.GetAttribute("selected"));
        await using var scope = site.Factory.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<BusinessEnquiriesDbContext>().Enquiries.CountAsync());
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_or_with_the_honeypot_filled_is_refused_and_stores_nothing()
    {
        using var site = new ApplicationSite();
        var withoutToken = await site.Browser().PostAsync("/pt/enterprises/enquiry", new FormUrlEncodedContent(Valid()));
        var fields = Valid();
        fields["Form.Website"] = "http://spam.example";
        var robot = await PostAsync(site, "pt", fields, "Incentives");

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, robot.StatusCode);
        await using var scope = site.Factory.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<BusinessEnquiriesDbContext>().Enquiries.CountAsync());
        Assert.False(Directory.Exists(site.MailPickup) && Directory.GetFiles(site.MailPickup).Length > 0);
    }

    [Fact]
    public async Task The_reference_carries_the_date_in_Changzhou_not_in_UTC()
    {
        using var site = new ApplicationSite();
        site.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.Zero));
        var page = await SiteFactory.ParseAsync(await PostAsync(site, "pt", Valid(), "Recruitment"));
        Assert.StartsWith("BE-20261202-", page.QuerySelector(".reference")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_files_hold_no_contact_data_in_clear()
    {
        using var site = new ApplicationSite();
        var response = await PostAsync(site, "pt", Valid(), "Premises");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // Meaningful only if the enquiry really is in those files: the company name is kept in clear.
        Assert.True(TestDatabase.FilesContain(site.DataDirectory, "Vinhos do Douro, Lda."));
        foreach (var secret in new[] { "maria.silva@example.pt", "Maria da Silva", "912 345 678", "armazém no parque" })
        {
            Assert.False(TestDatabase.FilesContain(site.DataDirectory, secret), secret + " is in clear in the database");
        }
    }

    [Fact]
    public void Every_string_the_enquiry_views_ask_for_is_in_both_languages()
    {
        var source = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "PublicSite.Web"));
        HashSet<string> Keys(string culture) =>
            XDocument.Load(Path.Combine(source, "Resources", "Features", "BusinessEnquiries", $"BusinessEnquiriesText.{culture}.resx")).Root!
                .Elements("data").Select(d => d.Attribute("name")!.Value).ToHashSet();
        var chinese = Keys("zh-CN");
        var portuguese = Keys("pt-PT");
        Assert.Equal(chinese.Order(), portuguese.Order());
        var view = File.ReadAllText(Path.Combine(source, "Features", "BusinessEnquiries", "Enquire.cshtml"));
        var asked = Asked().Matches(view).Select(m => m.Groups[1].Value).ToList();
        Assert.True(asked.Count > 10, "The view was read.");
        Assert.DoesNotContain(asked, k => !portuguese.Contains(k));
        var needed = Enum.GetNames<Web.Features.BusinessEnquiries.EnquiryTopic>().Select(t => "Topic_" + t)
            .Concat(Web.Features.BusinessEnquiries.EnquiryForm.Sizes.Select(s => "Size_" + s));
        Assert.DoesNotContain(needed, k => !portuguese.Contains(k));
    }


    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("E\\[\"([A-Za-z_]+)\"\\]")]
    private static partial Regex Asked();
}
