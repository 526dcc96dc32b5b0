using PublicSite.Search.Querying;

namespace PublicSite.Search.Tests.Querying;

public sealed class HostileInputTests : IAsyncLifetime
{
    private SearchHarness _site = null!;

    public async Task InitializeAsync()
    {
        _site = await SearchHarness.CreateAsync();
        await _site.PublishDocumentAsync("<script>alert('港澳')</script> & 通知", "正文<b>港澳</b>工作 \"quoted\"", "014109568/2026-00001");
        await _site.CatchUpAsync();
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    public static TheoryData<string> Inputs() =>
    [
        "\"港澳", "港澳\"", "(港澳", "[港澳 TO 澳门]", "*:*", "*", "?", "港澳~2", "title:港澳", "+港澳 -澳门", "港澳^100",
        "AND OR NOT", "\\", "/regex/", "{!lucene}", "<script>alert(1)</script>", "' OR 1=1 --", "%00", "\u0000\u0001\u001f",
        "\u202e港澳", "\ud800", "\udc00港澳", "😀港澳😀", "\t\r\n", "", "   ", "de a o", new string('港', 10_000),
        string.Concat(Enumerable.Repeat("港澳 ", 2_000)), string.Concat(Enumerable.Repeat("((((", 2_500)),
    ];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Any_input_gives_results_or_none_without_an_exception(string input)
    {
        foreach (var language in new string?[] { "zh-CN", "pt-PT", null })
        {
            var results = _site.Search(input, language);
            Assert.True(results.Total >= 0);
            Assert.True(results.Query.Length <= QueryText.MaxLength);
        }
    }

    [Fact]
    public void Markup_in_titles_and_text_is_shown_as_text_with_only_marks_added()
    {
        var hit = Assert.Single(_site.Search("港澳", "zh-CN").Hits);

        Assert.Equal("&lt;script&gt;alert(&#39;<mark>港澳</mark>&#39;)&lt;/script&gt; &amp; 通知", hit.TitleHtml);
        Assert.Contains("&lt;script&gt;alert(&#39;<mark>港澳</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", hit.SnippetHtml + hit.TitleHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Control_characters_and_excess_length_are_removed_before_analysis()
    {
        Assert.Equal("港澳 工作", QueryText.Clean("\u0000港澳\u0007\u202e 工作\r\n"));
        Assert.Equal(QueryText.MaxLength, QueryText.Clean(new string('港', 10_000)).Length);
    }
}
