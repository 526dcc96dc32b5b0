using System.Net;

namespace PublicSite.Web.Tests.Reading;

[Collection(SeededSite.Name)]
public sealed class ReadingOptionsTests(SiteFactory site)
{
    private const string Notice = "/disclosure/014109568-2017-00012";

    private static string Cookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("publicsite-reading=", StringComparison.Ordinal)).Split(';')[0];

    [Fact]
    public async Task Every_page_offers_text_sizes_and_contrast_as_plain_links()
    {
        var (_, page) = await site.GetPageAsync("/zh" + Notice);

        var links = page.QuerySelectorAll("nav.reading-options a").ToList();
        Assert.Equal(["标准字号", "大字号", "特大字号", "高对比度"], links.Select(a => a.TextContent));
        Assert.All(links, a => Assert.Equal("nofollow", a.GetAttribute("rel")));
        Assert.Equal("/zh/reading?size=large&return=" + Uri.EscapeDataString("/zh" + Notice), links[1].GetAttribute("href"));
    }

    [Fact]
    public async Task Larger_text_and_high_contrast_persist_across_pages_and_languages_without_script()
    {
        var client = site.Browser();
        var chosen = await client.GetAsync("/zh/reading?size=large&return=" + Uri.EscapeDataString("/zh" + Notice));

        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("/zh" + Notice, chosen.Headers.Location?.OriginalString);
        var cookie = Cookie(chosen);

        var contrast = new HttpRequestMessage(HttpMethod.Get, "/pt/reading?contrast=high&return=%2Fpt%2Fnews");
        contrast.Headers.Add("Cookie", cookie);
        var both = await client.SendAsync(contrast);
        Assert.Equal("/pt/news", both.Headers.Location?.OriginalString);

        foreach (var path in new[] { "/pt/news", "/zh-hant" + Notice, "/zh/search?q=%E6%B8%AF%E6%BE%B3" })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Cookie", Cookie(both));
            var page = await SiteFactory.ParseAsync(await client.SendAsync(request));
            Assert.Equal(["text-large", "contrast-high"], page.DocumentElement.ClassList);
            Assert.Equal("true", page.QuerySelector("nav.reading-options a[href*='size=large']")?.GetAttribute("aria-current"));
        }
    }

    [Fact]
    public async Task The_Traditional_view_sends_the_reader_back_to_the_Traditional_page()
    {
        var (_, page) = await site.GetPageAsync("/zh-hant" + Notice);

        var large = page.QuerySelector("nav.reading-options a[href*='size=large']")!;
        Assert.Equal("大字號", large.TextContent);
        Assert.Equal("/zh-hant/reading?size=large&return=" + Uri.EscapeDataString("/zh-hant" + Notice), large.GetAttribute("href"));
        var chosen = await site.Browser().GetAsync(large.GetAttribute("href"));
        Assert.Equal("/zh-hant" + Notice, chosen.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/zh/reading?size=huge", "无法识别该阅读选项，请返回页面重新选择。")]
    [InlineData("/pt/reading?contrast=neon", "Opção de leitura desconhecida. Volte à página e escolha de novo.")]
    public async Task An_unknown_choice_is_refused_in_the_readers_language(string path, string message)
    {
        var response = await site.Browser().GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task The_return_address_never_leaves_the_site(string target)
    {
        var response = await site.Browser().GetAsync("/pt/reading?size=large&return=" + Uri.EscapeDataString(target));

        Assert.Equal("/pt/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task High_contrast_colours_reach_seven_to_one()
    {
        var css = await (await site.Browser().GetAsync("/theme/site.css")).Content.ReadAsStringAsync();
        var block = css[css.IndexOf(":root.contrast-high {", StringComparison.Ordinal)..];
        block = block[..block.IndexOf('}', StringComparison.Ordinal)];

        foreach (var colour in System.Text.RegularExpressions.Regex.Matches(block, "#[0-9a-f]{3,6}").Select(m => m.Value).Where(c => c != "#fff"))
        {
            Assert.True(Contrast(colour, "#fff") >= 7, $"{colour} on white is {Contrast(colour, "#fff"):0.0}:1");
        }
    }

    private static double Contrast(string a, string b)
    {
        static double Luminance(string hex)
        {
            hex = hex.TrimStart('#');
            if (hex.Length == 3)
            {
                hex = string.Concat(hex.Select(c => $"{c}{c}"));
            }
            double Channel(int i)
            {
                var c = System.Convert.ToInt32(hex.Substring(i * 2, 2), 16) / 255.0;
                return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            }
            return (0.2126 * Channel(0)) + (0.7152 * Channel(1)) + (0.0722 * Channel(2));
        }
        var (l1, l2) = (Luminance(a), Luminance(b));
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }
}
