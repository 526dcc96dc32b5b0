using System.Net;
using AngleSharp.Html.Dom;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Tests.Applications.Manager;

namespace PublicSite.Web.Tests.InformationRequests;

/// <summary>The statutory clock as the office and the applicant see it while a request is handled: extension, 补正, overdue.</summary>
public sealed class RequestClockHandlingTests
{
    private static readonly DateTimeOffset BeforeNationalDay = new(2026, 9, 28, 10, 0, 0, TimeSpan.FromHours(8));

    private static async Task<string> DueAsync(HttpClient publisher, string reference) =>
        (await SiteFactory.ParseAsync(await publisher.GetAsync($"/manager/requests/{reference}"))).QuerySelector("[data-due]")!.TextContent;

    [Fact]
    public async Task A_request_of_28_September_2026_is_due_on_30_October_and_its_one_extension_moves_that_to_27_November()
    {
        using var site = new RequestSite();
        site.Site.Clock.SetUtcNow(BeforeNationalDay);
        var (reference, statusPath) = await site.FileAsync("zh", RequestSite.NaturalPerson());
        var publisher = await site.Site.AsRoleAsync(EditorRoles.Publisher);
        Assert.Equal("2026-10-30", await DueAsync(publisher, reference));

        Assert.Equal(HttpStatusCode.Redirect, (await RequestSite.ExtendAsync(publisher, reference, "需要向多个部门征求意见")).StatusCode);

        Assert.Equal("2026-11-27", await DueAsync(publisher, reference));
        var status = await SiteFactory.ParseAsync(await site.Browser().GetAsync(statusPath));
        Assert.Equal("2026年11月27日", status.QuerySelector("[data-due]")!.TextContent);
        Assert.NotNull(status.QuerySelector("[data-step=Extended] [data-letter]"));
        Assert.Contains(site.Mails(), m => (m.TextBody ?? "").Contains("延长20个工作日", StringComparison.Ordinal));
        var page = await SiteFactory.ParseAsync(await publisher.GetAsync($"/manager/requests/{reference}"));
        Assert.Null(page.QuerySelector("form[data-extend]"));
        var second = await publisher.PostAsync($"/manager/requests/{reference}?handler=extend", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["note"] = "再次延期", ["letter"] = "再次延期", ["__RequestVerificationToken"] = RequestDecisionTests.Antiforgery(page),
        }));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("答复期限只能延长一次（《条例》第三十三条）。", (await SiteFactory.ParseAsync(second)).QuerySelector("[data-error]")!.TextContent.Trim());
        Assert.Equal("2026-11-27", await DueAsync(publisher, reference));
    }

    [Fact]
    public async Task A_correction_stops_the_clock_and_the_applicants_correction_starts_a_new_period_from_its_receipt()
    {
        using var site = new RequestSite();
        site.Site.Clock.SetUtcNow(BeforeNationalDay);
        var (reference, statusPath) = await site.FileAsync("zh", RequestSite.NaturalPerson());
        site.Site.Clock.SetUtcNow(BeforeNationalDay.AddDays(1));
        var publisher = await site.Site.AsRoleAsync(EditorRoles.Publisher);
        Assert.Equal(HttpStatusCode.Redirect,
            (await RequestSite.DecideAsync(publisher, reference, "CorrectionNeeded", note: "请写明补贴的年度。")).StatusCode);

        Assert.Equal("等待补正，暂停计算", await DueAsync(publisher, reference));
        Assert.Equal("等待补正，暂停计算", (await SiteFactory.ParseAsync(await publisher.GetAsync("/manager/requests"))).QuerySelector($"tr[data-reference='{reference}'] [data-due]")!.TextContent);
        var status = await SiteFactory.ParseAsync(await site.Browser().GetAsync(statusPath));
        Assert.Equal("等待补正，暂停计算", status.QuerySelector("[data-due]")!.TextContent);
        Assert.Contains("请写明补贴的年度。", status.QuerySelector("[data-correction-asked]")!.TextContent, StringComparison.Ordinal);
        // While the clock stands still there is nothing to extend; a second correction request is not allowed (Art. 30: once).
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await PostAsync(publisher, reference, "extend", new() { ["note"] = "x", ["letter"] = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(publisher, reference, "decide", new() { ["decision"] = "CorrectionNeeded", ["note"] = "x", ["letter"] = "x" })).StatusCode);

        // Friday 9 October, after the holiday week: the applicant corrects through the status page.
        site.Site.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 9, 10, 0, 0, TimeSpan.FromHours(8)));
        var browser = site.Browser();
        var empty = await CorrectAsync(browser, statusPath, " ");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Equal("请填写补正内容。", (await SiteFactory.ParseAsync(empty)).QuerySelector("[data-error]")!.TextContent.Trim());
        var corrected = await CorrectAsync(browser, statusPath, "2025年度，常州市全市范围。");
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);

        status = await SiteFactory.ParseAsync(await browser.GetAsync(corrected.Headers.Location!.OriginalString));
        Assert.Equal("2026年11月5日", status.QuerySelector("[data-due]")!.TextContent);
        Assert.Null(status.QuerySelector("[data-correction-form]"));
        Assert.NotNull(status.QuerySelector("[data-step=Corrected]"));
        publisher = await site.Site.AsRoleAsync(EditorRoles.Publisher);
        Assert.Equal("2026-11-05", await DueAsync(publisher, reference));
        var page = await SiteFactory.ParseAsync(await publisher.GetAsync($"/manager/requests/{reference}"));
        Assert.Equal("2025年度，常州市全市范围。", page.QuerySelector("[data-correction]")!.TextContent);
        Assert.Null(page.QuerySelector("input[value=CorrectionNeeded]"));
    }

    [Fact]
    public async Task The_request_page_marks_a_request_overdue_once_the_clock_passes_its_due_date()
    {
        using var site = new RequestSite();
        var (reference, _) = await site.FileAsync("zh", RequestSite.NaturalPerson());
        site.Site.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 30, 9, 0, 0, TimeSpan.FromHours(8)));
        var publisher = await site.Site.AsRoleAsync(EditorRoles.Publisher);

        var page = await SiteFactory.ParseAsync(await publisher.GetAsync($"/manager/requests/{reference}"));

        Assert.Equal("已逾期1个工作日", page.QuerySelector("[data-days-left] .overdue-mark")!.TextContent);
    }

    internal static async Task<HttpResponseMessage> PostAsync(HttpClient client, string reference, string handler, Dictionary<string, string> fields)
    {
        var page = await SiteFactory.ParseAsync(await client.GetAsync($"/manager/requests/{reference}"));
        fields["__RequestVerificationToken"] = RequestDecisionTests.Antiforgery(page);
        return await client.PostAsync($"/manager/requests/{reference}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    private static async Task<HttpResponseMessage> CorrectAsync(HttpClient browser, string statusPath, string correction)
    {
        var page = await SiteFactory.ParseAsync(await browser.GetAsync(statusPath));
        var form = (IHtmlFormElement)page.QuerySelector("form[data-correction-form]")!;
        var values = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden").ToDictionary(i => i.Name!, i => i.Value);
        values["correction"] = correction;
        return await browser.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(values));
    }
}
