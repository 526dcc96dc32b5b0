using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PublicSite.E2E.Infrastructure;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Features.PersonalData;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PublicSite.E2E;

/// <summary>
/// Issue #15 end to end: an enterprise on a 360 px phone, in Portuguese, reads the investment guide from the home
/// page, registers for the seeded 2026 matchmaking meeting and sends a business enquiry; an editor answers the
/// enquiry from the manager and the answer goes out by email.
/// </summary>
/// <remarks>
/// The seed has no single day on which both are true: the guide is published on 2026-09-01 and the meeting's
/// registration closes on 2026-04-10. So the journey reads the guide on the suite's day and moves the site's clock
/// to 1 April 2026 for the registration only (<see cref="SiteFixture.TravelToAsync"/>), rather than registering for
/// an event of its own: the registration tested is the seed's real one, with its real page, capacity and deadline.
/// </remarks>
[Collection(SiteCollection.Name)]
public sealed class EnterpriseJourneyTests(SiteFixture site, ITestOutputHelper output)
{
    private static readonly DateTimeOffset BeforeTheDeadline = new(2026, 4, 1, 10, 0, 0, TimeSpan.FromHours(8));

    private const string EventTitlePt = "Encontro 2026 entre Empresas dos Países de Língua Portuguesa e o Parque de Cooperação Jiangsu-Macau";

    [Fact]
    public async Task An_enterprise_reads_the_guide_registers_for_the_meeting_and_an_editor_answers_its_enquiry()
    {
        await using var enterprise = await site.OpenAsync("enterprise-pt", Viewport.PhoneName, options =>
        {
            options.BypassCSP = true;
            options.ViewportSize = new ViewportSize { Width = 360, Height = 740 };
        });
        var page = enterprise.Page;
        // Five steps on two contexts while other work shares the machine's two cores: a slow page is not a wrong one.
        page.SetDefaultTimeout(30_000);
        SetDefaultExpectTimeout(30_000);

        // The guide, from the home page's link.
        await enterprise.GotoAsync(Seed.HomePt);
        await enterprise.ActivateAsync(page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Guia do investimento", Exact = true }));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Guia do investimento no Parque de Cooperação Jiangsu-Macau");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "pt-PT");
        await AssertFitsAndPassesAxeAsync(enterprise, "guide");

        // The meeting, registered for before its deadline.
        string registration;
        await using (await site.TravelToAsync(BeforeTheDeadline))
        {
            await enterprise.GotoAsync("/pt/events");
            await enterprise.ActivateAsync(page.Locator("main").GetByRole(AriaRole.Link, new() { Name = EventTitlePt }).First);
            await enterprise.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Inscrever-se em linha" }).First);
            await Expect(page.Locator("h1")).ToHaveTextAsync("Inscrição em linha");
            await AssertFitsAndPassesAxeAsync(enterprise, "registration-form");
            await page.Locator("#Form_Company").FillAsync("Fórmula Atlântica, Lda.");
            await page.Locator("#Form_Country").FillAsync("Portugal");
            await page.Locator("#Form_ContactName").FillAsync("Ana Costa");
            await page.Locator("#Form_Email").FillAsync("ana.costa@formula-atlantica.example.pt");
            await page.Locator("#Form_Participants_0__Name").FillAsync("Ana Costa");
            await page.Locator("#Form_Participants_0__Role").FillAsync("Directora comercial");
            await page.GetByLabel("Dispositivos médicos").CheckAsync();
            await page.Locator("#Form_Consent").CheckAsync();
            await enterprise.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Enviar a inscrição" }));
            await Expect(page.Locator("[data-outcome]")).ToHaveAttributeAsync("data-outcome", "Confirmed");
            registration = await page.Locator("[data-outcome] .reference").InnerTextAsync();
            Assert.Matches("^EV-20260401-[2-9A-HJ-NP-Z]{6}$", registration);
            await enterprise.ScreenshotAsync("registered");
        }

