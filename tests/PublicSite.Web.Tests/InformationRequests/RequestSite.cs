using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using MimeKit;
using PublicSite.Web.Features.PersonalData;
using PublicSite.Web.Tests.Applications;

namespace PublicSite.Web.Tests.InformationRequests;

/// <summary>The real site on a set clock, with helpers to post the request form as a browser would (antiforgery cookie and token).</summary>
public sealed partial class RequestSite : IDisposable
{
    private readonly ApplicationSite _site;

    public RequestSite(Action<IWebHostBuilder>? configure = null) => _site = new ApplicationSite(configure);

    /// <summary>The site's clock at start: Tuesday 1 December 2026, 10:00 in Changzhou.</summary>
    public static readonly DateTimeOffset Today = ApplicationSite.Today;

    public ApplicationSite Site => _site;

    public HttpClient Browser() => _site.Browser();

    public static Dictionary<string, string> NaturalPerson() => new()
    {
        ["Form.ApplicantKind"] = "NaturalPerson",
        ["Form.Name"] = "陳美玲",
        ["Form.IdDocumentType"] = "ResidencePermit",
        ["Form.IdNumber"] = "820000200001010016",
        ["Form.CreditCode"] = "",
        ["Form.Address"] = "澳門氹仔海洋花園大馬路18號",
        ["Form.Phone"] = "+853 6612 3456",
        ["Form.Email"] = "chan.meiling@example.mo",
        ["Form.Description"] = "2025年度常州市港澳青年实习补贴的发放人数和金额。",
        ["Form.DocumentNumber"] = "",
        ["Form.InformationForm"] = "Electronic",
        ["Form.Delivery"] = "Email",
        ["Form.PersonalConsent"] = "true",
    };

    public static Dictionary<string, string> LegalPerson() => new()
    {
        ["Form.ApplicantKind"] = "LegalPerson",
        ["Form.Name"] = "Sociedade Exemplo, Limitada",
        ["Form.CreditCode"] = "9135 0100 M000 100Y 43",
        ["Form.OrganisationKind"] = "Other",
        ["Form.Address"] = "Avenida da Praia Grande 100, Macau",
        ["Form.Phone"] = "+853 2833 4455",
        ["Form.Email"] = "geral@exemplo.com.mo",
        ["Form.Description"] = "Lista das empresas de Macau instaladas no parque em 2025.",
        ["Form.InformationForm"] = "Paper",
        ["Form.Delivery"] = "Post",
        ["Form.PersonalConsent"] = "true",
    };

    /// <summary>Opens the form (antiforgery cookie and token) and posts <paramref name="fields"/> as a browser without JavaScript.</summary>
    public async Task<HttpResponseMessage> PostAsync(string lang, IReadOnlyDictionary<string, string> fields, bool withToken = true)
    {
        var client = Browser();
        var path = $"/{lang}/disclosure/request";
        var form = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var token = AntiforgeryToken().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        var values = new Dictionary<string, string>(fields);
        if (withToken)
        {
            values["__RequestVerificationToken"] = token;
        }
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(path, content);
    }

    /// <summary>Files a valid request and returns its reference and the status path the applicant is sent to.</summary>
    public async Task<(string Reference, string StatusPath)> FileAsync(string lang, Dictionary<string, string> fields)
    {
        var response = await PostAsync(lang, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        return (StatusReference().Match(location).Groups[1].Value, location);
    }

    /// <summary>
    /// A publisher's decision as the manager makes it: prepares the letter (GET, prefilled from the template), then
    /// sends it as prefilled, or with <paramref name="letter"/> when given.
    /// </summary>
    public static async Task<HttpResponseMessage> DecideAsync(
        HttpClient publisher, string reference, string decision, string? ground = null, string? note = null, string? letter = null)
    {
        var query = $"?decision={decision}&ground={ground}&note={Uri.EscapeDataString(note ?? "")}";
        return await SendComposedAsync(publisher, $"/manager/requests/{reference}{query}", letter);
    }

    public static Task<HttpResponseMessage> ExtendAsync(HttpClient publisher, string reference, string reason) =>
        SendComposedAsync(publisher, $"/manager/requests/{reference}?extend=true&note={Uri.EscapeDataString(reason)}", null);

    private static async Task<HttpResponseMessage> SendComposedAsync(HttpClient publisher, string path, string? letter)
    {
        var page = await SiteFactory.ParseAsync(await publisher.GetAsync(path));
        var form = page.QuerySelector("form[data-compose]") as IHtmlFormElement
            ?? throw new InvalidOperationException("No letter to send: " + page.QuerySelector("[data-error]")?.TextContent);
        var values = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden").ToDictionary(i => i.Name!, i => i.Value);
        values["letter"] = letter ?? ((IHtmlTextAreaElement)form.QuerySelector("textarea[name=letter]")!).Value;
        return await publisher.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(values));
    }

    /// <summary>
    /// The text of a PDF as PdfPig reads it, pages joined. NFKC because Noto Sans CJK draws a Kangxi radical and its
    /// ideograph with one glyph (⽆ U+2F46 and 无 U+65E0), and Skia's Unicode map names the radical.
    /// </summary>
    public static string PdfText(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().Select(p => p.Text)).Normalize(System.Text.NormalizationForm.FormKC);
    }

    public IReadOnlyList<MimeMessage> Mails() => Directory.Exists(_site.MailPickup)
        ? Directory.GetFiles(_site.MailPickup, "*.eml").Select(f => MimeMessage.Load(f)).ToList()
        : [];

    public void Dispose() => _site.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("/disclosure/request/([^?]+)\\?")]
    private static partial Regex StatusReference();
}
