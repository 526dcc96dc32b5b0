using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Web.Features.InformationRequests;
using PublicSite.Web.Features.InformationRequests.Data;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Tests.Applications.Manager;

namespace PublicSite.Web.Tests.InformationRequests;

/// <summary>Personal data of closed requests go after the retention period; what the annual report counts stays.</summary>
public sealed class RequestPurgeTests
{
    private static async Task<int> PurgeAsync(RequestSite site)
    {
        await using var scope = site.Site.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RequestPurge>().PurgeAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_decided_request_loses_its_personal_data_730_days_after_the_decision_and_keeps_its_kind_dates_and_outcome()
    {
        using var site = new RequestSite();
        var (decided, statusPath) = await site.FileAsync("zh", RequestSite.NaturalPerson());
        var (open, _) = await site.FileAsync("pt", RequestSite.LegalPerson());
        var publisher = await site.Site.AsRoleAsync(EditorRoles.Publisher);
        await RequestSite.DecideAsync(publisher, decided, "Refused", "Art15ThirdParty");
        Assert.True(RequestHandlingAccessTests.DatabaseContains(site, "chan.meiling@example.mo"));

        site.Site.Clock.SetUtcNow(RequestSite.Today.AddDays(730).AddMinutes(-1));
        Assert.Equal(0, await PurgeAsync(site));
        site.Site.Clock.SetUtcNow(RequestSite.Today.AddDays(730).AddMinutes(1));
        Assert.Equal(1, await PurgeAsync(site));

        await using var scope = site.Site.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InformationRequestsDbContext>();
        var purged = await db.Requests.Include(r => r.Steps).SingleAsync(r => r.ReferenceNumber == decided);
        Assert.Equal((ApplicantKind.NaturalPerson, RequestDecision.Refused, DecisionGround.Art15ThirdParty), (purged.ApplicantKind, purged.Decision!.Value, purged.Ground!.Value));
        Assert.Equal("", purged.Name + purged.Email + purged.Description + purged.IdentifierEncrypted + purged.AddressEncrypted + purged.PhoneEncrypted);
        Assert.NotNull(purged.DecidedAt);
        Assert.Contains(purged.Steps, s => s.Kind == RequestStepKind.PersonalDataPurged);
        Assert.Empty(await db.Letters.Where(l => l.RequestId == purged.Id).ToListAsync());
        Assert.Null((await db.Requests.SingleAsync(r => r.ReferenceNumber == open)).PurgedAt);
        Assert.False(await StillInDatabaseAsync(site, "chan.meiling@example.mo"), "Overwritten, not left in free pages.");
        Assert.False(await StillInDatabaseAsync(site, "实习补贴的发放人数"));
        Assert.True(RequestHandlingAccessTests.DatabaseContains(site, "geral@exemplo.com.mo"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await site.Browser().GetAsync(statusPath)).StatusCode);
    }

    [Fact]
    public async Task The_retention_period_is_a_setting_and_an_abandoned_correction_counts_as_closed()
    {
        using var site = new RequestSite(b => b.UseSetting("InformationRequests:RetentionDays", "30"));
        var (reference, _) = await site.FileAsync("zh", RequestSite.NaturalPerson());
        var publisher = await site.Site.AsRoleAsync(EditorRoles.Publisher);
        await RequestSite.DecideAsync(publisher, reference, "CorrectionNeeded", note: "请写明年度。");

        site.Site.Clock.SetUtcNow(RequestSite.Today.AddDays(31));

        Assert.Equal(1, await PurgeAsync(site));
    }

    /// <summary>
    /// Whether the text is still in the database's files after up to 5 s. The assertion is unchanged; the wait answers
    /// one failure under PostgreSQL in a full CI run whose cause is not established (a guess: a connection keeping the
    /// old table file while VACUUM FULL rewrites it).
    /// </summary>
    private static async Task<bool> StillInDatabaseAsync(RequestSite site, string text)
    {
        for (var attempt = 0; attempt < 10 && RequestHandlingAccessTests.DatabaseContains(site, text); attempt++)
        {
            await Task.Delay(500);
        }
        return RequestHandlingAccessTests.DatabaseContains(site, text);
    }
}
