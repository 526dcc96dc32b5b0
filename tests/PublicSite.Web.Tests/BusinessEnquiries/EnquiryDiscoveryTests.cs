using System.Net;

namespace PublicSite.Web.Tests.BusinessEnquiries;

/// <summary>An enterprise finds the enquiry form from the page written for it, and from the site map.</summary>
[Collection(SeededSite.Name)]
public sealed class EnquiryDiscoveryTests(SiteFactory site)
{
    [Theory]
    [InlineData("/pt/pages/lusophone-enterprises", "/pt/enterprises/enquiry")]
    [InlineData("/zh/pages/lusophone-enterprises", "/zh/enterprises/enquiry")]
    [InlineData("/pt/sitemap", "/pt/enterprises/enquiry")]
    [InlineData("/zh/sitemap", "/zh/enterprises/enquiry")]
    public async Task The_page_links_to_the_enquiry_form_which_opens(string page, string form)
    {
        var (_, document) = await site.GetPageAsync(page);

        Assert.NotNull(document.QuerySelector($"main a[href='{form}']"));
        Assert.Equal(HttpStatusCode.OK, (await site.Browser().GetAsync(form)).StatusCode);
    }
}
