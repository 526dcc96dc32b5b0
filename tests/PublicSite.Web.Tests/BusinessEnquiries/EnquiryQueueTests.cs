using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Auditing;
using PublicSite.Web.Features.BusinessEnquiries;
using PublicSite.Web.Features.BusinessEnquiries.Data;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Tests.Applications;
using PublicSite.Web.Tests.Applications.Manager;
using PublicSite.Web.Tests.Manager;

namespace PublicSite.Web.Tests.BusinessEnquiries;

/// <summary>The manager's queue of enterprises' enquiries through HTTP: who may see and act, the 5-working-day target, the reply mail, the audit.</summary>
public sealed class EnquiryQueueTests
{
    [Theory]
    [InlineData(EditorRoles.Editor)]
    [InlineData(EditorRoles.Publisher)]
    [InlineData(EditorRoles.Administrator)]
    public async Task Every_manager_role_sees_the_queue_and_the_enquiry(string role)
    {
        using var site = new ApplicationSite();
        var reference = await site.SendEnquiryAsync();
        var client = await site.AsRoleAsync(role);

        var queue = await client.GetAsync("/manager/enquiries");
        var detail = await client.GetAsync($"/manager/enquiries/{reference}");

        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        Assert.Contains(reference, await queue.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.NotEmpty((await SiteFactory.ParseAsync(await client.GetAsync("/manager"))).QuerySelectorAll("nav a[href='/manager/enquiries']"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("assign")]
    [InlineData("reply")]
    [InlineData("close")]
    public async Task Anonymous_readers_are_sent_to_sign_in_for_every_screen_and_step_and_nothing_changes(string handler)
    {
        using var site = new ApplicationSite();
        var reference = await site.SendEnquiryAsync();
        var path = $"/manager/enquiries/{reference}" + (handler == "" ? "" : "?handler=" + handler);

        var responses = new[]
        {
            await site.Browser().GetAsync("/manager/enquiries"),
            handler == "" ? await site.Browser().GetAsync(path)
                : await site.Browser().PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["assignee"] = SiteFactory.AdminEmail, ["reply"] = "x" })),
        };

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/manager/sign-in", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        }
        Assert.Equal(EnquiryStatus.Received, (await StoredAsync(site, reference)).Status);
        Assert.Single(site.Mails());
    }

    [Theory]
    [InlineData("assign")]
    [InlineData("reply")]
    [InlineData("close")]
    public async Task A_step_posted_without_the_antiforgery_token_is_refused_and_changes_nothing(string handler)
    {
        using var site = new ApplicationSite();
        var reference = await site.SendEnquiryAsync();
        var editor = await site.AsRoleAsync(EditorRoles.Editor);

        var response = await editor.PostAsync($"/manager/enquiries/{reference}?handler={handler}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["assignee"] = SiteFactory.AdminEmail, ["reply"] = "Resposta." }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var stored = await StoredAsync(site, reference);
        Assert.Equal(EnquiryStatus.Received, stored.Status);
        Assert.Empty(stored.Steps);
        Assert.DoesNotContain(await site.AuditAsync(), e => e.Subject == reference);
    }

    [Fact]
    public async Task The_queue_counts_five_working_days_in_Changzhou_and_marks_an_unanswered_enquiry_overdue_in_red()
    {
        using var site = new ApplicationSite();
        // Tuesday 1 December 2026, 10:00 in Changzhou: the target is Tuesday 8 December.
        var reference = await site.SendEnquiryAsync();
        var editor = await site.AsRoleAsync(EditorRoles.Editor);

        var row = (await SiteFactory.ParseAsync(await editor.GetAsync("/manager/enquiries"))).QuerySelector($"tr[data-reference='{reference}']")!;
        Assert.Equal("2026-12-08", row.QuerySelector("[data-due]")!.TextContent);
        Assert.Equal("5", row.QuerySelector("[data-days-left]")!.TextContent.Trim());
        Assert.Equal("已收到", row.QuerySelector("[data-status]")!.TextContent);
        Assert.DoesNotContain("overdue", row.ClassName ?? "", StringComparison.Ordinal);

        site.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 8, 16, 59, 0, TimeSpan.FromHours(8)));
        editor = await site.AsRoleAsync(EditorRoles.Editor);
        row = (await SiteFactory.ParseAsync(await editor.GetAsync("/manager/enquiries"))).QuerySelector($"tr[data-reference='{reference}']")!;
        Assert.Equal("0", row.QuerySelector("[data-days-left]")!.TextContent.Trim());

