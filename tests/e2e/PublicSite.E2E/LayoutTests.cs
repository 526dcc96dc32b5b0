using System.Text.Json;

using PublicSite.E2E.Infrastructure;

namespace PublicSite.E2E;

/// <summary>Pages fit the screen: nothing makes a reader scroll sideways, on a phone above all.</summary>
[Collection(SiteCollection.Name)]
public sealed class LayoutTests(SiteFixture site)
{
    /// <summary>Width of the page and of the window, and the elements that stick out on the right (at most ten).</summary>
    private const string MeasureScript = """
        () => {
          const width = window.innerWidth;
          const wide = [];
          for (const element of document.querySelectorAll('body *')) {
            const box = element.getBoundingClientRect();
            if (box.width > 0 && Math.round(box.right) > width && wide.length < 10) {
              const name = element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') +
                (element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\s+/).join('.') : '');
              wide.push(name + ' (right edge ' + Math.round(box.right) + 'px): ' + (element.textContent || '').trim().slice(0, 60));
            }
          }
          return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, wide };
        }
        """;

    [Theory]
    [InlineData(Viewport.PhoneName, Seed.HomeZh)]
    [InlineData(Viewport.PhoneName, Seed.CatalogueZh)]
    [InlineData(Viewport.PhoneName, Seed.NoticePathZh)]
    [InlineData(Viewport.PhoneName, Seed.HomePt)]
    [InlineData(Viewport.PhoneName, Seed.CataloguePt)]
    [InlineData(Viewport.PhoneName, Seed.NoticePathPt)]
    [InlineData(Viewport.DesktopName, Seed.HomeZh)]
    [InlineData(Viewport.DesktopName, Seed.CatalogueZh)]
    [InlineData(Viewport.DesktopName, Seed.NoticePathZh)]
    [InlineData(Viewport.DesktopName, Seed.HomePt)]
    [InlineData(Viewport.DesktopName, Seed.CataloguePt)]
    [InlineData(Viewport.DesktopName, Seed.NoticePathPt)]
    public async Task Page_fits_the_screen_without_horizontal_scrolling(string viewport, string path)
    {
        await using var session = await site.OpenAsync("no-sideways-scroll", viewport);
        var response = await session.GotoAsync(path);
        Assert.Equal(200, response.Status);
        await session.ScreenshotAsync(path);

        var measure = await session.Page.EvaluateAsync<JsonElement>(MeasureScript);
        var scrollWidth = measure.GetProperty("scrollWidth").GetInt32();
        var innerWidth = measure.GetProperty("innerWidth").GetInt32();
        var wide = measure.GetProperty("wide").EnumerateArray().Select(e => e.GetString()).ToList();

        // A phone that zoomed out to fit a too-wide page would report a wider window: the window must be the screen.
        Assert.Equal(session.Viewport.Width, innerWidth);
        Assert.True(scrollWidth <= innerWidth,
            $"{path} on the {viewport} is {scrollWidth}px wide in a {innerWidth}px window. Wider elements:\n" + string.Join('\n', wide));
        session.AssertNoBrowserProblems();
    }
}
