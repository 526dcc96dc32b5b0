using System.Globalization;
using System.Text.Json.Nodes;

namespace PublicSite.Web.Tests.Api;

public sealed class PagingTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static DateTimeOffset PublishedAt(JsonNode item) => item["publishedAt"]!.GetValue<DateTimeOffset>();

    [Fact]
    public async Task The_list_is_newest_first_by_publication_time_then_id()
    {
        var items = await site.Browser().AllItemsAsync();

        var keys = items.Select(i => (PublishedAt(i), i["id"]!.GetValue<Guid>())).ToList();
        Assert.True(items.Count > 20);
        Assert.Equal(keys.OrderByDescending(k => k.Item1).ToList().Select(k => k.Item1), keys.Select(k => k.Item1));
    }

    [Fact]
    public async Task Following_the_cursor_while_items_are_published_neither_repeats_nor_skips_an_item()
    {
        var client = site.Browser();
        var editor = new Editor(site);
        var before = await client.AllItemsAsync("&lang=zh");
        var first = await client.JsonAsync("/api/v1/content?lang=zh&pageSize=4");
        var seen = first["items"]!.AsArray().Select(i => i!["apiUrl"]!.GetValue<string>()).ToList();

        for (var n = 0; n < 3; n++)
        {
            await editor.PublishedNewsAsync($"翻页期间发布的新闻{n}");
        }
        string? next = first["next"]!.GetValue<string>();
        while (next is not null)
        {
            var page = await client.JsonAsync(next);
            seen.AddRange(page["items"]!.AsArray().Select(i => i!["apiUrl"]!.GetValue<string>()));
            next = page["next"]?.GetValue<string>();
        }

        Assert.Equal(before.Select(i => i["apiUrl"]!.GetValue<string>()), seen);
    }

    [Fact]
    public async Task Page_numbers_and_page_sizes_slice_the_same_order()
    {
        var client = site.Browser();
        var all = (await client.AllItemsAsync("&type=disclosure")).Select(i => i["apiUrl"]!.GetValue<string>()).ToList();

        var second = await client.JsonAsync("/api/v1/content?type=disclosure&page=2&pageSize=5");

        Assert.Equal(all.Skip(5).Take(5), second["items"]!.AsArray().Select(i => i!["apiUrl"]!.GetValue<string>()));
        Assert.Equal(2, second["page"]!.GetValue<int>());
        Assert.Equal(all.Count, second["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task UpdatedSince_returns_only_what_was_published_or_changed_after_it()
    {
        var client = site.Browser();
        await client.GetAsync("/api/v1/changes");
        var since = DateTimeOffset.UtcNow;
        var fresh = await new Editor(site).PublishedNewsAsync("增量同步测试新闻");

        var items = await client.AllItemsAsync("&updatedSince=" + Uri.EscapeDataString(since.ToString("O", CultureInfo.InvariantCulture)));

        Assert.Contains(items, i => i["id"]!.GetValue<Guid>() == fresh.ItemId);
        Assert.DoesNotContain(items, i => i["key"]!.GetValue<string>() == "2017-hk-macau-work-points");
    }
}
