using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.EventRegistrations;
using PublicSite.Web.Features.EventRegistrations.Data;
using PublicSite.Web.Features.PersonalData;
using PublicSite.Web.Tests.Applications;

namespace PublicSite.Web.Tests.EventRegistrations;

/// <summary>The real site before the seed's 2026 matchmaking meeting, with helpers to register as a browser does.</summary>
public static partial class EventSite
{
    public const string Key = "2026-lusophone-matchmaking";
    public const string PagePt = "/pt/events/encontro-2026-empresas-paises-lingua-portuguesa";
    public const string PageZh = "/zh/events/2026葡语国家企业与苏澳合作园区对接会";
    public const int Capacity = 200;

    /// <summary>Thursday 9 April 2026, 10:00 in Changzhou: the day before registration closes.</summary>
    public static readonly DateTimeOffset BeforeDeadline = new(2026, 4, 9, 10, 0, 0, TimeSpan.FromHours(8));

    public static readonly DateTimeOffset Deadline = new(2026, 4, 10, 23, 59, 0, TimeSpan.FromHours(8));

    public static ApplicationSite Open()
    {
        var site = new ApplicationSite();
        site.Clock.SetUtcNow(BeforeDeadline);
        return site;
    }

    public static Dictionary<string, string> Valid(string company = "Dispositivos Médicos do Minho, Lda.") => new()
    {
        ["Form.Company"] = company,
        ["Form.Country"] = "Portugal",
        ["Form.ContactName"] = "Ana Costa",
        ["Form.Email"] = "ana.costa@example.pt",
        ["Form.Phone"] = "+351 912 000 111",
        ["Form.Participants[0].Name"] = "Ana Costa",
        ["Form.Participants[0].Role"] = "Directora comercial",
        ["Form.Consent"] = "true",
    };

    /// <summary>Opens the form (antiforgery cookie and token), runs <paramref name="beforePost"/>, then posts as a browser without JavaScript.</summary>
    public static async Task<HttpResponseMessage> RegisterAsync(
        this ApplicationSite site, IReadOnlyDictionary<string, string> fields, string page = PagePt, IEnumerable<string>? interests = null,
        Action? beforePost = null, bool withToken = true)
    {
        var client = site.Browser();
        var path = page + "/register";
        var form = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var token = Token().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        beforePost?.Invoke();
        // A browser posts all five participant rows, the empty ones as empty strings.
        var pairs = fields.ToList();
        for (var row = 0; row < RegistrationForm.MaxParticipants; row++)
        {
            foreach (var part in new[] { "Name", "Role" })
            {
                var name = $"Form.Participants[{row}].{part}";
                if (!fields.ContainsKey(name))
                {
                    pairs.Add(new(name, ""));
                }
            }
        }
        if (withToken)
        {
            pairs.Add(new("__RequestVerificationToken", token));
        }
        pairs.AddRange((interests ?? []).Select(i => new KeyValuePair<string, string>("Form.Interests", i)));
        return await client.PostAsync(path, new FormUrlEncodedContent(pairs));
    }

    /// <summary>Takes <paramref name="seats"/> seats at once, as registrations received earlier would have (test data, written to the real table).</summary>
    public static async Task FillSeatsAsync(this ApplicationSite site, int seats)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventRegistrationsDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<PersonalDataProtector>();
        db.Registrations.Add(new EventRegistration
        {
            Id = Guid.CreateVersion7(), ReferenceNumber = "EV-20260301-EARLY1", EventKey = Key, EventEndsUtc = new DateTime(2026, 4, 22, 9, 0, 0, DateTimeKind.Utc),
            Language = "pt-PT", Company = "Grupo já inscrito", Country = "Macau", ContactNameEncrypted = protector.Protect("Grupo"),
            EmailEncrypted = protector.Protect("grupo@example.mo"), EmailMasked = "g***@example.mo", ParticipantsEncrypted = protector.Protect("[]"), Seats = seats, Interests = "", Status = RegistrationStatus.Confirmed, RegisteredUtc = new DateTime(2026, 3, 1, 2, 0, 0, DateTimeKind.Utc),
        });
        await db.SaveChangesAsync();
    }

    public static IReadOnlyList<MimeMessage> Mails(this ApplicationSite site) => Directory.Exists(site.MailPickup)
        ? Directory.GetFiles(site.MailPickup, "*.eml").Select(f => MimeMessage.Load(f)).ToList()
        : [];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
