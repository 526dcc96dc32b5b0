using System.Net;
using PublicSite.Cms.Content;

namespace PublicSite.Web.Tests.Api;

/// <summary>
/// Unlike Piranha's Web API with anonymous access on, nothing the public site does not show reaches the API,
/// the change feed, the Atom feeds or the sitemap.
/// </summary>
public sealed class PublishedOnlyTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static int s_sequence = 900;

    private readonly Editor _editor = new(site);

    /// <summary>One variant in every state that must stay out of sight, each with a title to look for.</summary>
    private async Task<Dictionary<string, ContentVariant>> HiddenContentAsync()
    {
        var now = DateTime.UtcNow;
        var draft = await _editor.SaveNewsAsync("草稿新闻甲");
        var inReview = await _editor.SaveNewsAsync("待审新闻乙");
        await _editor.SubmitForReviewAsync(inReview);
        var scheduled = await _editor.SaveNewsAsync("定时新闻丙");
        await _editor.PublishAsync(scheduled, at: now.AddDays(1));
        var withdrawn = await _editor.PublishedNewsAsync("撤回新闻丁");
        await _editor.WithdrawAsync(withdrawn);
        var expired = await _editor.SaveNewsAsync("过期新闻戊");
        await _editor.PublishAsync(expired, at: now.AddDays(-3), expires: now.AddMinutes(-1));
        var deleted = await _editor.PublishedNewsAsync("删除新闻己");
        await _editor.DeleteAsync(deleted.ItemId);
        var deletedDraft = await _editor.SaveNewsAsync("删除草稿庚");
        await _editor.DeleteAsync(deletedDraft.ItemId);
        var disclosureDraft = await _editor.SaveDisclosureAsync("未公开的通知辛", $"014109568/2026-{Interlocked.Increment(ref s_sequence):D5}");
        return new()
        {
            ["draft"] = draft, ["in review"] = inReview, ["scheduled"] = scheduled, ["withdrawn"] = withdrawn,
            ["expired"] = expired, ["deleted"] = deleted, ["deleted draft"] = deletedDraft, ["disclosure draft"] = disclosureDraft,
        };
    }

    [Fact]
    public async Task Unpublished_items_are_in_no_list_and_answer_404_by_id_by_URL_and_by_index_number()
    {
        var hidden = await HiddenContentAsync();
        var client = site.Browser();

        var listed = await client.AllItemsAsync();
        var listedNews = await client.AllItemsAsync("&type=news&lang=zh&updatedSince=2000-01-01");

        foreach (var (state, variant) in hidden)
        {
            Assert.DoesNotContain(listed.Concat(listedNews), i => i["id"]!.GetValue<Guid>() == variant.ItemId);
            Assert.DoesNotContain(listed, i => i["title"]!.GetValue<string>() == variant.Title);
            await (await client.GetAsync($"/api/v1/content/{variant.ItemId}")).ProblemAsync(HttpStatusCode.NotFound);
            await (await client.GetAsync($"/api/v1/content/{variant.ItemId}?lang=zh")).ProblemAsync(HttpStatusCode.NotFound);
            var byUrl = await client.GetAsync($"/api/v1/content/zh/{(variant.TypeKey == "news" ? "news" : "disclosure")}/{Uri.EscapeDataString(variant.Slug)}");
            Assert.True(byUrl.StatusCode == HttpStatusCode.NotFound, $"The {state} item answered {(int)byUrl.StatusCode} by URL.");
        }
        await (await client.GetAsync("/api/v1/disclosure/" + hidden["disclosure draft"].Slug)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unpublished_items_raise_no_event_and_withdrawn_or_deleted_ones_end_without_a_URL()
    {
        var hidden = await HiddenContentAsync();

        var changes = await site.Browser().AllChangesAsync();

        foreach (var state in new[] { "draft", "in review", "scheduled", "expired", "deleted draft", "disclosure draft" })
        {
            Assert.DoesNotContain(changes, c => c["itemId"]!.GetValue<Guid>() == hidden[state].ItemId);
        }
        foreach (var (state, kind) in new[] { ("withdrawn", "withdrawn"), ("deleted", "deleted") })
        {
            var events = changes.Where(c => c["itemId"]!.GetValue<Guid>() == hidden[state].ItemId).ToList();
            Assert.Equal(["published", kind], events.Select(e => e["kind"]!.GetValue<string>()));
            Assert.All(events, e => Assert.Null(e["url"]));
            Assert.All(events, e => Assert.Null(e["apiUrl"]));
        }
    }

    [Fact]
    public async Task Unpublished_items_are_in_neither_the_Atom_feeds_nor_the_sitemap()
    {
        var hidden = await HiddenContentAsync();
        var client = site.Browser();

        var documents = new[]
        {
            await client.GetStringAsync("/zh/news/feed.xml"),
            await client.GetStringAsync("/zh/disclosure/feed.xml"),
            await client.GetStringAsync("/sitemap.xml"),
        };

        foreach (var document in documents)
        {
            foreach (var (_, variant) in hidden)
            {
                Assert.DoesNotContain(variant.Title, document, StringComparison.Ordinal);
                Assert.DoesNotContain(variant.Id.ToString(), document, StringComparison.Ordinal);
                Assert.DoesNotContain("/" + Uri.EscapeDataString(variant.Slug) + "<", document, StringComparison.Ordinal);
                Assert.DoesNotContain("/" + Uri.EscapeDataString(variant.Slug) + "\"", document, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task A_withdrawn_page_leaves_the_API_at_once_and_its_translation_stops_linking_to_it()
    {
        var zh = await _editor.PublishedNewsAsync("中葡双语新闻壬");
        var pt = await _editor.PublishedNewsAsync("Notícia bilingue", "pt-PT", zh.ItemId);
        var client = site.Browser();
        Assert.Single((await client.JsonAsync($"/api/v1/content/{zh.ItemId}?lang=zh"))["translations"]!.AsArray());

        await _editor.WithdrawAsync(pt);

        await (await client.GetAsync($"/api/v1/content/{zh.ItemId}?lang=pt")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty((await client.JsonAsync($"/api/v1/content/{zh.ItemId}?lang=zh"))["translations"]!.AsArray());
    }
}
