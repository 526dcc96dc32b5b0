using System.Globalization;
using System.Text;
using PublicSite.Cms.Publishing;

namespace PublicSite.Web.Features.EventRegistrations.Manager;

/// <summary>
/// An event's registrations as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Chinese as
/// mojibake), CRLF line ends, quoted fields, and cells a spreadsheet would run as formulas defused with a quote.
/// Participants are listed "name (role)" separated by "; "; the phone is masked, as on screen.
/// </summary>
public static class RegistrationsCsv
{
    public static byte[] Write(IEnumerable<RegistrationRow> rows, Func<string, string> text)
    {
        var csv = new StringBuilder();
        Row(csv, [text("ReferenceNumber"), text("Status"), text("RegisteredOn"), text("Company"), text("Country"), text("ContactName"),
            text("Email"), text("Phone"), text("Seats"), text("Participants"), text("Interests"), text("Language")]);
        foreach (var r in rows)
        {
            Row(csv, [r.Reference, text("Status_" + r.Status),
                SiteClock.ToChina(r.RegisteredUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), r.Company, r.Country, r.ContactName,
                r.Email, r.PhoneMasked ?? "", r.Participants.Count.ToString(CultureInfo.InvariantCulture),
                string.Join("; ", r.Participants.Select(p => string.IsNullOrEmpty(p.Role) ? p.Name : $"{p.Name} ({p.Role})")),
                string.Join("; ", r.Interests), r.Language]);
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
