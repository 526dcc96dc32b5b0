using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Web.Tests.Manager;
using PublicSite.Web.Tests.Site.Nodes;
using Xunit.Abstractions;

namespace PublicSite.Web.Tests.Site;

/// <summary>
/// Issue #17: two published site processes on one database. What is published on one node is seen on the other
/// within a second, and a node killed with SIGKILL in the middle of a bulk publication loses nothing.
/// </summary>
[Collection(TwoNodeCollection.Name)]
public sealed class TwoNodeProcessTests(TwoNodes nodes, ITestOutputHelper output) : IClassFixture<TwoNodes>, IDisposable
{
    private const int A = 0;
    private const int B = 1;
    private const string Form = "main form.stacked-form";

    /// <summary>The bound: a publication on one node is visible on the other within a second.</summary>
    private static readonly TimeSpan Visible = TimeSpan.FromSeconds(1);

    [PostgreSqlFact]
    public async Task A_publication_through_node_As_manager_is_on_node_Bs_page_change_feed_and_search_within_a_second()
    {
        var token = TwoNodeContent.NewToken();
        var title = $"双节点发布 {token}";
        var editor = await nodes.SignInAsync(A, nodes.EditorEmail, TwoNodes.UserPassword);
        var submitted = await editor.PostFormAsync("/manager/content/edit?type=news&lang=zh", Form, new()
        {
            ["action"] = "submit", ["f.title"] = title, ["body"] = "两个节点共用一个数据库。", ["f.date"] = "2026-12-03",
        });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var item = Guid.Parse(System.Web.HttpUtility.ParseQueryString(submitted.Headers.Location!.OriginalString.Split('?')[1])["item"]!);
        var (slug, since) = await nodes.WithCmsAsync(async s =>
        {
            var db = s.GetRequiredService<CmsDbContext>();
            return (await db.Variants.Where(v => v.ItemId == item).Select(v => v.Slug).SingleAsync(),
                await db.Outbox.MaxAsync(e => (long?)e.Position) ?? 0);
        });
        var publisher = await nodes.SignInAsync(A, nodes.PublisherEmail, TwoNodes.UserPassword);

        var published = await publisher.PostFormAsync($"/manager/content/edit?item={item}&lang=zh", Form, new() { ["action"] = "publish" });
        var clock = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var b = nodes.Url(B);
        var times = await Task.WhenAll(
            SeenAsync(clock, async () => await nodes.Http.GetAsync($"{b}/zh/news/{Uri.EscapeDataString(slug)}") is { StatusCode: HttpStatusCode.OK } page
                && (await page.Content.ReadAsStringAsync()).Contains(title, StringComparison.Ordinal)),
            SeenAsync(clock, async () => (await JsonAsync($"{b}/api/v1/changes?since={since}"))?["changes"]?.AsArray()
                .Any(c => c?["itemId"]?.GetValue<string>() == item.ToString()) == true),
            SeenAsync(clock, async () => (await JsonAsync($"{b}/api/v1/search?q={token}&lang=zh"))?["results"]?.AsArray()
                .Any(r => r?["title"]?.GetValue<string>() == title) == true));

        output.WriteLine($"Published on A → seen on B: page {Ms(times[0])}, change feed {Ms(times[1])}, search {Ms(times[2])}");
        Assert.True(times[0] <= Visible, $"The page took {Ms(times[0])} to appear on node B.");
        Assert.True(times[1] <= Visible, $"The change feed took {Ms(times[1])} to list the item on node B.");
        Assert.True(times[2] <= Visible, $"Search took {Ms(times[2])} to find the item on node B.");
    }

