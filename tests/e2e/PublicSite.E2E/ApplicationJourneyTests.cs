using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

using PublicSite.E2E.Infrastructure;

using static Microsoft.Playwright.Assertions;

namespace PublicSite.E2E;

/// <summary>
/// A Hong Kong or Macau student on a 360 px phone finds an open call, applies with a PDF CV (a first try with a
/// missing consent keeps everything typed), receives a reference and opens the private status page.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ApplicationJourneyTests(SiteFixture site)
{
    /// <summary>A Macau student writing in Traditional Chinese on the Chinese pages, with JavaScript.</summary>
    internal static Journey Chinese { get; } =
        new Journey("zh", "实习创业", Seed.InternshipTitleZh, "在线报名", "陳美玲", "港澳居民来往内地通行证", "M12345678", "澳门 (+853)", "6612 3456",
            "澳門大學", "我希望在蘇澳合作園區實習。", "我单独同意处理我的敏感个人信息（证件类型和号码）。", "提交报名", "INT", "已提交", JavaScript: true);

    public static TheoryData<Journey> Journeys() =>
    [
        Chinese,
        new Journey("pt", "Estágios e empreendedorismo", Seed.EntrepreneurshipTitlePt, "Candidatar-se em linha", "Joana Sá Leong",
            "Bilhete de identidade de residente de Macau", "5215299(8)", "Macau (+853)", "6688 1234", "Universidade de Macau",
            "Quero instalar a minha empresa no Parque.", "Autorizo, em separado, o tratamento dos meus dados pessoais sensíveis (tipo e número do documento de identificação).",
            "Enviar candidatura", "ENT", "Enviada", JavaScript: false),
    ];

    [Theory]
    [MemberData(nameof(Journeys))]
    public async Task Student_on_a_phone_finds_a_call_applies_with_a_CV_gets_a_reference_and_checks_the_status(Journey j)
    {
        await using var session = await site.OpenAsync("apply-" + j.Lang, Viewport.PhoneName, options =>
        {
            options.ViewportSize = new ViewportSize { Width = 360, Height = 740 };
            options.JavaScriptEnabled = j.JavaScript;
        });
        var page = session.Page;
        await session.GotoAsync($"/{j.Lang}/");
        await session.ActivateAsync(page.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = j.Nav, Exact = true }));
        await Expect(page).ToHaveURLAsync(site.Url($"/{j.Lang}/programmes"));
        await session.ScreenshotAsync("programmes");
        await session.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = j.CallTitle, Exact = true }));
        await session.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = j.Apply }).First);
        await Expect(page).ToHaveURLAsync(new Regex("/apply$"));

        await FillAsync(page, j, j.IdNumber);
        await page.Locator("#Form_PersonalConsent").CheckAsync();
        Assert.True(await NoHorizontalScrollAsync(page), "The form fits a 360 px screen.");
        await session.ScreenshotAsync("form");

        // First try without the separate consent to sensitive data: refused, everything typed is still there.
        await session.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = j.Submit }));
        var summary = page.Locator(".error-summary");
        await Expect(summary).ToBeVisibleAsync();
        if (j.JavaScript)
        {
            // The script moves focus to the summary; without it the summary is still first on the page.
            await Expect(summary).ToBeFocusedAsync();
        }
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveCountAsync(1);
        await Expect(page.Locator("#Form_FullName")).ToHaveValueAsync(j.Name);
        await Expect(page.Locator("#Form_Statement")).ToHaveValueAsync(j.Statement);
        await Expect(page.Locator("#Form_PersonalConsent")).ToBeCheckedAsync();
        await Expect(page.Locator("#Cv-hint strong")).ToBeVisibleAsync();
        await session.ScreenshotAsync("errors");

        await page.GetByLabel(j.SensitiveConsent, new() { Exact = true }).CheckAsync();
        await page.Locator("#Cv").SetInputFilesAsync(new FilePayload { Name = "cv.pdf", MimeType = "application/pdf", Buffer = MinimalPdf() });
        await session.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = j.Submit }));

        await Expect(page).ToHaveURLAsync(new Regex($"/{j.Lang}/applications/CZHM-2026-{j.Kind}-\\d{{5}}\\?token=.+&submitted=1$"));
        var reference = await page.Locator("[data-reference]").InnerTextAsync();
        Assert.Matches($"^CZHM-2026-{j.Kind}-\\d{{5}}$", reference);
        await Expect(page.Locator(".notice--success")).ToContainTextAsync(reference);
        await Expect(page.Locator("[data-status]")).ToHaveTextAsync(j.Submitted);
        await session.ScreenshotAsync("submitted");

        // Later, from the link in the email: the same private page, without the welcome notice.
        var statusLink = page.Url.Replace("&submitted=1", "", StringComparison.Ordinal);
        await session.GotoAsync(statusLink);
        await Expect(page.Locator("[data-status]")).ToHaveTextAsync(j.Submitted);
        await Expect(page.Locator(".notice--success")).ToHaveCountAsync(0);
        Assert.True(await NoHorizontalScrollAsync(page), "The status page fits a 360 px screen.");
        await session.ScreenshotAsync("status");
        session.AssertNoBrowserProblems();
    }

    /// <summary>Fills in the whole form as the student of <paramref name="j"/> would, CV included, but ticks no consent.</summary>
    internal static async Task FillAsync(IPage page, Journey j, string idNumber)
    {
        await page.Locator("#Form_FullName").FillAsync(j.Name);
        await page.GetByLabel(j.IdType, new() { Exact = true }).CheckAsync();
        await page.Locator("#Form_IdNumber").FillAsync(idNumber);
        await page.Locator("#Form_DateOfBirth").FillAsync("2004-09-15");
        await page.Locator("#Form_Email").FillAsync($"student.{j.Lang}@example.mo");
        await page.GetByLabel(j.PhoneRegion, new() { Exact = true }).CheckAsync();
        await page.Locator("#Form_Phone").FillAsync(j.Phone);
        await page.Locator("#Form_School").FillAsync(j.School);
        await page.Locator("#Form_Major").FillAsync(j.Lang == "zh" ? "葡萄牙語研究" : "Gestão");
        await page.Locator("#Form_YearOfStudy").SelectOptionAsync("3");
        await page.Locator("#Form_Statement").FillAsync(j.Statement);
        await page.Locator("#Cv").SetInputFilesAsync(new FilePayload { Name = "cv.pdf", MimeType = "application/pdf", Buffer = MinimalPdf() });
    }

    private static Task<bool> NoHorizontalScrollAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    /// <summary>A valid one-page PDF made here, as a student's CV would be.</summary>
    internal static byte[] MinimalPdf()
    {
        const string content = "BT /F1 18 Tf 72 720 Td (Curriculum vitae) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            $"<< /Length {content.Length.ToString(CultureInfo.InvariantCulture)} >>\nstream\n{content}\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => pdf.Append(CultureInfo.InvariantCulture, $"{o:0000000000} 00000 n \n"));
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    public sealed record Journey(
        string Lang, string Nav, string CallTitle, string Apply, string Name, string IdType, string IdNumber, string PhoneRegion,
        string Phone, string School, string Statement, string SensitiveConsent, string Submit, string Kind, string Submitted, bool JavaScript)
    {
        public override string ToString() => Lang + (JavaScript ? "" : " without JavaScript");
    }
}
