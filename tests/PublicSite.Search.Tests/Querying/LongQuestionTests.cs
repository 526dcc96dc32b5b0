namespace PublicSite.Search.Tests.Querying;

/// <summary>
/// A long question that no text answers word for word: when a page of texts holds all its words but one, those
/// are the results, and texts holding only half of the words are not scored at all.
/// </summary>
public sealed class LongQuestionTests : IAsyncLifetime
{
    private const string Half = "港澳同胞读书须知";
    private SearchHarness _site = null!;

    public async Task InitializeAsync()
    {
        _site = await SearchHarness.CreateAsync();
        for (var i = 1; i <= 10; i++)
        {
            await _site.PublishNewsAsync($"港澳同胞来常州旅游第{i}期", "港澳同胞来常州旅游。");
        }
        await _site.PublishNewsAsync(Half, "港澳同胞子女在常读书。");
        await _site.CatchUpAsync();
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public void A_page_of_texts_holding_all_words_but_one_is_the_whole_list()
    {
        // Ten texts hold three of the four words (港澳同胞, 常州, 旅游), the notes two (港澳同胞, 读书).
        var results = _site.Search("港澳同胞 常州 旅游 读书", "zh-CN");

        Assert.Equal(10, results.Total);
        Assert.DoesNotContain(results.Hits, h => h.Title == Half);
    }

    [Fact]
    public void Fewer_such_texts_than_a_page_let_texts_holding_half_of_the_words_follow()
    {
        // Only the notes hold three (港澳同胞, 读书, 须知); the ten hold two (港澳同胞, 旅游) and follow.
        var results = _site.Search("港澳同胞 读书 旅游 须知", "zh-CN");

        Assert.Equal(Half, results.Hits[0].Title);
        Assert.Equal(11, results.Total);
    }
}
