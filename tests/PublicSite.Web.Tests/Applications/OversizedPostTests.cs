using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Web.Features.Applications.Data;

namespace PublicSite.Web.Tests.Applications;

/// <summary>
/// Posts the framework's form reader could not take (a CV of tens of megabytes, more than 1,024 fields) are
/// answered by the form itself, in its language, with what was typed (issue #12: they gave "page not found").
/// </summary>
public sealed class OversizedPostTests
{
    private static Task<int> CountAsync(ApplicationSite site) => site.Factory.Services.CreateAsyncScope()
        .ServiceProvider.GetRequiredService<ApplicationsDbContext>().Applications.CountAsync();

    // A PDF's header followed by megabytes of nothing: the size is refused before the content is looked at.
    private static byte[] LargeCv(int megabytes)
    {
        var cv = new byte[megabytes * 1024 * 1024];
        TinyPdf.Bytes().CopyTo(cv, 0);
        return cv;
    }

    [Fact]
    public async Task A_40_MB_CV_gets_413_from_the_form_with_everything_typed_kept()
    {
        using var site = new ApplicationSite();

        var response = await site.ApplyAsync(ApplicationSite.InternshipZh, ApplicationSite.ValidForm(), LargeCv(40));
        var page = await SiteFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.StartsWith("在线报名：", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("错误：简历文件不能超过5 MB。", page.QuerySelector("#Cv-error")!.TextContent.Trim());
        Assert.Equal("陳美玲", page.QuerySelector("#Form_FullName")!.GetAttribute("value"));
        Assert.Equal("我希望在蘇澳合作園區實習，運用中葡雙語能力。", page.QuerySelector("#Form_Statement")!.TextContent);
        Assert.NotNull(page.QuerySelector("#Form_PersonalConsent[checked]"));
        Assert.Equal(0, await CountAsync(site));
    }

    [Fact]
    public async Task A_post_over_the_limit_is_cut_and_the_form_keeps_the_fields_before_the_cut_in_Portuguese()
    {
        using var site = new ApplicationSite(b => b.UseSetting("Programmes:MaxPostBytes", (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var response = await site.ApplyAsync(ApplicationSite.InternshipPt, ApplicationSite.ValidForm(), LargeCv(3));
        var page = await SiteFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.StartsWith("Candidatura em linha: ", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("O envio excede o limite: o currículo não pode ter mais de 5 MB.", page.QuerySelector(".error-summary li")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("陳美玲", page.QuerySelector("#Form_FullName")!.GetAttribute("value"));
        Assert.Equal("chan.meiling@example.mo", page.QuerySelector("#Form_Email")!.GetAttribute("value"));
        Assert.Equal(0, await CountAsync(site));
    }

    [Fact]
    public async Task A_post_with_more_than_1024_fields_gets_400_from_the_form_with_what_was_typed()
    {
        using var site = new ApplicationSite();
        var fields = ApplicationSite.ValidForm();
        for (var i = 0; i < 1100; i++)
        {
            fields["extra" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = "x";
        }

        var response = await site.ApplyAsync(ApplicationSite.InternshipZh, fields, TinyPdf.Bytes());
        var page = await SiteFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("在线报名：", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("提交的表单无法完整读取", page.QuerySelector(".error-summary li")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("陳美玲", page.QuerySelector("#Form_FullName")!.GetAttribute("value"));
        Assert.Equal("M12345678", page.QuerySelector("#Form_IdNumber")!.GetAttribute("value"));
        Assert.Equal(0, await CountAsync(site));
    }
}
