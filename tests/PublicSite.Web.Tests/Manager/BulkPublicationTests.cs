using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Auditing;
using PublicSite.Cms.Data;
using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Tests.Manager;

/// <summary>"Publish selected" in the review queue: four-eyes checked per item on the server, whatever the form says.</summary>
public sealed class BulkPublicationTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Form = "main form.stacked-form";

    private static async Task SubmitNewsAsync(ManagerClient author, string title) =>
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync("/manager/content/edit?type=news&lang=zh", Form, new()
        {
            ["action"] = "submit", ["f.title"] = title, ["body"] = "正文", ["f.date"] = "2026-11-20",
        })).StatusCode);

    private Task<Guid> VariantAsync(string title) =>
        site.WithServicesAsync(s => s.GetRequiredService<CmsDbContext>().Variants.Where(v => v.Title == title).Select(v => v.Id).SingleAsync());

    /// <summary>Posts the queue's form with <paramref name="variants"/> ticked, the token taken from <paramref name="tokenPage"/>'s first form.</summary>
    private static async Task<HttpResponseMessage> PublishSelectedAsync(ManagerClient client, IEnumerable<Guid> variants, string tokenPage = "/manager")
    {
        var page = await client.GetPageAsync(tokenPage);
        var token = page.QuerySelectorAll("form input[name=__RequestVerificationToken]").OfType<IHtmlInputElement>().First().Value;
        var fields = variants.Select(v => new KeyValuePair<string, string>("variant", v.ToString()))
            .Append(new("__RequestVerificationToken", token));
        return await client.Http.PostAsync("/manager?handler=PublishSelected", new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task A_publisher_publishes_the_ticked_changes_of_others_and_not_their_own_even_when_the_form_is_forged()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var publisher = await ManagerClient.AsRoleAsync(site, EditorRoles.Publisher);
        await SubmitNewsAsync(editor, "批量发布的第一条新闻");
        await SubmitNewsAsync(editor, "批量发布的第二条新闻");
        await SubmitNewsAsync(publisher, "发布员自己提交待批量发布的新闻");
        var queue = await publisher.GetPageAsync("/manager");
        var ticked = queue.QuerySelectorAll("#inbox-waiting input[name=variant]").OfType<IHtmlInputElement>()
            .Where(box => box.ParentElement!.TextContent.Contains("批量发布的", StringComparison.Ordinal)).Select(box => Guid.Parse(box.Value)).ToList();
        Assert.Equal(2, ticked.Count);

        // The publisher's own change is not in the queue; a forged form adds it anyway.
        var response = await PublishSelectedAsync(publisher, ticked.Append(await VariantAsync("发布员自己提交待批量发布的新闻")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var result = await publisher.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("已发布 2 项；1 项未发布（已被他人处理，或是您本人的修改）。", result.QuerySelector("p[role=status]")?.TextContent);
        var news = await site.Browser().GetStringAsync("/zh/news");
        Assert.Contains("批量发布的第一条新闻", news, StringComparison.Ordinal);
        Assert.Contains("批量发布的第二条新闻", news, StringComparison.Ordinal);
        Assert.DoesNotContain("发布员自己提交待批量发布的新闻", news, StringComparison.Ordinal);
        var published = await site.WithServicesAsync(s => s.GetRequiredService<AuditTrail>().Entries
            .Where(e => e.Actor == publisher.Email && e.Action == AuditActions.Publish).Select(e => e.Details).ToListAsync());
        Assert.Equal(["批量发布的第一条新闻", "批量发布的第二条新闻"], published.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_editor_posting_the_queue_form_is_refused_and_nothing_is_published()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var other = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        await SubmitNewsAsync(other, "编辑无权批量发布的新闻");

        var response = await PublishSelectedAsync(editor, [await VariantAsync("编辑无权批量发布的新闻")], "/manager/content/edit?type=news&lang=zh");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/manager/denied", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("编辑无权批量发布的新闻", await site.Browser().GetStringAsync("/zh/news"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_forms_token_is_refused()
    {
        var publisher = await ManagerClient.AsRoleAsync(site, EditorRoles.Publisher);
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        await SubmitNewsAsync(editor, "无令牌批量发布的新闻");

        var response = await publisher.Http.PostAsync("/manager?handler=PublishSelected",
            new FormUrlEncodedContent([new("variant", (await VariantAsync("无令牌批量发布的新闻")).ToString())]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("无令牌批量发布的新闻", await site.Browser().GetStringAsync("/zh/news"), StringComparison.Ordinal);
    }
}
