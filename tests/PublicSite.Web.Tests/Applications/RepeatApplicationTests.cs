using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PublicSite.Web.Features.Applications.Data;

namespace PublicSite.Web.Tests.Applications;

/// <summary>
/// A second application with an ID number that already applied to the call: refusing it confirmed to anyone who
/// typed a number that its holder had applied (issue #12). It is accepted like any other and marked for the office.
/// </summary>
public sealed partial class RepeatApplicationTests
{
    private const string AlreadyAppliedZh = "本项目已有该申请人的报名";

    private static MimeMessage MailTo(ApplicationSite site, string address) => Directory.GetFiles(site.MailPickup, "*.eml")
        .Select(f => MimeMessage.Load(f)).Single(m => m.To.Mailboxes.Single().Address == address);

    // The answer with what differs between any two applications (reference, token, masked numbers) blanked out.
    private static string Shape(string? text) => Variable().Replace(text ?? "", "…");

    [Fact]
    public async Task Someone_typing_an_ID_number_that_applied_gets_the_answer_a_first_applicant_gets()
    {
        using var site = new ApplicationSite();
        await site.ApplyValidAsync(ApplicationSite.InternshipZh);
        var first = await site.ApplyAsync(ApplicationSite.InternshipZh, Changed(f => (f["Form.IdNumber"], f["Form.Email"]) = ("H87654321", "first@example.hk")), TinyPdf.Bytes());

        // The same number, written differently, with another address: an attacker probing, or a clumsy applicant.
        var repeat = await site.ApplyAsync(ApplicationSite.InternshipZh, Changed(f => (f["Form.IdNumber"], f["Form.Email"]) = ("m 1234 5678", "probe@example.com")), TinyPdf.Bytes());

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, repeat.StatusCode);
        Assert.StartsWith("/zh/applications/CZHM-2026-INT-00003?token=", repeat.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var firstPage = await SiteFactory.ParseAsync(await site.Browser().GetAsync(first.Headers.Location!.OriginalString));
        var repeatPage = await SiteFactory.ParseAsync(await site.Browser().GetAsync(repeat.Headers.Location!.OriginalString));
        Assert.Equal(Shape(firstPage.QuerySelector("main")!.TextContent), Shape(repeatPage.QuerySelector("main")!.TextContent));
        Assert.Equal(Shape(MailTo(site, "first@example.hk").TextBody), Shape(MailTo(site, "probe@example.com").TextBody));
        Assert.DoesNotContain(AlreadyAppliedZh, MailTo(site, "probe@example.com").TextBody, StringComparison.Ordinal);

        await using var scope = site.Factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>().Applications.OrderBy(a => a.ReferenceNumber).ToListAsync();
        Assert.Equal([null, null, "CZHM-2026-INT-00001"], stored.Select(a => a.DuplicateOf));
    }

    [Fact]
    public async Task An_applicant_applying_again_from_the_address_on_file_is_told_the_office_will_write_there()
    {
        using var site = new ApplicationSite();
        await site.ApplyValidAsync(ApplicationSite.InternshipPt);

        var (reference, _) = await site.ApplyValidAsync(ApplicationSite.InternshipPt, f => f["Form.IdNumber"] = "m 1234 5678");

        Assert.Equal("CZHM-2026-INT-00002", reference);
        var mails = Directory.GetFiles(site.MailPickup, "*.eml").Select(f => MimeMessage.Load(f)).ToList();
        Assert.Single(mails, m => (m.TextBody ?? "").Contains("Já existe uma candidatura deste candidato a este programa. O Gabinete entrará em contacto através do endereço de correio electrónico indicado nessa candidatura", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_ID_number_may_apply_to_another_call_without_being_marked()
    {
        using var site = new ApplicationSite();
        await site.ApplyValidAsync(ApplicationSite.InternshipZh);

        await site.ApplyValidAsync(ApplicationSite.EntrepreneurshipPt);

        await using var scope = site.Factory.Services.CreateAsyncScope();
        Assert.All(await scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>().Applications.ToListAsync(), a => Assert.Null(a.DuplicateOf));
        Assert.All(Directory.GetFiles(site.MailPickup, "*.eml"), f => Assert.DoesNotContain("Já existe", MimeMessage.Load(f).TextBody, StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Changed(Action<Dictionary<string, string>> change)
    {
        var fields = ApplicationSite.ValidForm();
        change(fields);
        return fields;
    }

    [GeneratedRegex(@"CZHM-\d{4}-[A-Z]{3}-\d{5}|token=[A-Za-z0-9_%-]+|[A-Z]\d\*+\d+|\b(first|probe)@example\.(hk|com)\b")]
    private static partial Regex Variable();
}
