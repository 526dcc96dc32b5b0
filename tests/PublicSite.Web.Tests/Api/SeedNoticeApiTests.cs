using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace PublicSite.Web.Tests.Api;

/// <summary>The 2017 notice of the brief, reached the three ways a consumer knows it by.</summary>
[Collection(SeededSite.Name)]
public sealed class SeedNoticeApiTests(SiteFactory site)
{
    private const string Key = "2017-hk-macau-work-points";
    private const string Base = "https://gaob.example.gov.cn";

    private static void AssertIsTheChineseNotice(JsonNode item)
    {
        Assert.Equal(Key, item["key"]!.GetValue<string>());
        Assert.Equal("disclosure", item["type"]!.GetValue<string>());
        Assert.Equal("zh-CN", item["language"]!.GetValue<string>());
        Assert.Equal("关于印发《2017年全市港澳工作要点》的通知", item["title"]!.GetValue<string>());
        Assert.Equal("014109568/2017-00012", item["indexNumber"]!.GetValue<string>());
        Assert.Equal($"{Base}/zh/disclosure/014109568-2017-00012", item["url"]!.GetValue<string>());
        Assert.Equal("常港发〔2017〕1号", item["shared"]!["documentNumber"]!.GetValue<string>());
        Assert.Equal("in-force", item["shared"]!["validity"]!.GetValue<string>());
        Assert.Equal("2017-05-05", item["date"]!.GetValue<string>());
        Assert.Contains("苏澳合作园区正式落户我市（武进西太湖）", item["bodyMarkdown"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("<h2", item["bodyHtml"]!.GetValue<string>(), StringComparison.Ordinal);
        var translation = Assert.Single(item["translations"]!.AsArray());
        Assert.Equal("pt-PT", translation!["language"]!.GetValue<string>());
        Assert.Equal($"{Base}/pt/disclosure/014109568-2017-00012", translation["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_2017_notice_is_listed_by_type_with_its_fields()
    {
        var items = await site.Browser().AllItemsAsync("&type=disclosure&lang=zh");

        Assert.All(items, i => Assert.Equal("disclosure", i["type"]!.GetValue<string>()));
        AssertIsTheChineseNotice(Assert.Single(items, i => i["key"]!.GetValue<string>() == Key));
    }

    [Fact]
    public async Task The_2017_notice_is_found_by_the_URL_of_its_page()
    {
        AssertIsTheChineseNotice(await site.Browser().JsonAsync("/api/v1/content/zh/disclosure/014109568-2017-00012"));
    }

    [Theory]
    [InlineData("014109568%2F2017-00012")]
    [InlineData("014109568%2f2017-00012")]
    [InlineData("014109568-2017-00012")]
    [InlineData("014109568/2017-00012")]
    public async Task The_2017_notice_is_found_by_its_index_number_written_any_way_a_URL_can_carry_it(string indexNumber)
    {
        AssertIsTheChineseNotice(await site.Browser().JsonAsync("/api/v1/disclosure/" + indexNumber));
    }

    [Fact]
    public async Task The_Portuguese_notice_links_back_to_the_Chinese_one_by_page_and_by_API()
    {
        var client = site.Browser();
        var pt = await client.JsonAsync("/api/v1/disclosure/014109568-2017-00012?lang=pt");
        var zhApiUrl = pt["translations"]![0]!["apiUrl"]!.GetValue<string>();

        Assert.Equal("pt-PT", pt["language"]!.GetValue<string>());
        Assert.Contains("Parque de Cooperação Jiangsu-Macau", pt["bodyMarkdown"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal($"{Base}/zh/disclosure/014109568-2017-00012", pt["translations"]![0]!["url"]!.GetValue<string>());
        AssertIsTheChineseNotice(await client.JsonAsync(zhApiUrl));
        AssertIsTheChineseNotice(await client.JsonAsync("/api/v1/content/" + pt["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Every_listed_item_is_found_again_by_the_URL_of_its_page_Chinese_slugs_included()
    {
        var client = site.Browser();
        var items = await client.AllItemsAsync();

        foreach (var item in items)
        {
            var path = new Uri(item["url"]!.GetValue<string>()).AbsolutePath;
            var found = await client.JsonAsync("/api/v1/content" + path);
            Assert.Equal(item["apiUrl"]!.GetValue<string>(), found["apiUrl"]!.GetValue<string>());
        }
        Assert.Contains(items, i => i["slug"]!.GetValue<string>().Any(c => c > 0x3000));
    }

    [Fact]
    public async Task Attachments_carry_an_absolute_URL_the_size_and_the_SHA256_of_the_served_file()
    {
        var client = site.Browser();
        var item = (await client.AllItemsAsync("&type=disclosure&lang=zh"))
            .Single(i => i["key"]!.GetValue<string>() == "2017-youth-elite-forum-plan");
        var attachment = Assert.Single(item["attachments"]!.AsArray())!;
        var url = attachment["url"]!.GetValue<string>();

        var file = await client.GetByteArrayAsync(url);

        Assert.Equal($"{Base}/media/files/youth-elite-forum-2017-programme.pdf", url);
        Assert.Equal("application/pdf", attachment["contentType"]!.GetValue<string>());
        Assert.Equal(file.Length, attachment["size"]!.GetValue<long>());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(file)), attachment["sha256"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_change_feed_replays_the_seed_in_order_with_every_published_version()
    {
        var client = site.Browser();
        var changes = await client.AllChangesAsync();
        var published = (await client.AllItemsAsync()).Select(i => (i["id"]!.GetValue<Guid>(), i["language"]!.GetValue<string>())).ToHashSet();

        var positions = changes.Select(c => c["position"]!.GetValue<long>()).ToList();
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(positions.Count, positions.Distinct().Count());
        var replayed = changes.Where(c => c["kind"]!.GetValue<string>() == "published")
            .Select(c => (c["itemId"]!.GetValue<Guid>(), c["language"]!.GetValue<string>())).ToHashSet();
        Assert.Superset(published, replayed);
        var notice = changes.First(c => c["key"]!.GetValue<string>() == Key && c["language"]!.GetValue<string>() == "zh-CN");
        Assert.Equal($"{Base}/zh/disclosure/014109568-2017-00012", notice["url"]!.GetValue<string>());
    }
}
