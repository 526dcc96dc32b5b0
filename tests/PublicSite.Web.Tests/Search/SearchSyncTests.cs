using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Publishing;
using PublicSite.Search.Sync;

namespace PublicSite.Web.Tests.Search;

/// <summary>Publishing through the CMS on a site of its own (these tests change content).</summary>
public sealed class SearchSyncTests : IDisposable
{
    private readonly SiteFactory _site = new();

    private Task<ContentVariant> PublishAsync(string title, string body) => _site.WithServicesAsync(async s =>
    {
        var content = s.GetRequiredService<ContentService>();
        var variant = await content.SaveAsync(new ContentEdit
        {
            TypeKey = "news", Language = "zh-CN", Title = title, Body = body, Fields = new NewsArticle { Date = new DateOnly(2026, 11, 26) },
        }, "editor@example.org", null, CancellationToken.None);
        await content.PublishAsync(variant.Id, "editor@example.org", null, null, CancellationToken.None);
        return variant;
    });

    [Fact]
    public async Task A_title_containing_markup_is_shown_as_text_with_its_match_marked()
    {
        await PublishAsync("<script>alert('x')</script>翠鸟交流营开营", "<img src=x onerror=alert(1)>交流营正文");
        await _site.WithServicesAsync(s => s.GetRequiredService<SearchIndexSync>().CatchUpAsync(CancellationToken.None));

        var page = await FirstPageWithResultsAsync("/zh/search?q=" + Uri.EscapeDataString("翠鸟交流营"));

        // The text holding every word first; seed pages holding some of them fill the short page after it.
        var title = page.QuerySelectorAll(".result-title a")[0];
        Assert.Equal("<script>alert('x')</script>翠鸟交流营开营", title.TextContent);
        Assert.Equal("翠鸟交流营", title.QuerySelector("mark")?.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script, main img"));
    }

    [Fact]
    public async Task The_background_sync_makes_a_published_article_searchable_without_help()
    {
        await _site.GetPageAsync("/zh/");
        await PublishAsync("西太湖畔举办葡语国家美食节", "美食节正文");

        // Bounded wait for the background job (it polls every 250 ms); the assertion is on the result, not the time.
        var found = false;
        for (var attempt = 0; attempt < 100 && !found; attempt++)
        {
            var (_, page) = await _site.GetPageAsync("/zh/search?q=" + Uri.EscapeDataString("美食节"));
            found = page.QuerySelectorAll(".result-title a").Any(a => a.TextContent == "西太湖畔举办葡语国家美食节");
            if (!found)
            {
                await Task.Delay(100);
            }
        }
        Assert.True(found);
    }

    /// <summary>
    /// The page once it lists results. The index is already caught up; the bounded retry only rides out a
    /// searcher being swapped by the background job, and a failure says what the index held.
    /// </summary>
    private async Task<AngleSharp.Html.Dom.IHtmlDocument> FirstPageWithResultsAsync(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            var (_, page) = await _site.GetPageAsync(path);
            if (page.QuerySelectorAll(".result-title a").Length > 0 || attempt == 20)
            {
                if (attempt == 20)
                {
                    var state = await _site.WithServicesAsync(s =>
                    {
                        var index = s.GetRequiredService<PublicSite.Search.Indexing.LuceneSearchIndex>();
                        var outbox = s.GetRequiredService<PublicSite.Cms.Data.CmsDbContext>().Outbox.Max(e => e.Position);
                        return Task.FromResult($"open {index.IsOpen}, applied {index.AppliedPosition}, outbox {outbox}, " +
                            $"documents {index.Read(searcher => searcher.IndexReader.NumDocs, -1)}");
                    });
                    Assert.Fail("No results; index " + state + "; page: " + page.QuerySelector("main")?.TextContent.Trim());
                }
                return page;
            }
            await Task.Delay(100);
        }
    }

    public void Dispose() => _site.Dispose();
}
