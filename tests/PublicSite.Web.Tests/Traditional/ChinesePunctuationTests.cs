namespace PublicSite.Web.Tests.Traditional;

[Collection(SeededSite.Name)]
public sealed class ChinesePunctuationTests(SiteFactory site)
{
    private async Task<AngleSharp.Html.Dom.IHtmlDocument> MemorandumAsync(string lang)
    {
        var (_, list) = await site.GetPageAsync($"/{lang}/news?page=1");
        var pages = list.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")!).Where(h => h.Contains("/news/", StringComparison.Ordinal)).ToList();
        foreach (var href in pages)
        {
            var (_, page) = await site.GetPageAsync(href);
            if (page.QuerySelector("main h1")?.TextContent.Contains(lang == "zh" ? "苏澳签署合作备忘录" : "memorando", StringComparison.OrdinalIgnoreCase) == true)
            {
                return page;
            }
        }
        throw new InvalidOperationException("the 2016 memorandum article is not listed");
    }

    [Fact]
    public async Task Chinese_labels_take_a_full_width_colon_and_tag_slugs_are_not_shown()
    {
        var page = await MemorandumAsync("zh");
        var main = page.QuerySelector("main")!.TextContent;

        Assert.Contains("来源：常州市港澳办", main, StringComparison.Ordinal);
        Assert.DoesNotContain("来源: ", main, StringComparison.Ordinal);
        Assert.DoesNotContain("jiangsu-macau-park", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attachment_details_are_in_full_width_brackets_on_Chinese_pages_and_half_width_in_Portuguese()
    {
        var (_, chinese) = await site.GetPageAsync("/zh/disclosure/014109568-2017-00018");
        var (_, portuguese) = await site.GetPageAsync("/pt/disclosure/014109568-2017-00018");

        Assert.Matches("^（PDF，[0-9.,]+ [KM]B）$", chinese.QuerySelector("main li .item-meta")?.TextContent);
        Assert.Matches(@"^\(PDF, [0-9.,]+ [KM]B\)$", portuguese.QuerySelector("main li .item-meta")?.TextContent);
    }

    [Fact]
    public async Task Catalogue_facet_counts_are_in_full_width_brackets_in_Chinese()
    {
        var (_, page) = await site.GetPageAsync("/zh/disclosure/catalogue");

        var options = page.QuerySelectorAll("main option").Select(o => o.TextContent).Where(t => t.Contains('（', StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(options);
        Assert.DoesNotContain(page.QuerySelectorAll("main option"), o => o.TextContent.Contains(" (", StringComparison.Ordinal));
    }
}
