using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Testing;
using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.InformationRequests.Data;
using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Tests.InformationRequests;

public sealed class RequestFormTests
{
    [Fact]
    public async Task The_form_is_on_the_request_page_in_both_languages_without_javascript()
    {
        using var site = new RequestSite();
        foreach (var (lang, label) in new[] { ("zh", "统一社会信用代码"), ("pt", "Código unificado de crédito social") })
        {
            var page = await SiteFactory.ParseAsync(await site.Browser().GetAsync($"/{lang}/disclosure/request"));
            var form = page.QuerySelector("form.request-form")!;
            Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
            Assert.Equal(label, page.QuerySelector("label[for=Form_CreditCode]")!.ChildNodes[0].TextContent.Trim());
            Assert.Equal(2, form.QuerySelectorAll("input[name='Form.ApplicantKind']").Length);
            Assert.Equal(3, form.QuerySelectorAll("input[name='Form.Delivery']").Length);
            Assert.Empty(page.QuerySelectorAll("main script"));
        }
    }

    [Fact]
    public async Task A_natural_person_gets_a_reference_a_private_status_link_and_a_mail_in_Chinese()
    {
        using var site = new RequestSite();
        var (reference, statusPath) = await site.FileAsync("zh", RequestSite.NaturalPerson());
        Assert.Equal("CZHM-YSQ-2026-00001", reference);

        var status = await site.Browser().GetAsync(statusPath);
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var page = await SiteFactory.ParseAsync(status);
        Assert.Equal(reference, page.QuerySelector("[data-reference]")!.TextContent);
        // Received Tuesday 1 December 2026 at 10:00: 20 working days later is 29 December.
        Assert.Equal("2026年12月29日", page.QuerySelector("[data-due]")!.TextContent);
        Assert.Equal("82**************16", page.QuerySelector("[data-identifier]")!.TextContent);
        Assert.DoesNotContain("820000200001010016", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("no-store", status.Headers.CacheControl!.ToString());

        var mail = Assert.Single(site.Mails());
        Assert.Equal("政府信息公开申请已收到（CZHM-YSQ-2026-00001）", mail.Subject);
        var token = statusPath[(statusPath.IndexOf("token=", StringComparison.Ordinal) + 6)..statusPath.IndexOf('&', StringComparison.Ordinal)];
        Assert.Contains($"/zh/disclosure/request/{reference}?token={token}", mail.TextBody, StringComparison.Ordinal);

        var wrongToken = await site.Browser().GetAsync($"/zh/disclosure/request/{reference}?token=guess");
        Assert.Equal(HttpStatusCode.NotFound, wrongToken.StatusCode);
    }

    [Fact]
    public async Task A_legal_person_writing_in_Portuguese_gets_the_mail_in_Portuguese()
    {
        using var site = new RequestSite();
        var (reference, _) = await site.FileAsync("pt", RequestSite.LegalPerson());
        var mail = Assert.Single(site.Mails());
        Assert.Equal($"Pedido de informação recebido ({reference})", mail.Subject);
        await using var scope = site.Site.Factory.Services.CreateAsyncScope();
        var request = await scope.ServiceProvider.GetRequiredService<InformationRequestsDbContext>().Requests.SingleAsync();
        Assert.Equal("pt-PT", request.Language);
        Assert.Null(request.IdDocumentType);
        Assert.Equal("91350100M000100Y43", scope.ServiceProvider.GetRequiredService<PersonalDataProtector>().Unprotect(request.IdentifierEncrypted));
    }

    [Theory]
    [InlineData("zh", "“统一社会信用代码”不正确")]
    [InlineData("pt", "O campo «Código unificado de crédito social» não está correcto")]
    public async Task A_legal_person_with_a_wrong_check_character_is_told_in_the_page_language_and_keeps_what_was_typed(string lang, string message)
    {
        using var site = new RequestSite();
        var fields = RequestSite.LegalPerson();
        fields["Form.CreditCode"] = "91350100M000100Y44";
        var response = await site.PostAsync(lang, fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        var error = Assert.Single(page.QuerySelectorAll(".error-summary li"));
        Assert.StartsWith(message, error.TextContent, StringComparison.Ordinal);
        Assert.Equal("#Form_CreditCode", error.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("91350100M000100Y44", page.QuerySelector("#Form_CreditCode")!.GetAttribute("value"));
        Assert.Equal("Sociedade Exemplo, Limitada", page.QuerySelector("#Form_Name")!.GetAttribute("value"));
        Assert.Equal("Lista das empresas de Macau instaladas no parque em 2025.", page.QuerySelector("#Form_Description")!.TextContent);
        Assert.NotNull(page.QuerySelector("input[name='Form.Delivery'][value=Post][checked]"));
        Assert.NotNull(page.QuerySelector("#Form_PersonalConsent[checked]"));
        Assert.Empty(site.Mails());
    }

    [Theory]
    [InlineData("zh", new[] { "请选择“证件类型”。", "请填写“联系地址”。", "请勾选“个人信息处理同意”，否则本办无法办理申请。" })]
    [InlineData("pt", new[] { "Escolha o campo «Tipo de documento de identificação».", "Preencha o campo «Endereço para contacto».",
        "Assinale «Autorização de tratamento de dados pessoais»; sem ela o Gabinete não pode tratar o pedido." })]
    public async Task A_natural_person_without_document_address_or_consent_gets_each_error_naming_its_field(string lang, string[] messages)
    {
        using var site = new RequestSite();
        var fields = RequestSite.NaturalPerson();
        fields.Remove("Form.IdDocumentType");
        fields["Form.Address"] = "  ";
        fields.Remove("Form.PersonalConsent");
        var response = await site.PostAsync(lang, fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        Assert.Equal(messages, page.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()));
        Assert.Equal("820000200001010016", page.QuerySelector("#Form_IdNumber")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_natural_person_whose_number_does_not_fit_the_document_is_refused()
    {
        using var site = new RequestSite();
        var fields = RequestSite.NaturalPerson();
        fields["Form.IdNumber"] = "820000200001010017";
        var page = await SiteFactory.ParseAsync(await site.PostAsync("zh", fields));
        Assert.Equal("“证件号码”与所选证件类型不符，请核对。", page.QuerySelector(".error-summary li")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_honeypot_and_a_post_without_antiforgery_token_are_refused_and_store_nothing()
    {
        using var site = new RequestSite();
        var robot = RequestSite.NaturalPerson();
        robot["Form.Website"] = "http://spam.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await site.PostAsync("zh", robot)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await site.PostAsync("zh", RequestSite.NaturalPerson(), withToken: false)).StatusCode);
        await using var scope = site.Site.Factory.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<InformationRequestsDbContext>().Requests.CountAsync());
    }

    [Fact]
    public async Task Identifier_address_and_phone_are_never_in_clear_in_the_database_file_or_its_wal()
    {
        using var site = new RequestSite();
        await site.FileAsync("zh", RequestSite.NaturalPerson());
        // Only meaningful if the request really is in those files.
        Assert.True(TestDatabase.FilesContain(site.Site.DataDirectory, "chan.meiling@example.mo"));
        foreach (var secret in new[] { "820000200001010016", "澳門氹仔海洋花園大馬路18號", "+853 6612 3456", "66123456" })
        {
            Assert.False(TestDatabase.FilesContain(site.Site.DataDirectory, secret), secret + " is in clear in the database");
        }
    }

}
