using System.Text.RegularExpressions;

using PublicSite.E2E.Infrastructure;

using static Microsoft.Playwright.Assertions;

namespace PublicSite.E2E;

/// <summary>A reader on a phone narrows the disclosure catalogue, opens a document and prints it.</summary>
[Collection(SiteCollection.Name)]
public sealed class DisclosureCatalogueTests(SiteFixture site)
{
    [Theory]
    [InlineData(Viewport.PhoneName)]
    [InlineData(Viewport.DesktopName)]
    public async Task Reader_filters_the_catalogue_by_year_and_category_opens_a_document_and_prints_it(string viewport)
    {
        await using var session = await site.OpenAsync("catalogue-filter", viewport);
        var page = session.Page;
        await session.GotoAsync(Seed.CatalogueZh);

        await page.GetByLabel("年份").SelectOptionAsync("2017");
        await page.GetByLabel("法定主动公开分类").SelectOptionAsync("plans");
        await session.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "筛选" }));
        await Expect(page).ToHaveURLAsync(new Regex(@"/zh/disclosure/catalogue\?year=2017&body=&category=plans&subject=$"));
        await session.ScreenshotAsync("filtered");

        var rows = page.Locator("ul.catalogue > li");
        await Expect(rows).ToHaveCountAsync(int.Parse(Regex.Match(await page.Locator(".result-count").InnerTextAsync(), @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.GetByLabel("年份")).ToHaveValueAsync("2017");
        await Expect(page.GetByLabel("法定主动公开分类")).ToHaveValueAsync("plans");
        foreach (var date in await rows.Locator("time").AllInnerTextsAsync())
        {
            Assert.StartsWith("2017-", date, StringComparison.Ordinal);
        }

        await session.ActivateAsync(rows.GetByRole(AriaRole.Link, new() { Name = Seed.NoticeTitleZh, Exact = true }));
        await Expect(page).ToHaveURLAsync(site.Url(Seed.NoticePathZh));
        var metadata = page.Locator("dl.meta-table");
        foreach (var label in new[] { "信息名称", "索引号", "文件编号", "发布机构", "法定主动公开分类", "主题分类", "体裁分类", "公开方式", "有效性", "生成日期", "公开日期", "浏览次数" })
        {
            await Expect(metadata.Locator("dt", new() { HasTextRegex = new Regex("^" + Regex.Escape(label) + "$") })).ToBeVisibleAsync();
        }
        var qr = page.Locator("figure.qr-code");
        await Expect(qr.Locator("svg")).ToBeVisibleAsync();
        await Expect(qr.Locator("figcaption")).ToHaveTextAsync("扫一扫在手机打开当前页");
        var box = await qr.Locator("svg").BoundingBoxAsync();
        Assert.True(box is { Width: >= 100, Height: >= 100 }, "The QR code is large enough to scan from the screen.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "打印本页" })).ToBeVisibleAsync();
        await session.ScreenshotAsync("document");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(page.Locator(".site-footer")).ToBeHiddenAsync();
        await Expect(page.Locator("[data-page-tools]")).ToBeHiddenAsync();
        await Expect(metadata).ToBeVisibleAsync();
        await Expect(page.Locator(".article-body")).ToBeVisibleAsync();
        await session.ScreenshotAsync("print");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        session.AssertNoBrowserProblems();
    }

    [Theory]
    [InlineData(Viewport.PhoneName)]
    public async Task Larger_text_stays_larger_on_the_next_document_without_script(string viewport)
    {
        await using var session = await site.OpenAsync("font-size", viewport);
        var page = session.Page;
        await session.GotoAsync(Seed.NoticePathZh);
        var body = page.Locator("main article");
        var before = await body.EvaluateAsync<string>("e => getComputedStyle(e).fontSize");

        await session.ActivateAsync(page.Locator("nav.reading-options a[href*='size=large']"));
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(Seed.NoticePathZh) + "$"));
        var larger = await body.EvaluateAsync<string>("e => getComputedStyle(e).fontSize");
        await session.GotoAsync("/zh/disclosure/014109321-2023-00038");
        var next = await page.Locator("main article").EvaluateAsync<string>("e => getComputedStyle(e).fontSize");
        var scrollsSideways = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");

        Assert.True(double.Parse(larger[..^2], System.Globalization.CultureInfo.InvariantCulture) > double.Parse(before[..^2], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(larger, next);
        Assert.False(scrollsSideways);
        session.AssertNoBrowserProblems();
    }
}
