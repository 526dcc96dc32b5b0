using System.Net;
using System.Text;
using PublicSite.Cms.Auditing;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Tests.Applications.Manager;
using PublicSite.Web.Tests.Manager;

namespace PublicSite.Web.Tests.EventRegistrations;

/// <summary>The registrations in the manager: who may see them, the CSV export, the message to all registrants.</summary>
public sealed class RegistrationManagerTests
{
    public static TheoryData<string> Screens() =>
    [
        "/manager/events",
        $"/manager/events/{EventSite.Key}",
        $"/manager/events/{EventSite.Key}?handler=export",
    ];

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Anonymous_readers_are_sent_to_sign_in_and_every_manager_role_may_open_the_screen(string path)
    {
        using var site = EventSite.Open();
        await site.RegisterAsync(EventSite.Valid());

        var anonymous = await site.Browser().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/manager/sign-in", anonymous.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        foreach (var role in EditorRoles.All)
        {
            Assert.Equal(HttpStatusCode.OK, (await (await site.AsRoleAsync(role)).GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task A_message_to_all_registrants_is_refused_to_anonymous_readers_and_posts_without_the_token()
    {
        using var site = EventSite.Open();
        await site.RegisterAsync(EventSite.Valid());
        var path = $"/manager/events/{EventSite.Key}?handler=message";
        using var body = new FormUrlEncodedContent(new Dictionary<string, string> { ["message"] = "Olá" });

        var anonymous = await site.Browser().PostAsync(path, body);
        var withoutToken = await (await site.AsRoleAsync(EditorRoles.Editor)).PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["message"] = "Olá" }));

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/manager/sign-in", anonymous.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Single(site.Mails());
    }

    [Fact]
    public async Task The_export_is_utf8_with_a_byte_order_mark_lists_the_participants_and_is_audited()
    {
        using var site = EventSite.Open();
        var fields = EventSite.Valid("=Fórmula, Lda.");
        fields["Form.Participants[1].Name"] = "陈美玲";
        fields["Form.Participants[1].Role"] = "Intérprete";
        await site.RegisterAsync(fields, interests: ["Cultura e turismo"]);
        var editor = await site.CreateReviewerAsync(EditorRoles.Editor);

        var response = await (await site.SignInAsync(editor)).GetAsync($"/manager/events/{EventSite.Key}?handler=export");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("\"报名编号\",\"状态\",\"报名时间\",\"企业名称\",\"国家或地区\",\"联系人姓名\",\"电子邮箱\",\"电话\",\"名额\",\"参会人员\",\"一对一洽谈意向\",\"语言\"", lines[0]);
        var row = Assert.Single(lines[1..]);
        Assert.Contains("\"已确认\",\"2026-04-09 10:00\",\"'=Fórmula, Lda.\",\"Portugal\",\"Ana Costa\",\"ana.costa@example.pt\",\"••• 111\",\"2\"", row, StringComparison.Ordinal);
        Assert.Contains("\"Ana Costa (Directora comercial); 陈美玲 (Intérprete)\",\"Cultura e turismo\",\"pt-PT\"", row, StringComparison.Ordinal);
        var audit = Assert.Single(await site.AuditAsync(), e => e.Action == AuditActions.Export);
        Assert.Equal(editor, audit.Actor);
        Assert.Equal($"events/{EventSite.Key}", audit.Subject);
    }

    [Fact]
    public async Task A_message_reaches_every_registrant_in_their_language_waiting_list_included_and_is_audited()
    {
        using var site = EventSite.Open();
        await site.FillSeatsAsync(EventSite.Capacity - 1);
        await site.RegisterAsync(EventSite.Valid("Confirmada, Lda."));
        var zh = EventSite.Valid("澳门某贸易有限公司");
        zh["Form.Email"] = "chan@example.mo";
        await site.RegisterAsync(zh, EventSite.PageZh);
        var editor = new ManagerClient(await site.AsRoleAsync(EditorRoles.Editor));

        var sent = await editor.PostFormAsync($"/manager/events/{EventSite.Key}", "#message-form", new() { ["message"] = "O autocarro parte às 08:30." });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var messages = site.Mails().Where(m => m.TextBody?.Contains("O autocarro parte às 08:30.", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(["ana.costa@example.pt", "chan@example.mo", "grupo@example.mo"], messages.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.Contains(messages, m => m.Subject == "活动通知：2026葡语国家企业与苏澳合作园区对接会");
        Assert.Contains(messages, m => m.Subject == "Informação sobre o evento: Encontro 2026 entre Empresas dos Países de Língua Portuguesa e o Parque de Cooperação Jiangsu-Macau");
        Assert.Single(await site.AuditAsync(), e => e.Action == AuditActions.EventMessage);
    }
}
