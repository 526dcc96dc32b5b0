using System.Net;
using System.Text.RegularExpressions;
using MimeKit;
using PublicSite.Cms.Auditing;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Tests.Applications;

namespace PublicSite.Web.Tests.Applications.Manager;

public sealed partial class StatusFlowTests
{
    private const string Call = "2027-summer-internship";

    private static async Task<HttpResponseMessage> ChangeAsync(HttpClient reviewer, string detail, string status, string note)
    {
        var token = Token().Match(await reviewer.GetStringAsync(detail)).Groups[1].Value;
        return await reviewer.PostAsync(detail, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["status"] = status, ["note"] = note,
        }));
    }

    private static IReadOnlyList<MimeMessage> Mails(ApplicationSite site) =>
        [.. Directory.GetFiles(site.MailPickup, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f))];

    [Fact]
    public async Task The_applicant_sees_each_step_with_its_date_and_is_emailed_in_their_language_at_each_change()
    {
        using var site = new ApplicationSite();
        var (reference, statusPath) = await site.ApplyValidAsync(ApplicationSite.InternshipPt);
        var publisher = await site.CreateReviewerAsync(EditorRoles.Publisher);
        var detail = $"/manager/applications/{Call}/{reference}";

        site.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(HttpStatusCode.Redirect, (await ChangeAsync(await site.SignInAsync(publisher), detail, "UnderReview", "")).StatusCode);
        site.Clock.Advance(TimeSpan.FromDays(10));
        Assert.Equal(HttpStatusCode.Redirect, (await ChangeAsync(await site.SignInAsync(publisher), detail, "Shortlisted", "Entrevista em 20 de Maio, às 10h00.")).StatusCode);
        site.Clock.Advance(TimeSpan.FromDays(20));
        Assert.Equal(HttpStatusCode.Redirect, (await ChangeAsync(await site.SignInAsync(publisher), detail, "Accepted", "Bem-vinda a Changzhou!")).StatusCode);

        var page = await SiteFactory.ParseAsync(await site.Browser().GetAsync(statusPath));
        Assert.Equal("Admitida", page.QuerySelector("[data-status]")!.TextContent);
        var steps = page.QuerySelectorAll(".status-steps li").Select(li => li.TextContent.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        Assert.Equal(["Enviada", "1 de Dezembro de 2026, 10:00 (hora de Pequim)"], steps[0]);
        Assert.Equal(["Em apreciação", "4 de Dezembro de 2026, 10:00 (hora de Pequim)"], steps[1]);
        Assert.Equal(["Pré-seleccionada", "14 de Dezembro de 2026, 10:00 (hora de Pequim)", "Observações: Entrevista em 20 de Maio, às 10h00."], steps[2]);
        Assert.Equal(["Admitida", "3 de Janeiro de 2027, 10:00 (hora de Pequim)", "Observações: Bem-vinda a Changzhou!"], steps[3]);

        var mails = Mails(site);
        Assert.Equal(4, mails.Count);
        Assert.All(mails.Skip(1), m => Assert.Equal($"Actualização da candidatura {reference}", m.Subject));
        Assert.Contains("passou a: Admitida", mails[3].TextBody, StringComparison.Ordinal);
        Assert.Contains("Bem-vinda a Changzhou!", mails[3].TextBody, StringComparison.Ordinal);
        Assert.Contains(statusPath.Replace("&submitted=1", "", StringComparison.Ordinal), mails[3].TextBody, StringComparison.Ordinal);
        Assert.Equal(["UnderReview", "Shortlisted", "Accepted"],
            (await site.AuditAsync()).Where(e => e.Action == AuditActions.ApplicationStatus && e.Actor == publisher && e.Subject == reference).Select(e => e.Details));
    }

    [Fact]
    public async Task A_decision_is_final_and_steps_cannot_be_skipped()
    {
        using var site = new ApplicationSite();
        var (reference, statusPath) = await site.ApplyValidAsync(ApplicationSite.InternshipZh);
        var reviewer = await site.AsRoleAsync(EditorRoles.Administrator);
        var detail = $"/manager/applications/{Call}/{reference}";

        await ChangeAsync(reviewer, detail, "Accepted", "跳过审核");
        Assert.Contains("无法更改为该状态", (await reviewer.GetStringAsync(detail)), StringComparison.Ordinal);
        await ChangeAsync(reviewer, detail, "NotAccepted", "名额已满");
        await ChangeAsync(reviewer, detail, "UnderReview", "");

        var page = await SiteFactory.ParseAsync(await site.Browser().GetAsync(statusPath));
        Assert.Equal("未录取", page.QuerySelector("[data-status]")!.TextContent);
        Assert.Contains("已有录取结果", await reviewer.GetStringAsync(detail), StringComparison.Ordinal);
        Assert.Equal(2, Mails(site).Count);
    }

    [Fact]
    public async Task Reviewers_see_ID_and_phone_masked_and_can_download_the_CV()
    {
        using var site = new ApplicationSite();
        var (reference, _) = await site.ApplyValidAsync(ApplicationSite.InternshipZh);
        var publisher = await site.CreateReviewerAsync(EditorRoles.Publisher);
        var reviewer = await site.SignInAsync(publisher);
        var detail = $"/manager/applications/{Call}/{reference}";

        var page = await SiteFactory.ParseAsync(await reviewer.GetAsync(detail));
        var cv = await reviewer.GetAsync(detail + "?handler=cv");

        Assert.Equal("M1*****78", page.QuerySelector("[data-id-number]")!.TextContent);
        Assert.Equal("+853 66****56", page.QuerySelector("[data-phone]")!.TextContent);
        Assert.DoesNotContain("M12345678", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("application/pdf", cv.Content.Headers.ContentType!.MediaType);
        Assert.Equal(TinyPdf.Bytes(), await cv.Content.ReadAsByteArrayAsync());
        Assert.Contains(await site.AuditAsync(), e => e.Action == AuditActions.Export && e.Subject == reference && e.Details == "CV" && e.Actor == publisher);
    }

    [Fact]
    public async Task The_queue_filters_by_status_and_finds_by_name_or_reference()
    {
        using var site = new ApplicationSite();
        var (first, _) = await site.ApplyValidAsync(ApplicationSite.InternshipZh);
        site.Clock.Advance(TimeSpan.FromMinutes(5));
        var (second, _) = await site.ApplyValidAsync(ApplicationSite.InternshipZh, f => { f["Form.IdNumber"] = "H11112222"; f["Form.FullName"] = "Pedro Leong"; });
        var reviewer = await site.AsRoleAsync(EditorRoles.Publisher);
        await ChangeAsync(reviewer, $"/manager/applications/{Call}/{second}", "UnderReview", "");

        async Task<List<string>> ReferencesAsync(string query) =>
            (await SiteFactory.ParseAsync(await reviewer.GetAsync($"/manager/applications/{Call}{query}")))
                .QuerySelectorAll("tbody th a").Select(a => a.TextContent).ToList();

        Assert.Equal([second, first], await ReferencesAsync(""));
        Assert.Equal([second], await ReferencesAsync("?status=UnderReview"));
        Assert.Equal([first], await ReferencesAsync("?status=Submitted"));
        Assert.Equal([second], await ReferencesAsync("?q=leong"));
        Assert.Equal([first], await ReferencesAsync("?q=美玲"));
        Assert.Equal([first], await ReferencesAsync("?q=" + first.ToLowerInvariant()));
        Assert.Empty(await ReferencesAsync("?q=%25"));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
