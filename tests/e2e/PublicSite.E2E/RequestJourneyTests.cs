using System.Text.RegularExpressions;
using PublicSite.E2E.Infrastructure;
using PublicSite.Web.Features.Manager.Accounts;
using static Microsoft.Playwright.Assertions;

namespace PublicSite.E2E;

/// <summary>
/// 依申请公开 end to end: an applicant on a 360 px phone files a request in Chinese or Portuguese and gets its
/// reference; a publisher on a desktop decides 予以公开 with the letter prefilled in the applicant's language; the
/// applicant's status page then shows the decision and links the letter's PDF.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class RequestJourneyTests(SiteFixture site)
{
    public sealed record Journey(string Lang, string Name, string Description, string Submit, string Decided, string LetterStart);

    public static TheoryData<string> Languages => new() { "zh", "pt" };

    private static Journey For(string lang) => lang == "zh"
        ? new("zh", "王小明", "2025年度常州市港澳青年实习补贴的发放人数和金额。", "提交申请", "予以公开", "王小明：")
        : new("pt", "Ana Maria Lopes", "Número de estágios de jovens de Macau em Changzhou em 2025.", "Enviar pedido", "Divulgação concedida", "Ex.mo(a) Sr.(a) Ana Maria Lopes");

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task An_applicant_files_a_request_a_publisher_discloses_and_the_applicant_reads_the_letter(string lang)
    {
        var j = For(lang);
        await using var applicant = await site.OpenAsync("request-" + lang, Viewport.PhoneName, options =>
            options.ViewportSize = new ViewportSize { Width = 360, Height = 740 });
        var page = applicant.Page;
        await applicant.GotoAsync($"/{lang}/disclosure/request");
        await page.Locator("#Form_ApplicantKind").CheckAsync();
        await page.Locator("#Form_Name").FillAsync(j.Name);
        await page.Locator("#Form_IdDocumentType").CheckAsync();
        await page.Locator("#Form_IdNumber").FillAsync("11010519491231002X");
        await page.Locator("#Form_Address").FillAsync(lang == "zh" ? "江苏省常州市武进区湖塘镇1号" : "Rua do Campo 10, Macau");
        await page.Locator("#Form_Phone").FillAsync("139 1234 5678");
        await page.Locator("#Form_Email").FillAsync($"applicant-{lang}@example.cn");
        await page.Locator("#Form_Description").FillAsync(j.Description);
        await page.Locator("#Form_InformationForm_Electronic").CheckAsync();
        await page.Locator("#Form_Delivery_Email").CheckAsync();
        await page.Locator("#Form_PersonalConsent").CheckAsync();
        await applicant.ScreenshotAsync("form");
        await applicant.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = j.Submit }));
        await Expect(page.Locator("[data-reference]")).ToHaveTextAsync(new Regex("^CZHM-YSQ-2026-\\d{5}$"));
        var reference = await page.Locator("[data-reference]").InnerTextAsync();
        var statusLink = page.Url.Replace("&submitted=1", "", StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The status page fits a 360 px screen.");
        await applicant.ScreenshotAsync("received");

        const string password = "Publisher-Pa55word-Long!";
        var publisher = await site.CreateUserAsync(EditorRoles.Publisher, password);
        await using var office = await site.OpenAsync("request-office-" + lang, Viewport.DesktopName);
        await office.SignInAsync(publisher, password);
        await office.GotoAsync("/manager/requests");
        await office.ActivateAsync(office.Page.GetByRole(AriaRole.Link, new() { Name = reference }));
        await office.Page.GetByLabel("予以公开", new() { Exact = true }).CheckAsync();
        await office.ActivateAsync(office.Page.GetByRole(AriaRole.Button, new() { Name = "起草答复书" }));
        await Expect(office.Page.Locator("#letter")).ToHaveValueAsync(new Regex("^" + Regex.Escape(j.LetterStart)));
        await office.ScreenshotAsync("letter");
        await office.ActivateAsync(office.Page.GetByRole(AriaRole.Button, new() { Name = "发送答复书" }));
        await Expect(office.Page.Locator("[data-state]")).ToHaveTextAsync("予以公开");

        await applicant.GotoAsync(statusLink);
        await Expect(page.Locator("[data-state]")).ToHaveTextAsync(j.Decided);
        var letter = page.Locator("[data-step=Decided] [data-letter]");
        await Expect(letter).ToBeVisibleAsync();
        var pdf = await applicant.Context.APIRequest.GetAsync(await letter.GetAttributeAsync("href") is { } href ? new Uri(new Uri(page.Url), href).ToString() : "");
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..4]), StringComparison.Ordinal);
        await applicant.ScreenshotAsync("decided");
        applicant.AssertNoBrowserProblems();
        office.AssertNoBrowserProblems();
    }
}
