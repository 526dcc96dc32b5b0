using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.EventRegistrations;
using PublicSite.Web.Features.EventRegistrations.Data;
using PublicSite.Web.Features.PersonalData;
using PublicSite.Web.Tests.Applications;

namespace PublicSite.Web.Tests.EventRegistrations;

/// <summary>Registering for the seed's 2026 matchmaking meeting through HTTP: seats, waiting list, deadline, mail, validation.</summary>
public sealed class RegistrationTests
{
    [Theory]
    [InlineData(EventSite.PagePt, "Inscrições abertas", "Inscrever-se em linha", "22 de Abril de 2026")]
    [InlineData(EventSite.PageZh, "报名中", "在线报名", "2026年4月22日")]
    public async Task The_event_page_shows_its_times_in_Changzhou_and_links_the_registration_form(string page, string open, string register, string day)
    {
        using var site = EventSite.Open();
        var (response, html) = await GetAsync(site, page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(open, html.QuerySelector("[data-registration]")!.TextContent);
        Assert.Contains(day, html.QuerySelector("[data-starts]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("09:00", html.QuerySelector("[data-starts]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("23:59", html.QuerySelector("[data-deadline]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(html.QuerySelectorAll("a.button"), a => a.TextContent == register && a.GetAttribute("href")!.EndsWith("/register", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_last_seat_is_confirmed_and_the_next_registration_goes_to_the_waiting_list()
    {
        using var site = EventSite.Open();
        await site.FillSeatsAsync(EventSite.Capacity - 1);

        var last = await SiteFactory.ParseAsync(await site.RegisterAsync(EventSite.Valid("Última Lugar, Lda.")));
        var next = await SiteFactory.ParseAsync(await site.RegisterAsync(EventSite.Valid("Chegou Tarde, Lda.")));

        Assert.Equal("Confirmed", last.QuerySelector("[data-outcome]")!.GetAttribute("data-outcome"));
        Assert.Equal("WaitingList", next.QuerySelector("[data-outcome]")!.GetAttribute("data-outcome"));
        Assert.Contains("lista de espera", next.QuerySelector("[data-outcome]")!.TextContent, StringComparison.Ordinal);
        var waiting = site.Mails().Single(m => m.Subject!.StartsWith("Lista de espera", StringComparison.Ordinal));
        Assert.Empty(waiting.Attachments);
    }

    [Fact]
    public async Task A_group_larger_than_the_seats_left_waits_as_a_whole()
    {
        using var site = EventSite.Open();
        await site.FillSeatsAsync(EventSite.Capacity - 1);
        var fields = EventSite.Valid();
        fields["Form.Participants[1].Name"] = "Rui Santos";
        fields["Form.Participants[1].Role"] = "Engenheiro";

        var page = await SiteFactory.ParseAsync(await site.RegisterAsync(fields));

        Assert.Equal("WaitingList", page.QuerySelector("[data-outcome]")!.GetAttribute("data-outcome"));
    }

    [Fact]
    public async Task Two_posts_at_once_for_the_last_seat_never_both_get_it()
    {
        using var site = EventSite.Open();
        await site.FillSeatsAsync(EventSite.Capacity - 1);

        var both = await Task.WhenAll(site.RegisterAsync(EventSite.Valid("Primeira, Lda.")), site.RegisterAsync(EventSite.Valid("Segunda, Lda.")));

        Assert.All(both, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var statuses = await scope.ServiceProvider.GetRequiredService<EventRegistrationsDbContext>().Registrations
            .Where(r => r.Company != "Grupo já inscrito").Select(r => r.Status).ToListAsync();
        Assert.Equal([RegistrationStatus.Confirmed, RegistrationStatus.WaitingList], statuses.Order());
    }

    [Fact]
    public async Task Registration_closes_at_the_deadline_minute_even_for_a_form_opened_before_it()
    {
        using var site = EventSite.Open();
        site.Clock.SetUtcNow(EventSite.Deadline.AddSeconds(-1));
        var inTime = await site.RegisterAsync(EventSite.Valid("A Tempo, Lda."));
        // The form was opened at 23:58:59; the post arrives at 23:59:00.
        var late = await site.RegisterAsync(EventSite.Valid("Atrasada, Lda."), beforePost: () => site.Clock.SetUtcNow(EventSite.Deadline));

        Assert.Equal(HttpStatusCode.OK, inTime.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("O prazo de inscrição terminou", (await SiteFactory.ParseAsync(late)).QuerySelector("[data-closed]")!.TextContent, StringComparison.Ordinal);
        var (_, page) = await GetAsync(site, EventSite.PagePt);
        Assert.Equal("Inscrições encerradas", page.QuerySelector("[data-registration]")!.TextContent);
        await using var scope = site.Factory.Services.CreateAsyncScope();
        Assert.Equal(["A Tempo, Lda."], await scope.ServiceProvider.GetRequiredService<EventRegistrationsDbContext>().Registrations.Select(r => r.Company).ToListAsync());
    }

    [Fact]
    public async Task The_confirmation_carries_the_event_as_an_ics_in_UTC_in_the_registrants_language()
    {
        using var site = EventSite.Open();
        var page = await SiteFactory.ParseAsync(await site.RegisterAsync(EventSite.Valid(), interests: ["Dispositivos médicos"]));
        var reference = page.QuerySelector(".reference")!.TextContent;
        Assert.Matches("^EV-20260409-[2-9A-Z]{6}$", reference);

        var mail = Assert.Single(site.Mails());
        Assert.Equal("ana.costa@example.pt", mail.To.Mailboxes.Single().Address);
        Assert.StartsWith("Confirmação de inscrição: Encontro 2026", mail.Subject, StringComparison.Ordinal);
        Assert.Contains(reference, mail.TextBody, StringComparison.Ordinal);
        var attachment = Assert.IsAssignableFrom<MimeKit.MimePart>(Assert.Single(mail.Attachments));
        Assert.Equal("event.ics", attachment.FileName);
        Assert.Equal("text/calendar", attachment.ContentType.MimeType);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        // Long lines are folded (RFC 5545 §3.1): unfold before reading.
        var ics = System.Text.RegularExpressions.Regex.Replace(System.Text.Encoding.UTF8.GetString(content.ToArray()), "\r?\n[ \t]", "");
        Assert.Contains("BEGIN:VEVENT", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20260422T010000Z", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND:20260422T090000Z", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Encontro 2026 entre Empresas dos Países de Língua Portuguesa e o Parque de Cooperação Jiangsu-Macau", ics, StringComparison.Ordinal);
        Assert.Contains("LOCATION:Centro de conferências do rés-do-chão", ics, StringComparison.Ordinal);
        Assert.Contains($"UID:{reference}@gaob.example.gov.cn", ics, StringComparison.Ordinal);
        Assert.Contains("METHOD:PUBLISH", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Personal_data_is_stored_encrypted_and_the_interests_as_ticked()
    {
        using var site = EventSite.Open();
        var fields = EventSite.Valid();
        fields["Form.Participants[2].Name"] = "Rui Santos";
        fields["Form.Participants[2].Role"] = "Engenheiro";
        await site.RegisterAsync(fields, interests: ["Dispositivos médicos", "Cultura e turismo"]);

        await using var scope = site.Factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<EventRegistrationsDbContext>().Registrations.SingleAsync();
        Assert.DoesNotContain("Ana", stored.ContactNameEncrypted + stored.ParticipantsEncrypted + stored.EmailEncrypted, StringComparison.Ordinal);
        Assert.Equal("a********@example.pt", stored.EmailMasked);
        Assert.Equal(2, stored.Seats);
        Assert.Equal("Dispositivos médicos\nCultura e turismo", stored.Interests);
        var participants = scope.ServiceProvider.GetRequiredService<RegistrationDesk>().ParticipantsOf(stored);
        Assert.Equal([new Participant("Ana Costa", "Directora comercial"), new Participant("Rui Santos", "Engenheiro")], participants);
        Assert.Contains("Ana Costa", scope.ServiceProvider.GetRequiredService<PersonalDataProtector>().Unprotect(stored.ContactNameEncrypted), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EventSite.PagePt, "Indique o nome da empresa.", "Uma linha com cargo precisa também do nome do participante.", "Leia o aviso e assinale a autorização.")]
    [InlineData(EventSite.PageZh, "请填写企业名称。", "填写了职务的行也须填写姓名。", "请阅读说明并勾选同意。")]
    public async Task Bad_input_is_refused_in_the_readers_language_and_what_was_typed_is_kept(string page, string noCompany, string roleWithoutName, string noConsent)
    {
        using var site = EventSite.Open();
        var fields = EventSite.Valid();
        fields["Form.Company"] = " ";
        fields["Form.Participants[3].Role"] = "Intérprete";
        fields.Remove("Form.Consent");

        var response = await site.RegisterAsync(fields, page, interests: ["Dispositivos médicos"]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await SiteFactory.ParseAsync(response);
        var text = html.QuerySelector("main")!.TextContent;
        Assert.Contains(noCompany, text, StringComparison.Ordinal);
        Assert.Contains(roleWithoutName, text, StringComparison.Ordinal);
        Assert.Contains(noConsent, text, StringComparison.Ordinal);
        Assert.Equal("Ana Costa", html.QuerySelector("#Form_Participants_0__Name")!.GetAttribute("value"));
        Assert.Equal("Intérprete", html.QuerySelector("#Form_Participants_3__Role")!.GetAttribute("value"));
        Assert.Equal(5, html.QuerySelectorAll("input[name$='.Name'][name^='Form.Participants']").Length);
        Assert.Empty(site.Mails());
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_or_with_the_honeypot_filled_is_refused_and_stores_nothing()
    {
        using var site = EventSite.Open();
        var robot = EventSite.Valid();
        robot["Form.Website"] = "http://spam.example";

        Assert.Equal(HttpStatusCode.BadRequest, (await site.RegisterAsync(EventSite.Valid(), withToken: false)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await site.RegisterAsync(robot)).StatusCode);
        await using var scope = site.Factory.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<EventRegistrationsDbContext>().Registrations.CountAsync());
    }

    [Fact]
    public async Task Registrations_are_purged_once_the_retention_after_the_event_has_passed()
    {
        using var site = EventSite.Open();
        await site.RegisterAsync(EventSite.Valid());
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var purge = scope.ServiceProvider.GetRequiredService<RegistrationPurge>();

        // The event ends on 22 April 2026 at 17:00 in Changzhou; the default retention is 90 days.
        site.Clock.SetUtcNow(new DateTimeOffset(2026, 7, 21, 16, 0, 0, TimeSpan.FromHours(8)));
        Assert.Equal(0, await purge.PurgeAsync(CancellationToken.None));
        site.Clock.SetUtcNow(new DateTimeOffset(2026, 7, 21, 17, 1, 0, TimeSpan.FromHours(8)));
        Assert.Equal(1, await purge.PurgeAsync(CancellationToken.None));
    }

    private static async Task<(HttpResponseMessage, AngleSharp.Html.Dom.IHtmlDocument)> GetAsync(ApplicationSite site, string path)
    {
        var response = await site.Browser().GetAsync(path);
        return (response, await SiteFactory.ParseAsync(response));
    }
}
