using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Web.Features.Applications.Data;

namespace PublicSite.Web.Tests.Applications;

/// <summary>The deadline (30 April 2027, 17:00 in Changzhou) is checked on the server at the moment the form is posted.</summary>
public sealed class DeadlineTests
{
    private static Task<int> CountAsync(ApplicationSite site) => site.Factory.Services.CreateAsyncScope()
        .ServiceProvider.GetRequiredService<ApplicationsDbContext>().Applications.CountAsync();

    [Fact]
    public async Task A_form_posted_in_the_last_minute_before_the_deadline_is_accepted()
    {
        using var site = new ApplicationSite();
        site.Clock.SetUtcNow(ApplicationSite.InternshipDeadline.AddMinutes(-2));

        var response = await site.ApplyAsync(ApplicationSite.InternshipZh, ApplicationSite.ValidForm(), TinyPdf.Bytes(),
            beforePost: () => site.Clock.SetUtcNow(ApplicationSite.InternshipDeadline.AddSeconds(-1)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await CountAsync(site));
    }

    [Fact]
    public async Task A_form_opened_before_the_deadline_but_posted_at_17_00_is_refused()
    {
        using var site = new ApplicationSite();
        site.Clock.SetUtcNow(ApplicationSite.InternshipDeadline.AddMinutes(-1));

        var response = await site.ApplyAsync(ApplicationSite.InternshipZh, ApplicationSite.ValidForm(), TinyPdf.Bytes(),
            beforePost: () => site.Clock.SetUtcNow(ApplicationSite.InternshipDeadline));
        var page = await SiteFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("本项目报名已截止", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2027年4月30日 17:00", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form.application-form"));
        Assert.Equal(0, await CountAsync(site));
    }

    [Fact]
    public async Task After_the_deadline_the_call_is_marked_closed_stays_readable_and_has_no_form()
    {
        using var site = new ApplicationSite();
        site.Clock.SetUtcNow(ApplicationSite.InternshipDeadline);

        var call = await site.Browser().GetAsync(ApplicationSite.InternshipZh);
        var callPage = await SiteFactory.ParseAsync(call);
        var applyPage = await SiteFactory.ParseAsync(await site.Browser().GetAsync(ApplicationSite.InternshipZh + "/apply"));

        Assert.Equal(HttpStatusCode.OK, call.StatusCode);
        Assert.Equal("已截止", callPage.QuerySelector(".status--closed strong")!.TextContent);
        Assert.Empty(callPage.QuerySelectorAll("a[href$='/apply']"));
        Assert.Null(applyPage.QuerySelector("form.application-form"));
    }

    [Fact]
    public async Task The_list_shows_open_calls_first_with_days_left_and_marks_the_closed_one()
    {
        using var site = new ApplicationSite();

        var page = await SiteFactory.ParseAsync(await site.Browser().GetAsync("/zh/programmes"));
        var items = page.QuerySelectorAll(".item-list > li").ToList();

        Assert.Equal(3, items.Count);
        Assert.Equal("2027年香港澳门大学生暑期来常实习计划", items[0].QuerySelector("a")!.TextContent);
        // 1 December 2026 10:00 to 30 April 2027 17:00 is 150 days and 7 hours: the 151st day is the last.
        Assert.Equal("报名中 · 剩余 151 天", items[0].QuerySelector(".status")!.TextContent);
        Assert.Equal("2027年苏澳合作园区港澳青年创业项目入驻孵化征集", items[1].QuerySelector("a")!.TextContent);
        Assert.Equal("已截止", items[2].QuerySelector(".status")!.TextContent);
        Assert.Equal("2025年香港澳门大学生暑期来常实习计划", items[2].QuerySelector("a")!.TextContent);
    }

    [Fact]
    public async Task An_open_call_links_to_its_form_in_both_languages()
    {
        using var site = new ApplicationSite();

        foreach (var (path, label) in new[] { (ApplicationSite.InternshipZh, "在线报名"), (ApplicationSite.InternshipPt, "Candidatar-se em linha") })
        {
            var page = await SiteFactory.ParseAsync(await site.Browser().GetAsync(path));
            var link = page.QuerySelectorAll("a.button")[0];
            Assert.Equal(label, link.TextContent);
            Assert.EndsWith("/apply", link.GetAttribute("href"), StringComparison.Ordinal);
        }
    }
}
