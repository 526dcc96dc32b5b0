using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;
using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Tests.Manager;

/// <summary>
/// Issue #18, review actions, autosave and compare: autosave keeps one working copy per editor out of the history;
/// reject is final; destructive actions happen only after their confirmation; withdrawing one language asks about
/// the others; the compare reads like a document.
/// </summary>
public sealed class ReviewActionsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Form = "main form.stacked-form";

    private static Dictionary<string, string> News(string title, string action, string body = "园区动态正文。") => new()
    {
        ["action"] = action, ["f.title"] = title, ["f.summary"] = "摘要", ["body"] = body, ["f.date"] = "2026-11-20",
    };

    private static string EditPath(HttpResponseMessage saved) => saved.Headers.Location!.OriginalString.Split("&done=")[0];

    private static Guid ItemOf(string editPath) => Guid.Parse(System.Web.HttpUtility.ParseQueryString(editPath.Split('?')[1])["item"]!);

    private Task<T> WithDbAsync<T>(Func<CmsDbContext, Task<T>> query) => site.WithServicesAsync(s => query(s.GetRequiredService<CmsDbContext>()));

    /// <summary>A news item live in both languages, written by someone else (four-eyes never decides these cases).</summary>
    private Task<Guid> LiveInBothLanguagesAsync(string title) => site.WithServicesAsync(async s =>
    {
        var content = s.GetRequiredService<ContentService>();
        var zh = await content.SaveAsync(new ContentEdit
        {
            TypeKey = "news", Language = "zh-CN", Title = title, Fields = new NewsArticle { Date = new DateOnly(2026, 11, 1) },
        }, "someone-else@gaob.example.gov.cn", null, default);
        var pt = await content.SaveAsync(new ContentEdit
        {
            ItemId = zh.ItemId, TypeKey = "news", Language = "pt-PT", Title = "Notícia " + title, Fields = new NewsArticle { Date = new DateOnly(2026, 11, 1) },
        }, "someone-else@gaob.example.gov.cn", null, default);
        await content.PublishAsync(zh.Id, "someone-else@gaob.example.gov.cn", null, null, default);
        await content.PublishAsync(pt.Id, "someone-else@gaob.example.gov.cn", null, null, default);
        return zh.ItemId;
    });

    private static async Task<HttpResponseMessage> AutosaveAsync(ManagerClient client, string editPath, Guid variant, string title, string body)
    {
        var page = await client.GetPageAsync(editPath);
        var token = page.QuerySelector("main form.stacked-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.Http.PostAsync($"/manager/content/autosave?variant={variant}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["f.title"] = title, ["f.summary"] = "摘要", ["body"] = body, ["f.date"] = "2026-11-20",
        }));
    }

    [Fact]
    public async Task Autosave_keeps_one_working_copy_out_of_the_history_and_the_editor_is_offered_to_restore_it()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var path = EditPath(await editor.PostFormAsync("/manager/content/edit?type=news&lang=zh", Form, News("自动保存测试新闻", "save")));
        var variant = await WithDbAsync(db => db.Variants.Where(v => v.ItemId == ItemOf(path)).Select(v => v.Id).SingleAsync());

        var first = await AutosaveAsync(editor, path, variant, "自动保存测试新闻", "第一次自动保存。");
        var second = await AutosaveAsync(editor, path, variant, "自动保存测试新闻（改）", "第二次自动保存。");
        var stored = await WithDbAsync(db => db.Revisions.AsNoTracking().Where(r => r.VariantId == variant).ToListAsync());
        var saved = await WithDbAsync(db => db.Variants.AsNoTracking().SingleAsync(v => v.Id == variant));
        var history = await editor.GetPageAsync($"/manager/content/revisions?variant={variant}");
        var offer = await editor.GetPageAsync(path);
        var restored = await editor.GetPageAsync(path + "&autosave=restore");

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (first.StatusCode, second.StatusCode));
        var copy = Assert.Single(stored, r => r.Kind == RevisionKinds.Autosave);
        Assert.Contains("第二次自动保存", copy.Snapshot, StringComparison.Ordinal);
        Assert.Single(stored, r => r.Kind == null);
        Assert.Equal(("自动保存测试新闻", "园区动态正文。"), (saved.Title, saved.Body));
        Assert.Single(history.QuerySelectorAll("table.revision-list tbody tr"));
        Assert.NotNull(offer.QuerySelector(".autosave-offer"));
        Assert.Equal("第二次自动保存。", restored.QuerySelector("#field-body")?.TextContent);
        Assert.Equal("自动保存测试新闻（改）", (restored.QuerySelector("#field-title") as IHtmlInputElement)?.Value);

        await editor.PostFormAsync(path, Form, News("自动保存测试新闻（改）", "save", "第二次自动保存。"));
        Assert.Equal(0, await WithDbAsync(db => db.Revisions.CountAsync(r => r.VariantId == variant && r.Kind == RevisionKinds.Autosave)));
        Assert.Null((await editor.GetPageAsync(path)).QuerySelector(".autosave-offer"));
    }

    [Fact]
    public async Task Autosave_of_a_live_page_changes_neither_the_public_text_nor_a_pending_change()
    {
        var item = await LiveInBothLanguagesAsync("自动保存不影响线上");
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var path = $"/manager/content/edit?item={item}&lang=zh";
        var variant = await WithDbAsync(db => db.Variants.Where(v => v.ItemId == item && v.Language == "zh-CN").Select(v => v.Id).SingleAsync());

        await AutosaveAsync(editor, path, variant, "被自动保存的新标题", "未经审核的正文");
        var live = await WithDbAsync(db => db.Variants.AsNoTracking().SingleAsync(v => v.Id == variant));

        Assert.Equal(("自动保存不影响线上", VariantState.Published, null), (live.Title, live.State, live.PendingEdit));
    }

    [Fact]
    public async Task A_rejected_submission_is_final_with_its_reason_and_the_author_cannot_resubmit_it()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var publisher = await ManagerClient.AsRoleAsync(site, EditorRoles.Publisher);
        var path = EditPath(await editor.PostFormAsync("/manager/content/edit?type=news&lang=zh", Form, News("将不予采用的新闻", "submit")));

        var withoutReason = await publisher.ConfirmAsync(path, "reject", new() { ["reason"] = " " });
        var rejected = await publisher.ConfirmAsync(path, "reject", new() { ["reason"] = "与已发布的通知重复。" });
        var page = await editor.GetPageAsync(path);
        var resubmit = await editor.PostFormAsync(path, Form, News("将不予采用的新闻", "submit"));

        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Contains("请写明理由", (await SiteFactory.ParseAsync(withoutReason)).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal("不予采用", page.QuerySelector("p.status strong")?.TextContent);
        Assert.Contains("与已发布的通知重复", page.QuerySelector("#return-comment")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("button[value=submit]"));
        Assert.Equal(HttpStatusCode.BadRequest, resubmit.StatusCode);
        Assert.Equal(VariantState.Rejected, await WithDbAsync(db => db.Variants.Where(v => v.ItemId == ItemOf(path)).Select(v => v.State).SingleAsync()));
    }

    [Theory]
    [InlineData("delete")]
    [InlineData("withdraw")]
    public async Task A_destructive_post_that_skips_the_confirmation_does_nothing(string action)
    {
        var item = await LiveInBothLanguagesAsync("伪造请求测试" + action);
        var publisher = await ManagerClient.AsRoleAsync(site, EditorRoles.Publisher);
        var path = $"/manager/content/edit?item={item}&lang=zh";

        var forged = await publisher.PostFormAsync(path, Form, new() { ["action"] = action });
        var edit = await publisher.GetPageAsync(path);
        var state = await WithDbAsync(db => db.Items.AsNoTracking().Include(i => i.Variants).SingleAsync(i => i.Id == item));

        Assert.StartsWith("/manager/content/confirm?", forged.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Null(state.DeletedAt);
        Assert.All(state.Variants, v => Assert.Equal(VariantState.Published, v.State));
        Assert.Null(edit.QuerySelector($"button[value={action}]"));
        Assert.NotNull(edit.QuerySelector($"a.button--danger[href*='act={action}']"));
    }

    [Fact]
    public async Task Withdrawing_one_language_lists_the_other_live_language_and_withdraws_only_what_was_chosen()
    {
        var one = await LiveInBothLanguagesAsync("只撤回中文的新闻");
        var both = await LiveInBothLanguagesAsync("两种语言都撤回的新闻");
        var publisher = await ManagerClient.AsRoleAsync(site, EditorRoles.Publisher);

        var prompt = await publisher.GetPageAsync($"/manager/content/confirm?item={one}&lang=zh&act=withdraw");
        await publisher.ConfirmAsync($"/manager/content/edit?item={one}&lang=zh", "withdraw", new() { ["scope"] = "this" });
        await publisher.ConfirmAsync($"/manager/content/edit?item={both}&lang=zh", "withdraw", new() { ["scope"] = "all" });
        var states = await WithDbAsync(db => db.Variants.AsNoTracking().Where(v => v.ItemId == one || v.ItemId == both)
            .Select(v => new { v.ItemId, v.Language, v.State }).ToListAsync());

        Assert.Contains("Notícia 只撤回中文的新闻", prompt.QuerySelector(".other-live")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(["this", "all"], prompt.QuerySelectorAll("form.confirm-form button[name=scope]").Select(b => b.GetAttribute("value")));
        Assert.Equal(VariantState.Withdrawn, states.Single(s => s.ItemId == one && s.Language == "zh-CN").State);
        Assert.Equal(VariantState.Published, states.Single(s => s.ItemId == one && s.Language == "pt-PT").State);
        Assert.All(states.Where(s => s.ItemId == both), s => Assert.Equal(VariantState.Withdrawn, s.State));
    }

    [Fact]
    public async Task The_compare_labels_fields_in_the_editors_language_and_marks_the_changed_words()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var path = EditPath(await editor.PostFormAsync("/manager/content/edit?type=news&lang=zh", Form, News("对比测试新闻", "save", "园区召开工作会议。A Direcção aprovou o projecto.")));
        await editor.PostFormAsync(path, Form, new(News("对比测试新闻", "save", "园区召开年度工作会议。A Direcção aprovou o novo projecto.")) { ["note"] = "" });
        var variant = await WithDbAsync(db => db.Variants.Where(v => v.ItemId == ItemOf(path)).Select(v => v.Id).SingleAsync());

        var compare = await editor.GetPageAsync($"/manager/content/revisions?variant={variant}&a=1&b=2");
        var body = compare.QuerySelector(".compared-field[data-field=body]");

        Assert.Equal("正文", body?.QuerySelector("h3")?.TextContent);
        Assert.Equal(["年度", "novo"], body!.QuerySelectorAll("ins").Select(i => i.TextContent.Trim()));
        Assert.Empty(body.QuerySelectorAll("del"));
        Assert.Null(compare.QuerySelector(".compared-field[data-field=title]"));
        Assert.DoesNotContain(compare.QuerySelectorAll("h3"), h => h.TextContent is "body" or "attachments");
    }

    [Fact]
    public async Task The_history_shows_the_workflows_own_notes_in_the_editors_language()
    {
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var path = EditPath(await editor.PostFormAsync("/manager/content/edit?type=news&lang=zh", Form, News("恢复说明测试", "save")));
        await editor.PostFormAsync(path, Form, News("恢复说明测试（二）", "save"));
        var variant = await WithDbAsync(db => db.Variants.Where(v => v.ItemId == ItemOf(path)).Select(v => v.Id).SingleAsync());
        await editor.PostFormAsync($"/manager/content/revisions?variant={variant}&a=1&b=1", "form[action*='Restore']", []);

        var history = await editor.GetPageAsync($"/manager/content/revisions?variant={variant}");

        Assert.Contains("由版本 1 恢复", history.QuerySelector("table.revision-list tbody tr")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("restored revision", history.Body!.TextContent, StringComparison.Ordinal);
    }
}
