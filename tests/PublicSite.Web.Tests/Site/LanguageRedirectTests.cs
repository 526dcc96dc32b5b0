using System.Net;

namespace PublicSite.Web.Tests.Site;

[Collection(SeededSite.Name)]
public sealed class LanguageRedirectTests(SiteFactory site)
{
    [Theory]
    [InlineData("pt-PT,pt;q=0.9,en;q=0.8", "/pt/")]
    [InlineData("pt-BR", "/pt/")]
    [InlineData("en-GB,en;q=0.9,pt;q=0.5", "/pt/")]
    [InlineData("zh-HK,zh;q=0.9", "/zh/")]
    [InlineData("zh-CN", "/zh/")]
    [InlineData("fr-FR", "/zh/")]
    [InlineData("", "/zh/")]
    public async Task The_root_sends_readers_to_their_language_and_Chinese_by_default(string acceptLanguage, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (acceptLanguage.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        var response = await site.Browser().SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }
}
