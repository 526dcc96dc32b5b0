using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;
using PublicSite.Web.Features.InformationRequests;
using PublicSite.Web.Features.InformationRequests.Data;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Tests.Applications.Manager;

namespace PublicSite.Web.Tests.InformationRequests;

/// <summary>The annual report's draft: the 2021 template's tables, its figures equal to the database's counts.</summary>
public sealed class AnnualReportTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public async Task The_draft_for_2026_counts_the_catalogue_and_the_requests_received_carried_over_decided_and_carried_forward()
    {
        using var site = new RequestSite();
        // Received in December 2025, answered in January 2026: carried over into 2026.
        site.Site.Clock.SetUtcNow(new DateTimeOffset(2025, 12, 22, 10, 0, 0, China));
        var (carried, _) = await site.FileAsync("zh", RequestSite.NaturalPerson());
        site.Site.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 12, 10, 0, 0, China));
        await RequestSite.DecideAsync(await site.Site.AsRoleAsync(EditorRoles.Publisher), carried, "Disclosed");
        site.Site.Clock.SetUtcNow(RequestSite.Today);
        var (refused, _) = await site.FileAsync("zh", RequestSite.NaturalPerson());
        var (referred, _) = await site.FileAsync("pt", RequestSite.LegalPerson());
        await site.FileAsync("pt", RequestSite.LegalPerson());
        await using (var scope = site.Site.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InformationRequestsDbContext>();
            (await db.Requests.SingleAsync(r => r.ReferenceNumber == referred)).OrganisationKind = OrganisationKind.Business;
            await db.SaveChangesAsync();
        }
        var publisher = await site.Site.AsRoleAsync(EditorRoles.Publisher);
        await RequestSite.DecideAsync(publisher, refused, "Refused", "Art16Process");
        await RequestSite.DecideAsync(publisher, referred, "Referred", note: "Direcção dos Serviços de Economia de Changzhou");

        var admin = await site.Site.AsRoleAsync(EditorRoles.Administrator);
        Assert.Equal(HttpStatusCode.Redirect, (await publisher.GetAsync("/manager/requests/annual-report")).StatusCode);
        var page = await SiteFactory.ParseAsync(await admin.GetAsync("/manager/requests/annual-report"));
        var bad = await admin.PostAsync("/manager/requests/annual-report", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["year"] = "二〇二六", ["__RequestVerificationToken"] = RequestDecisionTests.Antiforgery(page),
        }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var drafted = await admin.PostAsync("/manager/requests/annual-report", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["year"] = "2026", ["__RequestVerificationToken"] = RequestDecisionTests.Antiforgery(page),
        }));
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        Assert.StartsWith("/manager/content/edit?item=", drafted.Headers.Location!.OriginalString, StringComparison.Ordinal);

        await using var check = site.Site.Factory.Services.CreateAsyncScope();
        var figures = await check.ServiceProvider.GetRequiredService<AnnualReportCounter>().CountAsync(2026, CancellationToken.None);
        var requests = await check.ServiceProvider.GetRequiredService<InformationRequestsDbContext>().Requests.AsNoTracking().ToListAsync();
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, China).UtcDateTime;
        Assert.Equal(requests.Count(r => r.ReceivedAt >= start), figures.Row("received").Total);
        Assert.Equal(3, figures.Row("received").Total);
        Assert.Equal(1, figures.Row("carried-over")[ApplicantColumn.NaturalPerson]);
        Assert.Equal(1, figures.Row("disclosed")[ApplicantColumn.NaturalPerson]);
        Assert.Equal(1, figures.Row("refused-process")[ApplicantColumn.NaturalPerson]);
        Assert.Equal(1, figures.Row("not-held-office")[ApplicantColumn.Business]);
        Assert.Equal(requests.Count(r => r.Decision is not null), figures.Row("outcomes-total").Total);
        Assert.Equal(requests.Count(r => r.Decision is null), figures.Row("carried-forward").Total);
        Assert.Equal(1, figures.Row("carried-forward")[ApplicantColumn.Other]);
        // The template's own check: received + carried over = decided + carried forward.
        Assert.Equal(figures.Row("received").Total + figures.Row("carried-over").Total, figures.Row("outcomes-total").Total + figures.Row("carried-forward").Total);

        var cms = check.ServiceProvider.GetRequiredService<CmsDbContext>();
        var now = RequestSite.Today.UtcDateTime;
        var visible = cms.Variants.Where(VisibilityQueries.IsVisible(now));
        var catalogue2026 = await cms.CatalogueEntries.CountAsync(e => e.Year == 2026 && visible.Any(v => v.ItemId == e.ItemId));
        Assert.True(catalogue2026 > 0, "the seed discloses a document in 2026");
        Assert.Equal(catalogue2026, figures.Proactive.Sum(c => c.Count));

        var item = Guid.Parse(drafted.Headers.Location!.OriginalString.Split("item=")[1].Split('&')[0]);
        var draft = await cms.Variants.AsNoTracking().SingleAsync(v => v.ItemId == item);
        Assert.Equal(VariantState.Draft, draft.State);
        Assert.Equal(SiteLanguage.Chinese.Culture, draft.Language);
        Assert.Equal("常州市人民政府港澳事务办公室2026年政府信息公开工作年度报告", draft.Title);
        Assert.Contains("| 一、本年新收政府信息公开申请数量 | 1 | 1 | 0 | 0 | 0 | 1 | 3 |", draft.Body, StringComparison.Ordinal);
        Assert.Contains("| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |", draft.Body, StringComparison.Ordinal);
        Assert.Contains($"| 合计 | {catalogue2026} |", draft.Body, StringComparison.Ordinal);
        Assert.Contains("## 四、政府信息公开行政复议、行政诉讼情况", draft.Body, StringComparison.Ordinal);
        Assert.Contains("本年度未收取信息处理费（0元）。", draft.Body, StringComparison.Ordinal);
    }
}
