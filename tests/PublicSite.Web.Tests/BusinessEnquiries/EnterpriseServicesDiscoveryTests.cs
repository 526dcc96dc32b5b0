using System.Net;

namespace PublicSite.Web.Tests.BusinessEnquiries;

/// <summary>The investment guide, the enquiry form and the events are found from the home page and from the enterprises' page.</summary>
[Collection(SeededSite.Name)]
public sealed class EnterpriseServicesDiscoveryTests(SiteFactory site)
{
    [Theory]
    [InlineData("/pt", "/pt/pages/investment-guide")]
    [InlineData("/zh", "/zh/pages/investment-guide")]
    [InlineData("/pt", "/pt/enterprises/enquiry")]
    [InlineData("/zh", "/zh/enterprises/enquiry")]
    [InlineData("/pt", "/pt/events")]
    [InlineData("/pt/pages/lusophone-enterprises", "/pt/pages/investment-guide")]
    [InlineData("/zh/pages/lusophone-enterprises", "/zh/pages/investment-guide")]
    [InlineData("/pt/pages/lusophone-enterprises", "/pt/events")]
    public async Task The_page_links_to_the_service_which_opens(string page, string target)
    {
        var (_, document) = await site.GetPageAsync(page);

        Assert.NotNull(document.QuerySelector($"main a[href='{target}']"));
        Assert.Equal(HttpStatusCode.OK, (await site.Browser().GetAsync(target)).StatusCode);
    }

    [Theory]
    [InlineData("/pt/pages/investment-guide", "Apoios e a sua base legal", "Lei do Investimento Estrangeiro da República Popular da China", "Perguntas frequentes")]
    [InlineData("/zh/pages/investment-guide", "扶持政策及其法律依据", "《中华人民共和国外商投资法》", "常见问题")]
    public async Task The_guide_names_the_legal_source_of_each_incentive_and_answers_common_questions(string page, string incentives, string law, string faq)
    {
        var (response, document) = await site.GetPageAsync(page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var headings = document.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();
        Assert.Contains(headings, h => h.Contains(incentives, StringComparison.Ordinal));
        Assert.Contains(headings, h => h.Contains(faq, StringComparison.Ordinal));
        Assert.Contains(law, document.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
    }
}
