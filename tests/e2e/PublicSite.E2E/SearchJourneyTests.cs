using System.Text.RegularExpressions;

using PublicSite.E2E.Infrastructure;

using static Microsoft.Playwright.Assertions;

namespace PublicSite.E2E;

/// <summary>A reader on a phone searches from the header, narrows to disclosed documents and opens the notice.</summary>
[Collection(SiteCollection.Name)]
public sealed class SearchJourneyTests(SiteFixture site)
{
    [Theory]
    [InlineData(Viewport.PhoneName, "苏澳合作园区")]
    [InlineData(Viewport.PhoneName, "蘇澳合作園區")]
    public async Task Reader_searches_from_the_header_filters_to_disclosed_documents_and_opens_the_notice(string viewport, string query)
    {
        await using var session = await site.OpenAsync("search-journey", viewport);
        var page = session.Page;
        await session.GotoAsync(Seed.HomeZh);

        await page.GetByRole(AriaRole.Search).First.GetByRole(AriaRole.Searchbox).FillAsync(query);
        await session.ActivateAsync(page.Locator("header form.site-search button"));
        await Expect(page).ToHaveURLAsync(new Regex("/zh/search\\?q="));
        // The index is built in the background when the site starts; a reader arriving first would reload.
        for (var attempt = 0; attempt < 60 && await page.Locator("ol.result-list li").CountAsync() == 0; attempt++)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }
        await Expect(page.Locator(".result-count")).ToContainTextAsync(new Regex("\\d"));
        Assert.True(await page.Locator("ol.result-list mark").CountAsync() > 0, "matches are marked in the results");
        await session.ScreenshotAsync("results");

        await session.ActivateAsync(page.Locator("a.to-filters"));
        var typeFilter = page.Locator(".search-filters nav.facet").First;
        await session.ActivateAsync(typeFilter.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^政府信息公开") }));
        await Expect(page).ToHaveURLAsync(new Regex("type=disclosure"));
        await Expect(typeFilter.Locator("a[aria-current='true']")).ToContainTextAsync("政府信息公开");
        foreach (var href in await page.Locator("ol.result-list h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
        {
            Assert.StartsWith("/zh/disclosure/", href, StringComparison.Ordinal);
        }
        await session.ScreenshotAsync("filtered");

        await session.ActivateAsync(page.Locator("ol.result-list h2 a", new() { HasText = "2017年全市港澳工作要点" }));
        await Expect(page).ToHaveURLAsync(site.Url(Seed.NoticePathZh));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Seed.NoticeTitleZh);
        await Expect(page.Locator("dl.meta-table")).ToContainTextAsync("014109568/2017-00012");
        session.AssertNoBrowserProblems();
    }

    [Fact]
    public async Task Hostile_input_in_the_header_search_gives_a_page_not_an_error()
    {
        await using var session = await site.OpenAsync("search-hostile", Viewport.PhoneName);
        var response = await session.GotoAsync("/zh/search?q=" + Uri.EscapeDataString("\"*:*) OR (<script>alert(1)</script> \u0001" + new string('港', 500)));

        Assert.Equal(200, response.Status);
        Assert.Equal(0, await session.Page.Locator("main script").CountAsync());
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        session.AssertNoBrowserProblems();
    }
}
