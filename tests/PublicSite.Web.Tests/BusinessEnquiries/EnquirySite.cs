using System.Net;
using System.Text.RegularExpressions;
using MimeKit;
using PublicSite.Web.Tests.Applications;

namespace PublicSite.Web.Tests.BusinessEnquiries;

/// <summary>Sends an enquiry through the public form as a browser does, for the tests of the manager's queue.</summary>
public static partial class EnquirySite
{
    public const string Question = "Que incentivos existem para instalar um armazém no parque? <script>alert(1)</script>";

    public static async Task<string> SendEnquiryAsync(this ApplicationSite site, string lang = "pt", string company = "Vinhos do Douro, Lda.")
    {
        var client = site.Browser();
        var path = $"/{lang}/enterprises/enquiry";
        var token = Token().Match(await (await client.GetAsync(path)).Content.ReadAsStringAsync()).Groups[1].Value;
        var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Form.Company"] = company,
            ["Form.Country"] = "Portugal",
            ["Form.Sector"] = "Vinhos",
            ["Form.CompanySize"] = "Small",
            ["Form.ContactName"] = "Maria da Silva",
            ["Form.Email"] = "maria.silva@example.pt",
            ["Form.Phone"] = "+351 912 345 678",
            ["Form.Topics"] = "Incentives",
            ["Form.Question"] = Question,
            ["Form.Consent"] = "true",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await SiteFactory.ParseAsync(response)).QuerySelector(".reference")!.TextContent;
    }

    public static IReadOnlyList<MimeMessage> Mails(this ApplicationSite site) => Directory.Exists(site.MailPickup)
        ? Directory.GetFiles(site.MailPickup, "*.eml").Select(f => MimeMessage.Load(f)).ToList()
        : [];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
