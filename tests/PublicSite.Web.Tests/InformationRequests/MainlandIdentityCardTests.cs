using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.InformationRequests;
using PublicSite.Web.Features.InformationRequests.Data;
using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Tests.InformationRequests;

/// <summary>居民身份证 among the requests' documents (GB 11643 check character), not among the HK/Macau applicants'.</summary>
public sealed class MainlandIdentityCardTests
{
    [Theory]
    [InlineData("11010519491231002X", true)]   // GB 11643's own example
    [InlineData("110105 1949 1231 002x", true)] // typed in pieces, lower-case x
    [InlineData("110105194912310021", false)]  // wrong check character
    [InlineData("110105194902300026", false)]  // 30 February
    [InlineData("11010519491231002", false)]   // 17 characters
    public void A_mainland_identity_card_number_is_checked_by_its_check_character_and_birth_date(string number, bool valid) =>
        Assert.Equal(valid, ApplicantIdentity.IsValid(IdDocumentType.MainlandIdentityCard, number));

    [Fact]
    public async Task A_mainland_resident_requests_with_the_identity_card_offered_first_and_a_wrong_number_is_refused()
    {
        using var site = new RequestSite();
        var form = await SiteFactory.ParseAsync(await site.Browser().GetAsync("/zh/disclosure/request"));
        var first = form.QuerySelector("input[name='Form.IdDocumentType']")!;
        Assert.Equal("MainlandIdentityCard", first.GetAttribute("value"));
        Assert.Equal("居民身份证", form.QuerySelector($"label[for='{first.Id}']")!.TextContent.Trim());

        var wrong = RequestSite.NaturalPerson();
        wrong["Form.IdDocumentType"] = "MainlandIdentityCard";
        wrong["Form.IdNumber"] = "110105194912310021";
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await site.PostAsync("zh", wrong)).StatusCode);

        wrong["Form.IdNumber"] = "11010519491231002X";
        var (reference, _) = await site.FileAsync("zh", wrong);
        await using var scope = site.Site.Factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<InformationRequestsDbContext>().Requests.SingleAsync(r => r.ReferenceNumber == reference);
        Assert.Equal((IdDocumentType.MainlandIdentityCard, "11**************2X"), (stored.IdDocumentType!.Value, stored.IdentifierMasked));
    }

    [Fact]
    public async Task The_programme_applications_keep_to_the_documents_of_Hong_Kong_and_Macau_residents()
    {
        using var site = new Applications.ApplicationSite();
        var page = await SiteFactory.ParseAsync(await site.Browser().GetAsync(Applications.ApplicationSite.InternshipZh + "/apply"));
        Assert.DoesNotContain(page.QuerySelectorAll("input[name='Form.IdDocumentType']"), i => i.GetAttribute("value") == "MainlandIdentityCard");
        var form = Applications.ApplicationSite.ValidForm();
        form["Form.IdDocumentType"] = "MainlandIdentityCard";
        form["Form.IdNumber"] = "11010519491231002X";
        // The application form answers its errors with the form itself (200), as it always has.
        var response = await site.ApplyAsync(Applications.ApplicationSite.InternshipZh, form, Applications.TinyPdf.Bytes());
        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("请选择证件类型。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "请选择“组织类型”。")]
    [InlineData("pt", "Escolha o campo «Tipo de entidade».")]
    public async Task An_organisation_says_its_kind_which_the_annual_report_counts(string lang, string message)
    {
        using var site = new RequestSite();
        var form = RequestSite.LegalPerson();
        form.Remove("Form.OrganisationKind");
        var refused = await site.PostAsync(lang, form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(message, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        form["Form.OrganisationKind"] = "LegalServices";
        var (reference, _) = await site.FileAsync(lang, form);
        await using var scope = site.Site.Factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<InformationRequestsDbContext>().Requests.SingleAsync(r => r.ReferenceNumber == reference);
        Assert.Equal(OrganisationKind.LegalServices, stored.OrganisationKind);
    }
}
