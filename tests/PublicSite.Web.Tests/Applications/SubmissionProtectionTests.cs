using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Web.Features.Applications.Data;

namespace PublicSite.Web.Tests.Applications;

/// <summary>What keeps robots and floods out of the form: a honeypot field, antiforgery tokens and a rate limit per client.</summary>
public sealed class SubmissionProtectionTests
{
    private static Task<int> CountAsync(ApplicationSite site) => site.Factory.Services.CreateAsyncScope()
        .ServiceProvider.GetRequiredService<ApplicationsDbContext>().Applications.CountAsync();

    [Fact]
    public async Task A_robot_that_fills_the_hidden_field_is_turned_away_and_nothing_is_stored()
    {
        using var site = new ApplicationSite();
        var fields = ApplicationSite.ValidForm();
        fields["Form.Website"] = "http://spam.example";

        var response = await site.ApplyAsync(ApplicationSite.InternshipZh, fields, TinyPdf.Bytes());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await CountAsync(site));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var site = new ApplicationSite();
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in ApplicationSite.ValidForm())
        {
            content.Add(new StringContent(value), name);
        }

        var response = await site.Browser().PostAsync(ApplicationSite.InternshipZh + "/apply", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await CountAsync(site));
    }

    [Fact]
    public async Task Failed_checks_do_not_use_up_the_allowance_of_submissions()
    {
        using var site = new ApplicationSite(b => b.UseSetting("Programmes:SubmissionsPerWindow", "2"));
        var client = site.Browser();
        var incomplete = new Dictionary<string, string> { ["Form.FullName"] = "陳美玲" };

        for (var i = 0; i < 11; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await site.ApplyAsync(ApplicationSite.InternshipZh, incomplete, client: client)).StatusCode);
        }
        var valid = await site.ApplyAsync(ApplicationSite.InternshipZh, ApplicationSite.ValidForm(), TinyPdf.Bytes(), client: client);

        Assert.Equal(HttpStatusCode.Redirect, valid.StatusCode);
        Assert.Equal(1, await CountAsync(site));
    }

    [Fact]
    public async Task Past_the_allowance_the_form_answers_429_and_keeps_what_was_typed()
    {
        using var site = new ApplicationSite(b => b.UseSetting("Programmes:SubmissionsPerWindow", "2"));
        var client = site.Browser();
        foreach (var id in new[] { "M12345678", "H87654321" })
        {
            var fields = ApplicationSite.ValidForm();
            fields["Form.IdNumber"] = id;
            Assert.Equal(HttpStatusCode.Redirect, (await site.ApplyAsync(ApplicationSite.InternshipZh, fields, TinyPdf.Bytes(), client: client)).StatusCode);
        }

        var third = await site.ApplyAsync(ApplicationSite.InternshipZh, ApplicationSite.ValidForm(), TinyPdf.Bytes(), client: client);
        var page = await SiteFactory.ParseAsync(third);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);
        Assert.StartsWith("从此网络地址提交的报名过多，请在10分钟后重新提交。", page.QuerySelector(".error-summary li")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("陳美玲", page.QuerySelector("#Form_FullName")!.GetAttribute("value"));
        Assert.Equal(2, await CountAsync(site));
    }

    [Fact]
    public async Task A_flood_of_posts_of_any_kind_is_cut_off_by_the_site()
    {
        using var site = new ApplicationSite(b => b.UseSetting("Programmes:PostsPerWindow", "2"));
        var client = site.Browser();
        var incomplete = new Dictionary<string, string> { ["Form.FullName"] = "陳美玲" };

        Assert.Equal(HttpStatusCode.OK, (await site.ApplyAsync(ApplicationSite.InternshipZh, incomplete, client: client)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.ApplyAsync(ApplicationSite.InternshipZh, incomplete, client: client)).StatusCode);
        var third = await site.ApplyAsync(ApplicationSite.InternshipZh, ApplicationSite.ValidForm(), TinyPdf.Bytes(), client: client);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains("请求过于频繁", (await SiteFactory.ParseAsync(third)).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(site));
    }
}