        // Wednesday 9 December: one working day late.
        site.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 9, 9, 0, 0, TimeSpan.FromHours(8)));
        editor = await site.AsRoleAsync(EditorRoles.Editor);
        row = (await SiteFactory.ParseAsync(await editor.GetAsync("/manager/enquiries"))).QuerySelector($"tr[data-reference='{reference}']")!;
        Assert.Contains("overdue", row.ClassName ?? "", StringComparison.Ordinal);
        Assert.Equal("已逾期1个工作日", row.QuerySelector("[data-days-left] .overdue-mark")!.TextContent);
    }

    [Fact]
    public async Task An_enquiry_after_office_hours_on_a_Friday_counts_from_Monday()
    {
        using var site = new ApplicationSite();
        site.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 4, 18, 30, 0, TimeSpan.FromHours(8)));
        var reference = await site.SendEnquiryAsync();
        var editor = await site.AsRoleAsync(EditorRoles.Editor);

        var row = (await SiteFactory.ParseAsync(await editor.GetAsync("/manager/enquiries"))).QuerySelector($"tr[data-reference='{reference}']")!;

        // Received Monday 7 December; five working days later is Monday 14 December.
        Assert.Equal("2026-12-14", row.QuerySelector("[data-due]")!.TextContent);
    }

    [Fact]
    public async Task An_editor_assigns_replies_by_email_in_the_enquirers_language_and_closes_and_each_step_is_kept_and_audited()
    {
        using var site = new ApplicationSite();
        var reference = await site.SendEnquiryAsync("pt");
        var publisher = await site.CreateReviewerAsync(EditorRoles.Publisher);
        var editorName = await site.CreateReviewerAsync(EditorRoles.Editor);
        var editor = new ManagerClient(await site.SignInAsync(editorName));
        var detail = $"/manager/enquiries/{reference}";

        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync(detail, "#assign-form", new() { ["assignee"] = publisher })).StatusCode);
        const string reply = "Cara Maria da Silva, as empresas instaladas no parque podem candidatar-se aos apoios municipais. <b>Obrigado</b>";
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync(detail, "#reply-form", new() { ["reply"] = reply })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync(detail, "#close-form", [])).StatusCode);

        var mail = site.Mails().Single(m => m.Subject!.StartsWith("Resposta", StringComparison.Ordinal));
        Assert.Equal($"Resposta ao pedido de informações {reference}", mail.Subject);
        Assert.Equal("maria.silva@example.pt", mail.To.Mailboxes.Single().Address);
        Assert.Contains(reply, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Caro(a) Maria da Silva,", mail.TextBody, StringComparison.Ordinal);

        var stored = await StoredAsync(site, reference);
        Assert.Equal(EnquiryStatus.Closed, stored.Status);
        Assert.Equal(publisher, stored.AssignedTo);
        Assert.Equal([EnquiryStatus.Assigned, EnquiryStatus.Answered, EnquiryStatus.Closed], stored.Steps.OrderBy(s => s.Id).Select(s => s.Status));
        Assert.DoesNotContain(stored.Steps, s => s.ReplyEncrypted?.Contains("Obrigado", StringComparison.Ordinal) == true);

        var page = await editor.Http.GetAsync(detail);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("&lt;b&gt;Obrigado&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Empty((await SiteFactory.ParseAsync(page)).QuerySelectorAll("#reply-form"));

        var audit = (await site.AuditAsync()).Where(e => e.Subject == reference).ToList();
        Assert.Equal([AuditActions.EnquiryAssigned, AuditActions.EnquiryReplied, AuditActions.EnquiryClosed], audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.Equal(editorName, e.Actor));
        Assert.Equal(publisher, audit[0].Details);
    }

    [Fact]
    public async Task A_closed_enquiry_takes_no_more_replies_and_an_empty_reply_or_an_unknown_assignee_is_refused()
    {
        using var site = new ApplicationSite();
        var reference = await site.SendEnquiryAsync("zh");
        var editor = new ManagerClient(await site.AsRoleAsync(EditorRoles.Editor));
        var detail = $"/manager/enquiries/{reference}";

        await editor.PostFormAsync(detail, "#reply-form", new() { ["reply"] = "   " });
        await editor.PostFormAsync(detail, "#assign-form", new() { ["assignee"] = "someone@example.com" });
        var refused = await editor.GetPageAsync(detail);
        Assert.Equal("已收到", refused.QuerySelector("[data-status]")!.TextContent);
        var form = await editor.GetPageAsync(detail);
        var token = form.QuerySelector("#reply-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await editor.PostFormAsync(detail, "#close-form", []);
        // A reply form still open in another tab, posted after the close.
        var late = await editor.Http.PostAsync(detail + "?handler=reply", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["reply"] = "Tarde demais.",
        }));
        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        Assert.Equal("操作未执行：请检查填写内容，已关闭的咨询不能再办理。", (await editor.GetPageAsync(detail)).QuerySelector("[data-message]")!.TextContent);

        Assert.Single(site.Mails());
        Assert.Equal([AuditActions.EnquiryClosed], (await site.AuditAsync()).Where(e => e.Subject == reference).Select(e => e.Action));
    }

    [Fact]
    public async Task The_enquiry_page_masks_email_and_phone_and_shows_the_question_as_text()
    {
        using var site = new ApplicationSite();
        var reference = await site.SendEnquiryAsync();
        var editor = await site.AsRoleAsync(EditorRoles.Editor);

        var response = await editor.GetAsync($"/manager/enquiries/{reference}");
        var html = await response.Content.ReadAsStringAsync();
        var page = await SiteFactory.ParseAsync(response);

        Assert.Equal("m**********@example.pt", page.QuerySelector("[data-email]")!.TextContent);
        Assert.Equal("••• 678", page.QuerySelector("[data-phone]")!.TextContent);
        Assert.DoesNotContain("maria.silva@example.pt", html, StringComparison.Ordinal);
        Assert.DoesNotContain("912 345", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Equal(EnquirySite.Question, page.QuerySelector("[data-question]")!.TextContent);
    }

    [Fact]
    public async Task The_purge_deletes_an_enquirys_history_and_replies_with_it()
    {
        using var site = new ApplicationSite();
        var reference = await site.SendEnquiryAsync();
        var editor = new ManagerClient(await site.AsRoleAsync(EditorRoles.Editor));
        await editor.PostFormAsync($"/manager/enquiries/{reference}", "#reply-form", new() { ["reply"] = "Resposta." });

        site.Clock.Advance(TimeSpan.FromDays(366));
        await using var scope = site.Factory.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<EnquiryPurge>().PurgeAsync(CancellationToken.None));
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<BusinessEnquiriesDbContext>().Steps.CountAsync());
    }

    private static async Task<BusinessEnquiry> StoredAsync(ApplicationSite site, string reference)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BusinessEnquiriesDbContext>().Enquiries.AsNoTracking().Include(e => e.Steps)
            .SingleAsync(e => e.ReferenceNumber == reference);
    }
}
