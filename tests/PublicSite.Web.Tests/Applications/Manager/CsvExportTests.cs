using System.Text;
using PublicSite.Cms.Auditing;
using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.Applications.Manager;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Tests.Applications;

namespace PublicSite.Web.Tests.Applications.Manager;

public sealed class CsvExportTests
{
    [Fact]
    public async Task The_export_is_UTF8_with_a_byte_order_mark_has_Chinese_headers_masks_numbers_and_is_audited()
    {
        using var site = new ApplicationSite();
        var (reference, _) = await site.ApplyValidAsync(ApplicationSite.InternshipZh, f => f["Form.Statement"] = "=HYPERLINK(\"http://evil\")\n第二行，含\"引号\"");

        var admin = await site.CreateReviewerAsync(EditorRoles.Administrator);
        var response = await (await site.SignInAsync(admin)).GetAsync("/manager/applications/2027-summer-internship?handler=export");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.StartsWith("\"报名编号\",\"当前状态\",\"提交时间\",\"姓名\",\"证件类型\",\"证件号码\"", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"\"{reference}\",\"已提交\",\"2026-12-01 10:00\",\"陳美玲\",\"港澳居民来往内地通行证\",\"M1*****78\",\"2004-09-15\",\"chan.meiling@example.mo\",\"'+853 66****56\",\"澳門大學\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\n第二行，含\"\"引号\"\"\"", lines[1] + "\r\n" + lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain("M12345678", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        var entry = Assert.Single(await site.AuditAsync(), e => e.Action == AuditActions.Export);
        Assert.Equal(admin, entry.Actor);
        Assert.Equal("applications/2027-summer-internship", entry.Subject);
        Assert.StartsWith("CSV, 1 rows", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public void Cells_a_spreadsheet_would_run_as_formulas_are_defused()
    {
        var application = new SubmittedApplication
        {
            ReferenceNumber = "CZHM-2026-INT-00001", CallKey = "c", Language = "zh-CN", FullName = "@SUM(A1)", IdNumberEncrypted = "",
            IdNumberHash = "", IdNumberMasked = "M1*****78", Email = "+cmd@example.com", PhoneEncrypted = "", PhoneMasked = "-1",
            School = "=1+1", Major = "m", YearOfStudy = "1", Statement = "s", StatusTokenEncrypted = "",
        };

        var text = Encoding.UTF8.GetString(ApplicationsCsv.Write([application], key => key));

        Assert.Contains("\"'@SUM(A1)\"", text, StringComparison.Ordinal);
        Assert.Contains("\"'+cmd@example.com\"", text, StringComparison.Ordinal);
        Assert.Contains("\"'-1\"", text, StringComparison.Ordinal);
        Assert.Contains("\"'=1+1\"", text, StringComparison.Ordinal);
    }
}
