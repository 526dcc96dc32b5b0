using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.Applications.Data;
using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Tests.Applications;

public sealed class ApplyPageTests
{
    private static Task<int> CountAsync(ApplicationSite site) => site.Factory.Services.CreateAsyncScope()
        .ServiceProvider.GetRequiredService<ApplicationsDbContext>().Applications.CountAsync();

    [Fact]
    public async Task An_open_call_takes_an_application_and_gives_a_reference_and_a_private_status_link()
    {
        using var site = new ApplicationSite();

        var (reference, statusPath) = await site.ApplyValidAsync(ApplicationSite.InternshipZh);

        Assert.Equal("CZHM-2026-INT-00001", reference);
        var (response, page) = await GetAsync(site, statusPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("CZHM-2026-INT-00001", page.QuerySelector("[data-reference]")!.TextContent);
        Assert.Equal("已提交", page.QuerySelector("[data-status]")!.TextContent);
        Assert.Contains("M1*****78", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await site.Browser().GetAsync("/zh/applications/CZHM-2026-INT-00001?token=guessed")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Browser().GetAsync("/zh/applications/CZHM-2026-INT-00001")).StatusCode);

        var (_, second) = await site.ApplyValidAsync(ApplicationSite.EntrepreneurshipPt, f => f["Form.IdNumber"] = "H87654321");
        Assert.StartsWith("/pt/applications/CZHM-2026-ENT-00001?token=", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_confirmation_email_is_written_to_the_pickup_folder_in_the_applicants_language()
    {
        using var site = new ApplicationSite();

        var (reference, statusPath) = await site.ApplyValidAsync(ApplicationSite.InternshipPt);

        var mail = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(site.MailPickup, "*.eml")));
        var message = MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mail)));
        Assert.Equal("chan.meiling@example.mo", message.To.Mailboxes.Single().Address);
        Assert.Equal($"Comprovativo de candidatura {reference}", message.Subject);
        Assert.Contains("https://gaob.example.gov.cn" + statusPath.Replace("&submitted=1", "", StringComparison.Ordinal), message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Recebemos a sua candidatura", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_submission_shows_each_error_beside_its_field_in_Portuguese_and_keeps_what_was_typed()
    {
        using var site = new ApplicationSite();
        var fields = ApplicationSite.ValidForm();
        fields["Form.IdDocumentType"] = "HongKongIdentityCard";
        fields["Form.IdNumber"] = "A123456(4)";
        fields["Form.Phone"] = "9123 4567";
        fields.Remove("Form.SensitiveConsent");

        var response = await site.ApplyAsync(ApplicationSite.InternshipPt, fields, TinyPdf.Bytes());
        var page = await SiteFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("O número do BIR de Hong Kong tem o formato A123456(3); verifique o dígito entre parênteses.",
            page.QuerySelector("#Form_IdNumber-error")!.TextContent.Replace("Erro: ", "", StringComparison.Ordinal));
        Assert.Contains("Form_IdNumber-error", page.QuerySelector("#Form_IdNumber")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#Form_IdNumber")!.GetAttribute("aria-invalid"));
        Assert.NotNull(page.QuerySelector("#Form_Phone-error"));
        Assert.NotNull(page.QuerySelector("#Form_SensitiveConsent-error"));
        var summary = page.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#Form_IdNumber", "#Form_Phone", "#Form_SensitiveConsent"], summary);

        Assert.Equal("陳美玲", page.QuerySelector("#Form_FullName")!.GetAttribute("value"));
        Assert.Equal("A123456(4)", page.QuerySelector("#Form_IdNumber")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#Form_IdDocumentType_HongKongIdentityCard[checked]"));
        Assert.NotNull(page.QuerySelector("#Form_PhoneRegion_Macau[checked]"));
        Assert.Equal("澳門大學", page.QuerySelector("#Form_School")!.GetAttribute("value"));
        Assert.Equal("3", page.QuerySelector("#Form_YearOfStudy option[selected]")!.GetAttribute("value"));
        Assert.Equal("我希望在蘇澳合作園區實習，運用中葡雙語能力。", page.QuerySelector("#Form_Statement")!.TextContent);
        Assert.NotNull(page.QuerySelector("#Form_PersonalConsent[checked]"));
        Assert.Null(page.QuerySelector("#Form_SensitiveConsent[checked]"));
        Assert.Contains("escolha novamente", page.QuerySelector("#Cv-hint")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(site));
    }

    [Fact]
    public async Task The_form_has_its_consents_unticked_with_the_notice_beside_them()
    {
        using var site = new ApplicationSite();
        var page = await SiteFactory.ParseAsync(await site.Browser().GetAsync(ApplicationSite.InternshipZh + "/apply"));

        foreach (var consent in new[] { "PersonalConsent", "SensitiveConsent", "GuardianConsent" })
        {
            var box = page.QuerySelector($"#Form_{consent}")!;
            Assert.False(box.HasAttribute("checked"), consent);
            Assert.Contains("privacy-notice", box.GetAttribute("aria-describedby"), StringComparison.Ordinal);
            Assert.Equal("FIELDSET", box.Closest("fieldset")!.TagName);
        }
        var notice = page.QuerySelector("#privacy-notice")!.TextContent;
        Assert.Contains("处理目的", notice, StringComparison.Ordinal);
        Assert.Contains("180天后删除", notice, StringComparison.Ordinal);
        Assert.Contains("hkmao@changzhou.gov.cn", notice, StringComparison.Ordinal);
        Assert.Equal("name", page.QuerySelector("#Form_FullName")!.GetAttribute("autocomplete"));
        Assert.Equal("email", page.QuerySelector("#Form_Email")!.GetAttribute("autocomplete"));
        Assert.Equal("bday", page.QuerySelector("#Form_DateOfBirth")!.GetAttribute("autocomplete"));
        Assert.Equal("证件类型", page.QuerySelector("#Form_IdDocumentType")!.Closest("fieldset")!.QuerySelector("legend")!.TextContent.Split(' ')[0]);
    }

    [Fact]
    public async Task Without_both_consents_nothing_is_stored()
    {
        using var site = new ApplicationSite();
        var fields = ApplicationSite.ValidForm();
        fields.Remove("Form.PersonalConsent");

        var page = await SiteFactory.ParseAsync(await site.ApplyAsync(ApplicationSite.InternshipZh, fields, TinyPdf.Bytes()));

        Assert.Contains("请阅读个人信息处理说明并勾选同意", page.QuerySelector("#Form_PersonalConsent-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(site));
    }

    [Fact]
    public async Task A_CV_that_is_not_a_PDF_is_refused_beside_the_file_field()
    {
        using var site = new ApplicationSite();
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGBgAAAABQABpfZFQAAAAABJRU5ErkJggg==");

        var page = await SiteFactory.ParseAsync(await site.ApplyAsync(ApplicationSite.InternshipZh, ApplicationSite.ValidForm(), png, "photo.pdf"));

        Assert.Contains("所选文件不是PDF文件", page.QuerySelector("#Cv-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(site));
    }

    private static async Task<(HttpResponseMessage, AngleSharp.Html.Dom.IHtmlDocument)> GetAsync(ApplicationSite site, string path)
    {
        var response = await site.Browser().GetAsync(path);
        return (response, await SiteFactory.ParseAsync(response));
    }
}