    [PostgreSqlFact]
    public async Task Node_A_killed_with_SIGKILL_during_a_bulk_publication_of_200_loses_nothing_and_both_indexes_converge()
    {
        const int count = 200;
        var token = TwoNodeContent.NewToken();
        var before = await TwoNodeContent.PublishedCountAsync(nodes);
        var variants = await TwoNodeContent.SubmitDraftsAsync(nodes, token, count, nodes.EditorEmail);
        var cookies = new CookieContainer();
        var publisherOnA = await nodes.SignInAsync(A, nodes.PublisherEmail, TwoNodes.UserPassword, cookies);

        // The review queue's "publish selected" with every one ticked (the queue shows 50; the form takes what is posted).
        var bulk = PublishSelectedAsync(publisherOnA, variants);
        var clock = Stopwatch.StartNew();
        var atKill = 0;
        while ((atKill = await TwoNodeContent.PublishedCountAsync(nodes, token)) < 20 && !bulk.IsCompleted && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(10);
        }
        await nodes.KillAsync(A);
        var killedAt = clock.Elapsed;
        var afterKill = await TwoNodeContent.PublishedCountAsync(nodes, token);
        output.WriteLine($"Killed node A after {killedAt.TotalSeconds:0.0} s with {atKill} published (read just before), {afterKill} once it was dead");
        Assert.InRange(afterKill, 20, 180);
        await Assert.ThrowsAnyAsync<Exception>(() => bulk);

        // The rest through node B's review queue, 50 at a time as a publisher sees it, while A restarts on its data.
        var restart = nodes.StartAsync(A);
        var publisherOnB = nodes.Browser(B, cookies);
        for (var round = 0; round < 10; round++)
        {
            var queue = await publisherOnB.GetPageAsync("/manager");
            var ticked = queue.QuerySelectorAll("#inbox-waiting input[name=variant]").Select(i => Guid.Parse(i.GetAttribute("value")!)).ToList();
            if (ticked.Count == 0)
            {
                break;
            }
            Assert.Equal(HttpStatusCode.Redirect, (await PublishSelectedAsync(publisherOnB, ticked)).StatusCode);
        }
        await restart;
        var finished = clock.Elapsed;

        Assert.Equal(before + count, await TwoNodeContent.PublishedCountAsync(nodes));
        Assert.Empty(await TwoNodeContent.BrokenPublicationsAsync(nodes, variants));
        var converged = await Task.WhenAll(ConvergedAsync(A, token, count), ConvergedAsync(B, token, count));
        output.WriteLine($"All {count} published {finished.TotalSeconds:0.0} s after the start; indexes at {count} and ready: "
            + $"A {Ms(converged[0])}, B {Ms(converged[1])} after that");
        Assert.All(converged, time => Assert.NotEqual(TimeSpan.MaxValue, time));
    }

    private static async Task<HttpResponseMessage> PublishSelectedAsync(ManagerClient publisher, IEnumerable<Guid> variants)
    {
        var queue = await publisher.GetPageAsync("/manager");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)(queue.QuerySelector("#inbox-waiting form")
            ?? throw new InvalidOperationException("No review queue form on /manager."));
        var fields = form.Elements.OfType<AngleSharp.Html.Dom.IHtmlInputElement>().Where(i => i.Type == "hidden")
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(variants.Select(v => new KeyValuePair<string, string>("variant", v.ToString())));
        return await publisher.Http.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }

    /// <summary>How long until the node is ready and its search finds <paramref name="count"/> items with the token.</summary>
    private async Task<TimeSpan> ConvergedAsync(int node, string token, int count)
    {
        var clock = Stopwatch.StartNew();
        return await SeenAsync(clock, async () =>
            (await nodes.Http.GetAsync(nodes.Url(node) + "/healthz/ready")).StatusCode == HttpStatusCode.OK
            && (await JsonAsync($"{nodes.Url(node)}/api/v1/search?q={token}&lang=zh"))?["total"]?.GetValue<int>() == count);
    }

    /// <summary>
    /// Polls every 50 ms until <paramref name="seen"/> holds and returns the time on <paramref name="clock"/>; keeps
    /// going past the bound (up to 15 s) so that a failure says how late it was rather than only "too late".
    /// </summary>
    private static async Task<TimeSpan> SeenAsync(Stopwatch clock, Func<Task<bool>> seen)
    {
        while (clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            if (await seen())
            {
                return clock.Elapsed;
            }
            await Task.Delay(50);
        }
        return TimeSpan.MaxValue;
    }

    private async Task<JsonNode?> JsonAsync(string url)
    {
        using var response = await nodes.Http.GetAsync(url);
        return response.IsSuccessStatusCode ? JsonNode.Parse(await response.Content.ReadAsStringAsync()) : null;
    }

    private static string Ms(TimeSpan time) => time == TimeSpan.MaxValue ? "over 15 s" : $"{time.TotalMilliseconds:0} ms";

    public void Dispose()
    {
        foreach (var line in nodes.DrainLog())
        {
            output.WriteLine(line);
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TwoNodeCollection
{
    // Alone on the machine: the one-second bound is about the site, not about sharing two cores with other tests.
    public const string Name = "two node processes";
}
