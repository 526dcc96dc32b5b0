using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Tests.Applications;

/// <summary>
/// The real site (real SQLite file, real seed) on a clock the test sets, with helpers to fill in and post the
/// application form as a browser would (antiforgery cookie and token, multipart form with a CV).
/// </summary>
public sealed partial class ApplicationSite : IDisposable
{
    /// <summary>1 December 2026, 10:00 in Changzhou: both 2027 calls are open, the 2025 call is closed.</summary>
    public static readonly DateTimeOffset Today = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8));

    public const string InternshipZh = "/zh/programmes/2027年香港澳门大学生暑期来常实习计划";
    public const string InternshipPt = "/pt/programmes/estagios-de-verao-2027";
    public const string EntrepreneurshipPt = "/pt/programmes/incubacao-empreendedorismo-jovens-parque-jiangsu-macau-2027";
    public const string ClosedZh = "/zh/programmes/2025年香港澳门大学生暑期来常实习计划";
    public static readonly DateTimeOffset InternshipDeadline = new(2027, 4, 30, 17, 0, 0, TimeSpan.FromHours(8));

    private readonly SiteFactory _site = new();

    public ApplicationSite(Action<IWebHostBuilder>? configure = null)
    {
        Clock = new SettableClock(Today);
        Factory = _site.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Programmes:SubmissionsPerWindow", "1000");
            configure?.Invoke(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        });
    }

    public SettableClock Clock { get; }

    public WebApplicationFactory<Program> Factory { get; }

    public string DataDirectory => _site.DataDirectory;

    public string MailPickup => Path.Combine(DataDirectory, "mail-pickup");

    public HttpClient Browser() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A complete, valid application by a Macau student, writing in Traditional Chinese.</summary>
    public static Dictionary<string, string> ValidForm() => new()
    {
        ["Form.FullName"] = "陳美玲",
        ["Form.IdDocumentType"] = "MainlandTravelPermit",
        ["Form.IdNumber"] = "M12345678",
        ["Form.DateOfBirth"] = "2004-09-15",
        ["Form.Email"] = "chan.meiling@example.mo",
        ["Form.PhoneRegion"] = "Macau",
        ["Form.Phone"] = "6612 3456",
        ["Form.School"] = "澳門大學",
        ["Form.Major"] = "葡萄牙語研究",
        ["Form.YearOfStudy"] = "3",
        ["Form.PreferredHost"] = "",
        ["Form.Statement"] = "我希望在蘇澳合作園區實習，運用中葡雙語能力。",
        ["Form.PersonalConsent"] = "true",
        ["Form.SensitiveConsent"] = "true",
    };

    /// <summary>Opens the form (getting the antiforgery cookie and token) and posts <paramref name="fields"/> with a CV.</summary>
    public async Task<HttpResponseMessage> ApplyAsync(
        string callPath, IReadOnlyDictionary<string, string> fields, byte[]? cv = null, string cvName = "cv.pdf", HttpClient? client = null,
        Action? beforePost = null)
    {
        client ??= Browser();
        var form = await client.GetAsync(callPath + "/apply");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var token = AntiforgeryToken().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        beforePost?.Invoke();
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        if (cv is not null)
        {
            var file = new ByteArrayContent(cv);
            file.Headers.ContentType = new("application/pdf");
            content.Add(file, "Cv", cvName);
        }
        return await client.PostAsync(callPath + "/apply", content);
    }

    /// <summary>Applies with a valid form and follows the redirect to the status page: (reference, status path).</summary>
    public async Task<(string Reference, string StatusPath)> ApplyValidAsync(string callPath, Action<Dictionary<string, string>>? change = null)
    {
        var fields = ValidForm();
        change?.Invoke(fields);
        var response = await ApplyAsync(callPath, fields, TinyPdf.Bytes());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        return (StatusReference().Match(location).Groups[1].Value, location);
    }

    public void Dispose()
    {
        Factory.Dispose();
        _site.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("/applications/([A-Z0-9-]+)\\?")]
    private static partial Regex StatusReference();
}
