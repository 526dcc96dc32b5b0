using System.Net;
using PublicSite.Web.Tests.Applications;

namespace PublicSite.Web.Tests.EventRegistrations;

/// <summary>
/// A Portuguese enterprise visiting after the 2026 meeting (1 December 2026, the tests' shared "today") finds the
/// next annual meeting open for registration and the past one closed: the seed is not a museum of closed forms.
/// </summary>
public sealed class NextMeetingTests
{
    private const string NextPt = "/pt/events/encontro-2027-empresas-paises-lingua-portuguesa";

    [Fact]
    public async Task After_the_2026_meeting_the_events_list_offers_the_2027_meeting_and_a_registration_is_confirmed()
    {
        using var site = new ApplicationSite();
        var client = site.Browser();

        var list = await SiteFactory.ParseAsync(await client.GetAsync("/pt/events"));
        Assert.Contains(list.QuerySelectorAll("a"), a => a.GetAttribute("href") == NextPt);

        var page = await SiteFactory.ParseAsync(await client.GetAsync(NextPt));
        Assert.Equal("Inscrições abertas", page.QuerySelector("[data-registration]")!.TextContent);
        Assert.Contains("21 de Abril de 2027", page.QuerySelector("[data-starts]")!.TextContent, StringComparison.Ordinal);

        var registered = await site.RegisterAsync(EventSite.Valid(), page: NextPt, interests: ["Economia digital e comércio electrónico transfronteiriço"]);
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Equal("Confirmed", (await SiteFactory.ParseAsync(registered)).QuerySelector("[data-outcome]")!.GetAttribute("data-outcome"));
        var confirmation = Assert.Single(site.Mails());
        Assert.Equal("text/calendar", Assert.Single(confirmation.Attachments).ContentType.MimeType);

        var past = await SiteFactory.ParseAsync(await client.GetAsync(EventSite.PagePt));
        Assert.Equal("Inscrições encerradas", past.QuerySelector("[data-registration]")!.TextContent);
    }
}
