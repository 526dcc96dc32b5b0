namespace PublicSite.Search.Tests.Querying;

public sealed class RankingTests : IAsyncLifetime
{
    private SearchHarness _site = null!;

    public async Task InitializeAsync() => _site = await SearchHarness.CreateAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Words_standing_together_rank_before_the_same_words_apart()
    {
        await _site.PublishNewsAsync("通知乙", "港澳青年代表参加会议，港澳青年来访。实习安排另行通知，实习生报到，实习期满。");
        await _site.PublishNewsAsync("通知甲", "今年将继续开展港澳青年实习活动，欢迎报名。");
        await _site.CatchUpAsync();

        var results = _site.Search("港澳青年实习", "zh-CN");

        Assert.Equal(["通知甲", "通知乙"], results.Hits.Select(h => h.Title));
    }

    [Fact]
    public async Task A_match_in_the_title_ranks_before_a_match_in_the_text()
    {
        await _site.PublishNewsAsync("园区简讯", "本月葡语国家企业来访三次，葡语国家代表参加了座谈。");
        await _site.PublishNewsAsync("葡语国家企业对接会举行", "对接会在常州举行。");
        await _site.CatchUpAsync();

        Assert.Equal("葡语国家企业对接会举行", _site.Search("葡语国家", "zh-CN").Hits[0].Title);
    }

    [Fact]
    public async Task Among_equal_matches_the_newer_document_ranks_first()
    {
        await _site.PublishNewsAsync("西太湖旧闻", "西太湖园区动态。", date: new DateOnly(2016, 10, 20));
        await _site.PublishNewsAsync("西太湖新闻", "西太湖园区动态。", date: new DateOnly(2026, 11, 1));
        await _site.CatchUpAsync();

        Assert.Equal(["西太湖新闻", "西太湖旧闻"], _site.Search("西太湖园区", "zh-CN").Hits.Select(h => h.Title));
    }
}
