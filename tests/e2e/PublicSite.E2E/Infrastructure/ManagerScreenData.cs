using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;
using PublicSite.Web.Features.BusinessEnquiries;
using static Microsoft.Playwright.Assertions;

namespace PublicSite.E2E.Infrastructure;

/// <summary>
/// What the manager's screens need to show something: a news draft with two revisions (the compare), a deleted item,
/// and one case of each personal-data module, made once per running site (through its own services, or through the
/// public form where only the form makes a valid case) and named by the placeholders of <see cref="Resolve"/>.
/// </summary>
public sealed class ManagerScreenData
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (SiteFixture Site, ManagerScreenData Data)? _made;

    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <summary>Replaces <c>{notice}</c>, <c>{draftVariant}</c>, <c>{enquiry}</c>… in <paramref name="path"/>.</summary>
    public string Resolve(string path) =>
        Regex.Replace(path, @"\{(\w+)\}", m => _values.TryGetValue(m.Groups[1].Value, out var value)
            ? Uri.EscapeDataString(value)
            : throw new ArgumentException($"No value for {m.Value} in {path}."));

    public static async Task<ManagerScreenData> ForAsync(SiteFixture site)
    {
        await Gate.WaitAsync();
        try
        {
            if (_made is { } made && ReferenceEquals(made.Site, site))
            {
                return made.Data;
            }
            var data = new ManagerScreenData();
            await data.MakeAsync(site);
            _made = (site, data);
            return data;
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task MakeAsync(SiteFixture site)
    {
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<CmsDbContext>();
            _values["notice"] = (await db.Items.SingleAsync(i => i.Key == "2017-hk-macau-work-points")).Id.ToString();

            // Two saves of one draft: the revisions list and a compare with words inserted and deleted.
            const string author = "screens-author@gaob.example.gov.cn";
            var editorial = services.GetRequiredService<EditorialService>();
            var fields = new NewsArticle { Date = new DateOnly(2026, 11, 30) };
            var first = await editorial.SaveDraftAsync(new ContentEdit
            {
                TypeKey = "news", Language = "zh-CN", Title = "园区青年交流周开幕", Fields = fields,
                Body = "苏澳合作园区举办港澳青年交流周，来自澳门的三十名大学生参加。",
            }, author, "初稿", default);
            await editorial.SaveDraftAsync(new ContentEdit
            {
                ItemId = first.ItemId, TypeKey = "news", Language = "zh-CN", Title = "园区青年交流周开幕", Fields = fields,
                Body = "苏澳合作园区举办港澳青年交流周，来自香港和澳门的五十名大学生参加。", ExpectedVersion = first.Version,
            }, author, "补充人数", default);
            _values["draftItem"] = first.ItemId.ToString();
            _values["draftVariant"] = first.Id.ToString();

            var deleted = await editorial.SaveDraftAsync(new ContentEdit
            {
                TypeKey = "news", Language = "zh-CN", Title = "已删除的园区动态", Fields = fields, Body = "删除前的正文。",
            }, author, null, default);
            await services.GetRequiredService<ContentService>().DeleteAsync(deleted.ItemId, default);
            _values["deletedItem"] = deleted.ItemId.ToString();

            var enquiry = await services.GetRequiredService<EnquiryReception>().ReceiveAsync(new EnquiryForm
            {
                Company = "Empresa Exemplo, Lda.", Country = "Portugal", Sector = "Logística", CompanySize = "Small",
                ContactName = "Maria Exemplo", Email = "maria@empresa.example.pt", Question = "Quais são as condições para instalar um armazém no Parque?",
                Topics = [nameof(EnquiryTopic.Premises)], Consent = true,
            }, "pt-PT", default);
            _values["enquiry"] = enquiry.ReferenceNumber;
        }

        // A request and an application are valid only as their forms make them (encryption, references, CV checks).
        await using var applicant = await site.OpenAsync("screens-data", Viewport.DesktopName);
        var page = applicant.Page;
        await applicant.GotoAsync("/zh/disclosure/request");
        await page.Locator("#Form_ApplicantKind").CheckAsync();
        await page.Locator("#Form_Name").FillAsync("李明");
        await page.Locator("#Form_IdDocumentType").CheckAsync();
        await page.Locator("#Form_IdNumber").FillAsync("11010519491231002X");
        await page.Locator("#Form_Address").FillAsync("江苏省常州市武进区湖塘镇1号");
        await page.Locator("#Form_Phone").FillAsync("139 1234 5678");
        await page.Locator("#Form_Email").FillAsync("liming@example.cn");
        await page.Locator("#Form_Description").FillAsync("2025年度港澳青年实习补贴的发放人数。");
        await page.Locator("#Form_InformationForm_Electronic").CheckAsync();
        await page.Locator("#Form_Delivery_Email").CheckAsync();
        await page.Locator("#Form_PersonalConsent").CheckAsync();
        await applicant.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }));
        await Expect(page.Locator("[data-reference]")).ToBeVisibleAsync();
        _values["request"] = await page.Locator("[data-reference]").InnerTextAsync();

        await applicant.GotoAsync(Seed.InternshipApplyZh);
        var journey = ApplicationJourneyTests.Chinese;
        await ApplicationJourneyTests.FillAsync(page, journey with { Name = "陳詠琳" }, "H13572468");
        await page.Locator("#Form_PersonalConsent").CheckAsync();
        await page.Locator("#Form_SensitiveConsent").CheckAsync();
        await applicant.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = journey.Submit }));
        await Expect(page.Locator("[data-reference]")).ToBeVisibleAsync();
        _values["application"] = await page.Locator("[data-reference]").InnerTextAsync();
        _values["call"] = "2027-summer-internship";
        _values["event"] = "2027-lusophone-matchmaking";
    }
}
