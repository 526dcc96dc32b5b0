using System.Net;
using MimeKit;
using PublicSite.Cms.Auditing;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Tests.Applications.Manager;

namespace PublicSite.Web.Tests.InformationRequests;

/// <summary>Decisions of every kind the regulation allows, each with its letter: kept as a PDF, mailed, shown to the applicant.</summary>
public sealed class RequestDecisionTests
{
    [Theory]
    [InlineData("Disclosed", null, null, "予以公开")]
    [InlineData("PartlyDisclosed", "Art15ThirdParty", null, "部分公开")]
    [InlineData("Refused", "Art14StateSecret", null, "不予公开")]
    [InlineData("NotHeld", "NotHeldByOffice", null, "无法提供")]
    [InlineData("NotProcessed", "Repeated", null, "不予处理")]
    [InlineData("CorrectionNeeded", null, "请写明所需补贴信息的年度和区域。", "需要补正")]
    [InlineData("Referred", null, "请向常州市财政局申请，电话0519-00000000。", "转送/告知")]
    public async Task Each_decision_kind_produces_its_letter_kept_as_a_pdf_mailed_and_shown_on_the_status_page(
        string decision, string? ground, string? note, string label)
    {
        using var site = new RequestSite();
        var (reference, statusPath) = await site.FileAsync("zh", RequestSite.NaturalPerson());
        var publisher = await site.Site.AsRoleAsync(EditorRoles.Publisher);

        var sent = await RequestSite.DecideAsync(publisher, reference, decision, ground, note);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var manager = await SiteFactory.ParseAsync(await publisher.GetAsync($"/manager/requests/{reference}"));
        Assert.Contains(decision == "CorrectionNeeded" ? "告知补正" : label, manager.QuerySelector("[data-history]")!.TextContent, StringComparison.Ordinal);
        var status = await SiteFactory.ParseAsync(await site.Browser().GetAsync(statusPath));
        var expectedState = decision == "CorrectionNeeded" ? "等待补正" : label;
        Assert.Equal(expectedState, status.QuerySelector("[data-state]")!.TextContent);
        var letterLink = status.QuerySelector("[data-letter]")!.GetAttribute("href")!;
        var pdf = await site.Browser().GetAsync(letterLink);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var text = RequestSite.PdfText(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains(reference, text, StringComparison.Ordinal);
        Assert.Contains(label, text, StringComparison.Ordinal);

        var mail = site.Mails().Single(m => (m.Subject ?? "").Contains("办理通知", StringComparison.Ordinal));
        Assert.Equal("chan.meiling@example.mo", mail.To.Mailboxes.Single().Address);
        var attachment = (MimePart)mail.Attachments.Single();
        using var attached = new MemoryStream();
        await attachment.Content!.DecodeToAsync(attached);
        Assert.Contains(reference, RequestSite.PdfText(attached.ToArray()), StringComparison.Ordinal);
        Assert.Contains(await site.Site.AuditAsync(), e => e.Action == AuditActions.RequestDecision && e.Subject == reference && e.Details!.StartsWith(decision, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_request_written_in_Portuguese_gets_its_letter_in_Portuguese_whatever_the_managers_language()
    {
        using var site = new RequestSite();
        var (reference, statusPath) = await site.FileAsync("pt", RequestSite.LegalPerson());
        var publisher = await site.Site.AsRoleAsync(EditorRoles.Publisher);

        var composer = await SiteFactory.ParseAsync(await publisher.GetAsync($"/manager/requests/{reference}?decision=Disclosed"));
        var letter = composer.QuerySelector("textarea[name=letter]")!.TextContent;
        Assert.StartsWith("Ex.mo(a) Sr.(a) Sociedade Exemplo, Limitada", letter, StringComparison.Ordinal);
        Assert.Contains("artigo 36.º", letter, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await RequestSite.DecideAsync(publisher, reference, "Disclosed")).StatusCode);

        var status = await SiteFactory.ParseAsync(await site.Browser().GetAsync(statusPath));
        Assert.Equal("Divulgação concedida", status.QuerySelector("[data-state]")!.TextContent);
        var pdf = await site.Browser().GetByteArrayAsync(status.QuerySelector("[data-letter]")!.GetAttribute("href"));
        var text = RequestSite.PdfText(pdf);
        Assert.Contains("Divulgação concedida", text, StringComparison.Ordinal);
        Assert.Contains("Sociedade Exemplo", text, StringComparison.Ordinal);
        Assert.Contains(site.Mails(), m => (m.Subject ?? "").StartsWith("Pedido de divulgação de informações: nova carta", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refusal_needs_a_ground_of_articles_14_to_16_and_a_decided_request_cannot_be_decided_again()
    {
        using var site = new RequestSite();
        var (reference, _) = await site.FileAsync("zh", RequestSite.NaturalPerson());
        var publisher = await site.Site.AsRoleAsync(EditorRoles.Publisher);

        var noGround = await publisher.GetAsync($"/manager/requests/{reference}?decision=Refused");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noGround.StatusCode);
        Assert.Equal("请为该答复类型选择依据。", (await SiteFactory.ParseAsync(noGround)).QuerySelector("[data-error]")!.TextContent.Trim());
        // A ground of another decision kind is no ground for a refusal.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await publisher.GetAsync($"/manager/requests/{reference}?decision=Refused&ground=Repeated")).StatusCode);
        var grounds = (await SiteFactory.ParseAsync(await publisher.GetAsync($"/manager/requests/{reference}")))
            .QuerySelectorAll("select[name=ground] optgroup")[0].QuerySelectorAll("option").Select(o => o.TextContent).ToList();
        Assert.Equal(7, grounds.Count);
        Assert.All(grounds, g => Assert.Matches("第十[四五六]条", g));

        Assert.Equal(HttpStatusCode.Redirect, (await RequestSite.DecideAsync(publisher, reference, "Refused", "Art16Process")).StatusCode);
        var page = await SiteFactory.ParseAsync(await publisher.GetAsync($"/manager/requests/{reference}"));
        Assert.Null(page.QuerySelector("form[data-decide]"));
        var again = await publisher.PostAsync($"/manager/requests/{reference}?handler=decide", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["decision"] = "Disclosed", ["letter"] = "…", ["__RequestVerificationToken"] = Antiforgery(page),
        }));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task An_empty_letter_is_refused_with_the_letter_kept_and_nothing_is_sent()
    {
        using var site = new RequestSite();
        var (reference, _) = await site.FileAsync("zh", RequestSite.NaturalPerson());
        var publisher = await site.Site.AsRoleAsync(EditorRoles.Publisher);

        var response = await RequestSite.DecideAsync(publisher, reference, "Disclosed", letter: "   ");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("答复书不能为空。", (await SiteFactory.ParseAsync(response)).QuerySelector("[data-error]")!.TextContent.Trim());
        Assert.DoesNotContain(site.Mails(), m => (m.Subject ?? "").Contains("办理通知", StringComparison.Ordinal));
    }

    internal static string Antiforgery(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
}
