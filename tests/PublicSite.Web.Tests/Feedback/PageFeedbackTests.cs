using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using PublicSite.Web.Features.Feedback;
using PublicSite.Web.Features.Feedback.Data;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Tests.Manager;

namespace PublicSite.Web.Tests.Feedback;

/// <summary>"此页面对您有帮助吗？" at the foot of content pages (issue #13, part 6), through HTTP on the real site and its SQLite file.</summary>
public sealed class PageFeedbackTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Notice = "/disclosure/014109568-2017-00012";

    private Task<List<PageFeedback>> AnswersAsync() =>
        site.WithServicesAsync(s => s.GetRequiredService<FeedbackDbContext>().Answers.AsNoTracking().OrderBy(a => a.Id).ToListAsync());

    [Theory]
    [InlineData("/zh" + Notice, "此页面对您有帮助吗？", "有帮助")]
    [InlineData("/zh-hant" + Notice, "此頁面對您有幫助嗎？", "有幫助")]
    [InlineData("/pt" + Notice, "Esta página foi útil?", "Sim")]
    public async Task Each_reading_of_a_notice_ends_with_the_box_in_its_language(string path, string question, string yes)
    {
        var (response, page) = await site.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var box = page.QuerySelector("main #feedback")!;
        Assert.Equal(question, box.QuerySelector("h2")!.TextContent);
        Assert.Equal(yes, box.QuerySelector("button[value=yes]")!.TextContent);
        // The GET goes to the same reading's feedback page, and the footer's 找错 link to the box.
        Assert.Equal(path[..path.IndexOf('/', 1)] + "/feedback", box.QuerySelector("form")!.GetAttribute("action"));
        Assert.Contains(page.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "#feedback");
    }

    [Theory]
    [InlineData("/zh/news", "/zh/news/")]
    [InlineData("/zh/guidance", "/zh/guidance/")]
    [InlineData("/zh/programmes", "/zh/programmes/")]
    [InlineData("/pt/news", "/pt/news/")]
    public async Task Every_content_type_ends_with_the_box(string list, string itemPrefix)
    {
        var (_, listPage) = await site.GetPageAsync(list);
        var first = listPage.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")!)
            .First(h => h.StartsWith(itemPrefix, StringComparison.Ordinal) && !h.Contains('?', StringComparison.Ordinal) && !h.EndsWith(".xml", StringComparison.Ordinal) && h.Length > itemPrefix.Length);

        var (_, page) = await site.GetPageAsync(first);

        Assert.NotNull(page.QuerySelector("main #feedback form"));
    }

    [Fact]
    public async Task Pages_with_the_box_stay_out_of_antiforgery_and_in_the_page_cache()
    {
        var response = await site.Browser().GetAsync("/zh" + Notice);

        Assert.False(response.Headers.Contains(HeaderNames.SetCookie));
        Assert.DoesNotContain("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("__RequestVerificationToken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/zh/pages/about", "感谢您的反馈")]
    [InlineData("/zh-hant/pages/about", "感謝您的反饋")]
    [InlineData("/pt/pages/about", "Obrigado pela sua opinião")]
    public async Task An_answer_returns_to_the_same_page_in_the_same_reading_with_thanks(string path, string thanks)
    {
        var reader = new FeedbackBrowser(site);

        var response = await reader.SendAsync(path, "yes");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(path + "?feedback=thanks#feedback", response.Headers.Location?.OriginalString);
        var (_, page) = await site.GetPageAsync(path + "?feedback=thanks", reader.Http);
        Assert.Contains(thanks, page.QuerySelector("#feedback [role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#feedback form"));
    }

    [Fact]
    public async Task Yes_and_no_are_stored_per_item_language_and_reading_and_listed_with_counts_for_editors()
    {
        const string hostile = "<script>alert('x')</script> 第二段第三行有错字";
        var reader = new FeedbackBrowser(site);
        var before = await AnswersAsync();

        Assert.Equal(HttpStatusCode.SeeOther, (await reader.SendAsync("/zh/pages/accessibility", "yes")).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await reader.SendAsync("/zh-hant/pages/accessibility", "no", hostile)).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await reader.SendAsync("/pt/pages/accessibility", "yes", "  Muito clara.  ")).StatusCode);

        var stored = (await AnswersAsync()).Skip(before.Count).ToList();
        Assert.Equal(3, stored.Count);
        Assert.Single(stored.Select(a => a.ItemId).Distinct());
        Assert.Equal(["zh", "zh-hant", "pt"], stored.Select(a => a.View));
        Assert.Equal(["zh-CN", "zh-CN", "pt-PT"], stored.Select(a => a.Language));
        Assert.Equal([true, false, true], stored.Select(a => a.Useful));
        Assert.Equal([null, hostile, "Muito clara."], stored.Select(a => a.Comment));
        Assert.All(stored, a => Assert.Equal(DateTimeKind.Utc, a.ReceivedUtc.Kind));

        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var response = await editor.Http.GetAsync("/manager/feedback");
        var html = await response.Content.ReadAsStringAsync();
        var list = await SiteFactory.ParseAsync(response);
        var item = stored[0].ItemId.ToString("N");
        var row = list.QuerySelector($"#feedback-pages tr[data-item='{item}']")!;
        Assert.Equal("2", row.QuerySelector("[data-yes]")!.TextContent);
        Assert.Equal("1", row.QuerySelector("[data-no]")!.TextContent);
        var comments = list.QuerySelectorAll($"#comments-{item} .feedback-comment").Select(c => c.TextContent).ToList();
        Assert.Equal(["Muito clara.", hostile], comments);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.NotNull(list.QuerySelector("nav a[href='/manager/feedback']"));
    }

    [Fact]
    public async Task The_newest_answered_page_comes_first()
    {
        var reader = new FeedbackBrowser(site);
        await reader.SendAsync("/zh/pages/disclosure-guide", "yes");
        await reader.SendAsync("/zh/pages/lusophone-enterprises", "no");

        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Publisher);
        var titles = (await editor.GetPageAsync("/manager/feedback")).QuerySelectorAll("#feedback-pages tbody th a:first-child").Select(a => a.GetAttribute("href")).ToList();

        Assert.True(titles.IndexOf("/zh/pages/lusophone-enterprises") < titles.IndexOf("/zh/pages/disclosure-guide"));
    }

    [Theory]
    [InlineData("zh", "请看 https://spam.example/offer 了解", "意见中不能包含网址")]
    [InlineData("zh", "详见ｗｗｗ．ｓｐａｍ．ｃｏｍ", "意见中不能包含网址")]
    [InlineData("pt", "Veja www.spam.example.com agora", "não pode conter endereços de Internet")]
    [InlineData("pt", "", "não pode ter mais de 500 caracteres")]
    [InlineData("zh-hant", "", "意見不能超過 500 字")]
    public async Task A_comment_with_a_web_address_or_too_long_comes_back_as_typed_with_a_message_in_the_pages_language(string lang, string comment, string message)
    {
        if (comment.Length == 0)
        {
            comment = string.Concat(Enumerable.Repeat("很长的意见", 101));
        }
        var before = (await AnswersAsync()).Count;

        var response = await new FeedbackBrowser(site).SendAsync($"/{lang}{Notice}", "no", comment);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(comment, page.QuerySelector("#Form_Comment")!.TextContent);
        Assert.Equal("checked", page.QuerySelector("#Form_Useful_no")!.GetAttribute("checked"));
        Assert.Equal(before, (await AnswersAsync()).Count);
    }

    [Fact]
    public async Task Exactly_500_characters_outside_the_basic_plane_are_accepted()
    {
        var response = await new FeedbackBrowser(site).SendAsync("/zh" + Notice, "yes", string.Concat(Enumerable.Repeat("𠀀", 500)));
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_or_with_the_honeypot_filled_stores_nothing()
    {
        var before = (await AnswersAsync()).Count;

        var withoutToken = await new FeedbackBrowser(site).SendAsync("/zh" + Notice, "yes", change: f => f.Remove("__RequestVerificationToken"));
        var robot = await new FeedbackBrowser(site).SendAsync("/zh" + Notice, "yes", change: f => f["Form.Website"] = "http://spam.example");
        var noAnswer = await new FeedbackBrowser(site).SendAsync("/pt" + Notice, "yes", change: f => f["Form.Useful"] = "talvez");

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, robot.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noAnswer.StatusCode);
        Assert.Contains("Escolha «Sim» ou «Não».", (await SiteFactory.ParseAsync(noAnswer)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, (await AnswersAsync()).Count);
    }

    [Fact]
    public async Task An_unknown_item_gets_a_readable_not_found_page()
    {
        var (response, page) = await site.GetPageAsync("/pt/feedback?item=0123456789abcdef0123456789abcdef&useful=yes");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("pt-PT", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task An_editor_sees_the_list_and_an_anonymous_visitor_is_sent_to_sign_in()
    {
        var anonymous = await site.Browser().GetAsync("/manager/feedback");
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var list = await editor.Http.GetAsync("/manager/feedback");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/manager/sign-in", anonymous.Headers.Location?.PathAndQuery ?? anonymous.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal("页面反馈", (await SiteFactory.ParseAsync(list)).QuerySelector("main h1")?.TextContent);
    }
}
