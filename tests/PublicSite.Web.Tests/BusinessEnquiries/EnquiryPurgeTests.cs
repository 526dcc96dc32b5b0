using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Web.Features.BusinessEnquiries;
using PublicSite.Web.Features.BusinessEnquiries.Data;
using PublicSite.Web.Tests.Applications;

namespace PublicSite.Web.Tests.BusinessEnquiries;

public sealed partial class EnquiryPurgeTests
{
    [Fact]
    public async Task An_enquiry_is_deleted_once_the_configured_retention_has_passed_and_not_before()
    {
        using var site = new ApplicationSite(builder => builder.UseSetting("BusinessEnquiries:RetentionDays", "30"));
        var client = site.Browser();
        var form = await client.GetAsync("/pt/enterprises/enquiry");
        var token = Token().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        var posted = await client.PostAsync("/pt/enterprises/enquiry", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Form.Company"] = "Café Lusitano",
            ["Form.Country"] = "Angola",
            ["Form.Sector"] = "Café",
            ["Form.CompanySize"] = "Micro",
            ["Form.ContactName"] = "João Neto",
            ["Form.Email"] = "joao.neto@example.ao",
            ["Form.Topics"] = "TradeFairs",
            ["Form.Question"] = "Quando é a próxima feira?",
            ["Form.Consent"] = "true",
        }));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);

        async Task<(int Deleted, int Left)> PurgeAsync()
        {
            await using var scope = site.Factory.Services.CreateAsyncScope();
            var deleted = await scope.ServiceProvider.GetRequiredService<EnquiryPurge>().PurgeAsync(CancellationToken.None);
            return (deleted, await scope.ServiceProvider.GetRequiredService<BusinessEnquiriesDbContext>().Enquiries.CountAsync());
        }

        site.Clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));
        Assert.Equal((0, 1), await PurgeAsync());
        site.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal((1, 0), await PurgeAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
