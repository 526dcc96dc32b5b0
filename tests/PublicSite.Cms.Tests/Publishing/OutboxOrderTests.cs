using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;
using PublicSite.Cms.Reading;

namespace PublicSite.Cms.Tests.Publishing;

/// <summary>
/// Followers (search index, page cache, the API change feed) remember the last position they read and ask for
/// what comes after it, so an event must never become visible after a later position was already read (issue #17).
/// </summary>
public sealed class OutboxOrderTests : IAsyncLifetime
{
    private CmsDatabase _db = null!;

    public async Task InitializeAsync() => _db = await CmsDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<ContentVariant> SaveDraftAsync(string title) =>
        _db.WithAsync(s => s.GetRequiredService<ContentService>().SaveAsync(new ContentEdit
        {
            TypeKey = "news", Language = "zh-CN", Title = title, Body = "正文",
            Fields = new NewsArticle { Date = new DateOnly(2026, 11, 20), Tags = ["园区"] },
        }, "editor@example.org", "test", CancellationToken.None));

    private async Task PublishAsync(Guid variantId)
    {
        await using var scope = _db.Scope();
        await scope.ServiceProvider.GetRequiredService<ContentService>().PublishAsync(variantId, "publisher", null, null, default);
    }

    /// <summary>What a follower does on each poll: the events after its position, then its position moves to the last.</summary>
    private sealed class Follower(CmsDatabase db)
    {
        public long Position { get; private set; }

        public List<OutboxEvent> Seen { get; } = [];

        public async Task PollAsync()
        {
            while (true)
            {
                var changes = await db.WithAsync(s => s.GetRequiredService<PublishedContent>().ChangesSinceAsync(Position, 50, default));
                if (changes.Count == 0)
                {
                    return;
                }
                Seen.AddRange(changes.Select(c => c.Event));
                Position = changes[^1].Event.Position;
            }
        }
    }

    [Fact]
    public async Task A_follower_reading_while_an_earlier_publication_is_still_open_does_not_skip_it()
    {
        var first = await SaveDraftAsync("先开始的发布");
        var second = await SaveDraftAsync("后开始先提交的发布");
        var follower = new Follower(_db);
        await follower.PollAsync();

        // T1 publishes through the real service inside a transaction held open, as a slow request's would be.
        await using var slow = _db.Scope();
        var slowDb = slow.ServiceProvider.GetRequiredService<CmsDbContext>();
        await using var transaction = await slowDb.Database.BeginTransactionAsync();
        await slow.ServiceProvider.GetRequiredService<ContentService>().PublishAsync(first.Id, "publisher", null, null, default);

        // T2 publishes on another connection. Once outbox writers are serialised it waits for T1 (so the short wait
        // here runs out); without that it commits at once, with the later position.
        var other = Task.Run(() => PublishAsync(second.Id));
        await Task.WhenAny(other, Task.Delay(TimeSpan.FromSeconds(1)));

        await follower.PollAsync();
        await transaction.CommitAsync();
        await other.WaitAsync(TimeSpan.FromSeconds(30));
        await follower.PollAsync();

        Assert.Equal(new[] { first.Id, second.Id }.Order(), follower.Seen.Select(e => e.VariantId!.Value).Order());
    }

    [Fact]
    public async Task A_follower_polling_during_concurrent_publications_sees_every_event_once()
    {
        const int publishers = 6;
        const int each = 4;
        var drafts = new List<Guid>[publishers];
        for (var p = 0; p < publishers; p++)
        {
            drafts[p] = [];
            for (var i = 0; i < each; i++)
            {
                drafts[p].Add((await SaveDraftAsync($"并发发布 {p}-{i}")).Id);
            }
        }
        var follower = new Follower(_db);
        await follower.PollAsync();

        using var done = new CancellationTokenSource();
        var polling = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                await follower.PollAsync();
            }
        });
        // Each publisher has its own scope (context and connection), as each editor's request on each node has.
        await Task.WhenAll(drafts.Select(list => Task.Run(async () =>
        {
            foreach (var id in list)
            {
                await PublishAsync(id);
            }
        })));
        await done.CancelAsync();
        await polling;
        await follower.PollAsync();

        var written = await _db.WithAsync(s => s.GetRequiredService<CmsDbContext>().Outbox.OrderBy(e => e.Position).Select(e => e.Position).ToListAsync());
        Assert.Equal(publishers * each, written.Count);
        Assert.Equal(written, follower.Seen.Select(e => e.Position));
        Assert.Equal(drafts.SelectMany(d => d).Order(), follower.Seen.Select(e => e.VariantId!.Value).Order());
    }
}
