using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Web.Features.Applications.Data;

namespace PublicSite.Web.Tests.Applications;

/// <summary>The CV must be a PDF by its structure, through the form as an applicant (or an attacker) posts it.</summary>
public sealed class CvCheckTests
{
    [Theory]
    [MemberData(nameof(NotQuitePdfs.Names), MemberType = typeof(NotQuitePdfs))]
    public async Task A_file_that_only_carries_PDF_markers_is_refused_as_a_CV(string kind)
    {
        using var site = new ApplicationSite();

        var response = await site.ApplyAsync(ApplicationSite.InternshipZh, ApplicationSite.ValidForm(), NotQuitePdfs.Named(kind));
        var page = await SiteFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("所选文件不是PDF文件，请上传PDF格式的简历。", page.QuerySelector("#Cv-error")!.TextContent.Replace("错误：", "", StringComparison.Ordinal).Trim());
        Assert.Equal(0, await site.Factory.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<ApplicationsDbContext>().Applications.CountAsync());
    }

    [Fact]
    public async Task A_real_minimal_PDF_is_accepted_as_a_CV()
    {
        using var site = new ApplicationSite();

        var response = await site.ApplyAsync(ApplicationSite.InternshipZh, ApplicationSite.ValidForm(), TinyPdf.Bytes());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
