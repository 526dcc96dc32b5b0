using System.Globalization;
using System.Text;
using PublicSite.Cms.Publishing;
using PublicSite.Web.Features.Applications;

namespace PublicSite.Web.Features.Applications.Manager;

/// <summary>
/// Applications as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Chinese as mojibake),
/// CRLF line ends, quoted fields, and cells that a spreadsheet would run as formulas defused with a quote.
/// ID and phone numbers are exported masked, as on screen; the last column names the application a repeat duplicates.
/// </summary>
public static class ApplicationsCsv
{
    public static byte[] Write(IEnumerable<SubmittedApplication> applications, Func<string, string> text)
    {
        var csv = new StringBuilder();
        Row(csv, [text("ReferenceNumber"), text("CurrentStatus"), text("SubmittedOn"), text("FullName"), text("IdDocumentType"),
            text("IdNumber"), text("DateOfBirth"), text("Email"), text("Phone"), text("School"), text("Major"), text("YearOfStudy"),
            text("PreferredHost"), text("Statement"), text("GuardianName"), text("Duplicate")]);
        foreach (var a in applications)
        {
            Row(csv, [a.ReferenceNumber, text("Status_" + a.Status),
                SiteClock.ToChina(a.SubmittedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), a.FullName,
                text("IdType_" + a.IdDocumentType), a.IdNumberMasked, a.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                a.Email, a.PhoneMasked, a.School, a.Major, text("Year_" + a.YearOfStudy), a.PreferredHost ?? "", a.Statement, a.GuardianName ?? "", a.DuplicateOf ?? ""]);
        }
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(csv.ToString())];
    }

    private static void Row(StringBuilder csv, IEnumerable<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Quote));
        csv.Append("\r\n");
    }

    private static string Quote(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