        // The enquiry, from the home page's link, back on the suite's day.
        await enterprise.GotoAsync(Seed.HomePt);
        await enterprise.ActivateAsync(page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Pedido de informação empresarial" }));
        await AssertFitsAndPassesAxeAsync(enterprise, "enquiry-form");
        await page.Locator("#Form_Company").FillAsync("Fórmula Atlântica, Lda.");
        await page.Locator("#Form_Country").FillAsync("Portugal");
        await page.Locator("#Form_Sector").FillAsync("Dispositivos médicos");
        await page.Locator("#Form_CompanySize").SelectOptionAsync("Small");
        await page.Locator("#Form_ContactName").FillAsync("Ana Costa");
        await page.Locator("#Form_Email").FillAsync("ana.costa@formula-atlantica.example.pt");
        await page.Locator("#Topic_Premises").CheckAsync();
        await page.Locator("#Form_Question").FillAsync("Que espaços de escritório e armazém estão disponíveis no Parque para uma empresa de dispositivos médicos, e a que preço por metro quadrado?");
        await page.Locator("#Form_Consent").CheckAsync();
        await enterprise.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Enviar o pedido" }));
        var reference = await page.Locator(".reference").InnerTextAsync();
        Assert.Matches("^BE-\\d{8}-[2-9A-HJ-NP-Z]{6}$", reference);
        await AssertFitsAndPassesAxeAsync(enterprise, "enquiry-received");

        // An editor answers it from the manager.
        const string password = "Editor-Pa55word-Enterprises!";
        var editor = await site.CreateUserAsync(EditorRoles.Editor, password);
        await using var office = await site.OpenAsync("enterprise-office", Viewport.DesktopName);
        office.Page.SetDefaultTimeout(30_000);
        await office.SignInAsync(editor, password);
        await office.GotoAsync("/manager/enquiries");
        await office.ActivateAsync(office.Page.GetByRole(AriaRole.Link, new() { Name = reference }));
        const string answer = "Há escritórios de 80 a 300 m² e armazéns de 500 m² disponíveis; enviamos em anexo a tabela de preços e propomos uma visita.";
        await office.Page.Locator("#reply").FillAsync(answer);
        await office.ActivateAsync(office.Page.GetByRole(AriaRole.Button, new() { Name = "发送答复" }));
        await Expect(office.Page.Locator("[data-message]")).ToHaveTextAsync("答复已发送并记入办理记录。");
        await Expect(office.Page.Locator("[data-reply]").Last).ToHaveTextAsync(answer);
        await office.ScreenshotAsync("enquiry-answered");

        // The enterprise gets the answer by email, in Portuguese (no SMTP in the tests: the pickup folder).
        var folder = site.Services.GetRequiredService<PersonalDataStorage>().MailPickupDirectory;
        var replies = Directory.EnumerateFiles(folder, "*.eml").Select(f => MimeMessage.Load(f))
            .Where(m => m.Subject == $"Resposta ao pedido de informações {reference}").ToList();
        var mail = Assert.Single(replies);
        Assert.Equal("ana.costa@formula-atlantica.example.pt", mail.To.Mailboxes.Single().Address);
        Assert.Contains(answer, mail.TextBody, StringComparison.Ordinal);

        enterprise.AssertNoBrowserProblems();
        office.AssertNoBrowserProblems();
    }

    private async Task AssertFitsAndPassesAxeAsync(BrowserSession session, string name)
    {
        await session.ScreenshotAsync(name);
        Assert.True(await session.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            $"The {name} page scrolls sideways on a 360 px phone.");
        await session.Page.AddScriptTagAsync(new() { Path = RepositoryPaths.AxeScript });
        var results = await session.Page.EvaluateAsync<JsonElement>(AccessibilityTests.RunAxeScript);
        var violations = results.GetProperty("violations");
        output.WriteLine($"{name}: axe {results.GetProperty("passes").GetInt32()} rules passed, {violations.GetArrayLength()} violated.");
        Assert.True(results.GetProperty("passes").GetInt32() > 0, "axe ran no rule at all: the run is broken, not the page clean.");
        Assert.True(violations.GetArrayLength() == 0, AccessibilityTests.Describe("Violations", session.Page.Url, "360 px phone", violations));
    }
}
