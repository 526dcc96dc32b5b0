using System.Net;
using MimeKit;
using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Tests.Manager;

/// <summary>
/// A publisher can send a change back to its author with a comment (已退回) instead of only publishing or deleting
/// it; the author sees it first in their inbox and by email; publishers hear of submissions and authors of
/// publications by email (issue #18).
/// </summary>
public sealed class ReturnWithCommentTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Form = "main form.stacked-form";

    private static Dictionary<string, string> News(string title, string action) => new()
    {
        ["action"] = action, ["f.title"] = title, ["f.summary"] = "摘要", ["body"] = "园区动态正文。", ["f.date"] = "2026-11-20",
    };

    private List<MimeMessage> MailsAbout(string title)
    {
        var pickup = Path.Combine(site.DataDirectory, "mail-pickup");
        return Directory.Exists(pickup)
            ? Directory.GetFiles(pickup, "*.eml").Select(f => MimeMessage.Load(f)).Where(m => (m.Subject ?? "").Contains(title, StringComparison.Ordinal)).ToList()
            : [];
    }

    private static Guid ItemOf(HttpResponseMessage saved) =>
        Guid.Parse(System.Web.HttpUtility.ParseQueryString(saved.Headers.Location!.OriginalString.Split('?')[1])["item"]!);

    [Fact]
    public async Task A_returned_change_goes_back_to_its_author_with_the_comment_and_leaves_their_list_once_resubmitted()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var publisher = await ManagerClient.AsRoleAsync(site, EditorRoles.Publisher);
        var item = ItemOf(await editor.PostFormAsync("/manager/content/edit?type=news&lang=zh", Form, News("待退回的园区新闻", "submit")));

        var returned = await publisher.PostFormAsync($"/manager/content/edit?item={item}&lang=zh", Form, new()
        {
            ["action"] = "return", ["returnComment"] = "第二段的日期与通知不一致，请核对后再提交。",
        });
        var inbox = await editor.GetPageAsync("/manager");
        var page = await editor.GetPageAsync($"/manager/content/edit?item={item}&lang=zh");
        var publisherInbox = await publisher.GetPageAsync("/manager");

        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Contains("待退回的园区新闻", inbox.QuerySelectorAll("#inbox-returned li a").Select(a => a.TextContent));
        Assert.Contains("第二段的日期与通知不一致", page.QuerySelector("#return-comment")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("已退回", page.QuerySelector("p.status strong")?.TextContent);
        Assert.DoesNotContain("待退回的园区新闻", publisherInbox.QuerySelectorAll("#inbox-waiting li a").Select(a => a.TextContent));
        var mail = Assert.Single(MailsAbout("已退回修改：待退回的园区新闻"));
        Assert.Equal(editor.Email, mail.To.Mailboxes.Single().Address);
        Assert.Contains("第二段的日期与通知不一致", mail.TextBody, StringComparison.Ordinal);

        await editor.PostFormAsync($"/manager/content/edit?item={item}&lang=zh", Form, News("待退回的园区新闻", "submit"));
        var after = await editor.GetPageAsync("/manager");
        var waiting = await publisher.GetPageAsync("/manager");

        Assert.Empty(after.QuerySelectorAll("#inbox-returned li"));
        Assert.Contains("待退回的园区新闻", waiting.QuerySelectorAll("#inbox-waiting li a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Returning_needs_a_comment_and_a_publisher()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var publisher = await ManagerClient.AsRoleAsync(site, EditorRoles.Publisher);
        var item = ItemOf(await editor.PostFormAsync("/manager/content/edit?type=news&lang=zh", Form, News("没有意见不能退回的新闻", "submit")));

        var withoutComment = await publisher.PostFormAsync($"/manager/content/edit?item={item}&lang=zh", Form, new() { ["action"] = "return", ["returnComment"] = "  " });
        var byEditor = await editor.PostFormAsync($"/manager/content/edit?item={item}&lang=zh", Form, new() { ["action"] = "return", ["returnComment"] = "自己退回" });
        var page = await publisher.GetPageAsync($"/manager/content/edit?item={item}&lang=zh");

        Assert.Equal(HttpStatusCode.BadRequest, withoutComment.StatusCode);
        Assert.Contains("退回时请写明意见", (await SiteFactory.ParseAsync(withoutComment)).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, byEditor.StatusCode);
        Assert.StartsWith("/manager/denied", byEditor.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal("待审核", page.QuerySelector("p.status strong")?.TextContent);
    }

    [Fact]
    public async Task Publishers_are_mailed_when_a_change_is_submitted_and_its_author_when_it_is_published()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var publisher = await ManagerClient.AsRoleAsync(site, EditorRoles.Publisher);
        var item = ItemOf(await editor.PostFormAsync("/manager/content/edit?type=news&lang=zh", Form, News("通知审核人的园区新闻", "submit")));

        await publisher.PostFormAsync($"/manager/content/edit?item={item}&lang=zh", Form, new() { ["action"] = "publish" });

        var submitted = Assert.Single(MailsAbout("待审核：通知审核人的园区新闻"));
        Assert.Contains(submitted.To.Mailboxes, m => m.Address == publisher.Email);
        Assert.Contains(submitted.To.Mailboxes, m => m.Address == SiteFactory.AdminEmail);
        Assert.DoesNotContain(submitted.To.Mailboxes, m => m.Address == editor.Email);
        var published = Assert.Single(MailsAbout("已发布：通知审核人的园区新闻"));
        Assert.Equal(editor.Email, published.To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task A_rejection_mail_heads_its_reason_as_a_reason_not_as_a_return_comment_in_both_languages()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var publisher = await ManagerClient.AsRoleAsync(site, EditorRoles.Publisher);
        var item = ItemOf(await editor.PostFormAsync("/manager/content/edit?type=news&lang=zh", Form, News("邮件写明理由的新闻", "submit")));

        await publisher.ConfirmAsync($"/manager/content/edit?item={item}&lang=zh", "reject", new() { ["reason"] = "与已发布的通知重复。" });

        var mail = Assert.Single(MailsAbout("不予采用：邮件写明理由的新闻"));
        Assert.Equal(editor.Email, mail.To.Mailboxes.Single().Address);
        var text = (mail.TextBody ?? "").ReplaceLineEndings("\r\n");
        Assert.Contains("不予采用的理由:\r\n与已发布的通知重复。", text, StringComparison.Ordinal);
        Assert.Contains("Motivo da não aceitação:\r\n与已发布的通知重复。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("退回意见", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Comentário de devolução", text, StringComparison.Ordinal);
    }
}
