using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Publishing;

namespace PublicSite.Search.Tests.Querying;

/// <summary>A lone character is found wherever it stands in a run of Han characters, in either script.</summary>
public sealed class SingleCharacterTests : IAsyncLifetime
{
    private SearchHarness _site = null!;

    public async Task InitializeAsync()
    {
        _site = await SearchHarness.CreateAsync();
        await _site.PublishNewsAsync("开头", "园区建设加快。");
        await _site.PublishNewsAsync("中间", "苏澳合作园区落户。");
        await _site.PublishNewsAsync("末尾", "市民走进公园。");
        await _site.PublishNewsAsync("单独", "东园，西苑。");
        await _site.PublishNewsAsync("没有", "港澳青年实习。");
        await _site.CatchUpAsync();
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Theory]
    [InlineData("园")]
    [InlineData("園")]
    public void A_character_is_found_at_the_start_in_the_middle_at_the_end_and_alone(string query)
    {
        var titles = _site.Search(query, "zh-CN").Hits.Select(h => h.Title).Order(StringComparer.Ordinal);

        Assert.Equal(["中间", "单独", "开头", "末尾"], titles);
    }

    [Fact]
    public async Task A_character_search_follows_later_publications_and_withdrawals()
    {
        Assert.Equal(4, _site.Search("园", "zh-CN").Total);

        var added = await _site.PublishNewsAsync("新增", "植物园开放。");
        await _site.CatchUpAsync();
        Assert.Equal(5, _site.Search("园", "zh-CN").Total);

        await _site.WithAsync(async s => { await s.GetRequiredService<ContentService>().WithdrawAsync(added.Id, "editor", CancellationToken.None); return 0; });
        await _site.CatchUpAsync();
        Assert.Equal(4, _site.Search("园", "zh-CN").Total);
    }

    [Fact]
    public void A_character_at_the_end_of_a_run_is_marked_in_the_snippet()
    {
        var hit = Assert.Single(_site.Search("苑", "zh-CN").Hits);

        Assert.Contains("<mark>苑</mark>", hit.SnippetHtml, StringComparison.Ordinal);
    }
}
