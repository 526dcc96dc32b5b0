using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Web.Features.Programmes.Applications.Data;

namespace PublicSite.Web.Tests.Programmes;

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
    public async Task Submissions_are_limited_per_client()
    {
        using var site = new ApplicationSite(b => b.UseSetting("Programmes:SubmissionsPerWindow", "2"));
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
