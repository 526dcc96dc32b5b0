using System.Net;
using System.Text.Json.Nodes;

namespace PublicSite.Web.Tests.Api;

/// <summary><c>lang=zh-Hant</c>: the Chinese answer in Traditional characters, identifiers untouched.</summary>
[Collection(SeededSite.Name)]
public sealed class TraditionalApiTests(SiteFactory site)
{
    private const string Base = "https://gaob.example.gov.cn";

    private static void AssertIsTheTraditionalNotice(JsonNode item)
    {
        Assert.Equal("2017-hk-macau-work-points", item["key"]!.GetValue<string>());
        Assert.Equal("zh-Hant", item["language"]!.GetValue<string>());
        Assert.Equal("zh", item["languageCode"]!.GetValue<string>());
        Assert.Equal("關於印發《2017年全市港澳工作要點》的通知", item["title"]!.GetValue<string>());
        Assert.Equal("014109568/2017-00012", item["indexNumber"]!.GetValue<string>());
        Assert.Equal("014109568-2017-00012", item["slug"]!.GetValue<string>());
        Assert.Equal($"{Base}/zh-hant/disclosure/014109568-2017-00012", item["url"]!.GetValue<string>());
        Assert.EndsWith("lang=zh-Hant", item["apiUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("常港发〔2017〕1号", item["shared"]!["documentNumber"]!.GetValue<string>());
        Assert.Contains("蘇澳合作園區正式落戶我市（武進西太湖）", item["bodyMarkdown"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("港澳工作要点", item["bodyHtml"]!.GetValue<string>(), StringComparison.Ordinal);
        var translation = Assert.Single(item["translations"]!.AsArray());
        Assert.Equal("pt-PT", translation!["language"]!.GetValue<string>());
        Assert.Equal($"{Base}/pt/disclosure/014109568-2017-00012", translation["url"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/api/v1/disclosure/014109568-2017-00012?lang=zh-Hant")]
    [InlineData("/api/v1/disclosure/014109568-2017-00012?lang=zh-hant")]
    [InlineData("/api/v1/content/zh-Hant/disclosure/014109568-2017-00012")]
    public async Task The_2017_notice_reads_in_Traditional_with_its_numbers_and_keys_as_issued(string url)
    {
        AssertIsTheTraditionalNotice(await site.Browser().JsonAsync(url));
    }

    [Fact]
    public async Task A_list_in_Traditional_holds_only_Chinese_items_and_its_next_page_stays_Traditional()
    {
        var page = await site.Browser().JsonAsync("/api/v1/content?type=disclosure&lang=zh-Hant&pageSize=2");

        var items = page["items"]!.AsArray();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal("zh-Hant", i!["language"]!.GetValue<string>()));
        if (page["next"] is { } next)
        {
            Assert.Contains("lang=zh-Hant", next.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_Traditional_answer_has_its_own_ETag_and_revalidates()
    {
        var client = site.Browser();
        var simplified = await client.GetAsync("/api/v1/disclosure/014109568-2017-00012?lang=zh");
        var traditional = await client.GetAsync("/api/v1/disclosure/014109568-2017-00012?lang=zh-Hant");
        Assert.NotEqual(simplified.Headers.ETag, traditional.Headers.ETag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/disclosure/014109568-2017-00012?lang=zh-Hant");
        again.Headers.IfNoneMatch.Add(traditional.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_offers_zh_Hant()
    {
        var document = await site.Browser().JsonAsync("/openapi/v1.json");

        var languages = document["paths"]!["/api/v1/content"]!["get"]!["parameters"]!.AsArray()
            .Single(p => p!["name"]!.GetValue<string>() == "lang")!["schema"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>());
        Assert.Contains("zh-Hant", languages);
    }
}
