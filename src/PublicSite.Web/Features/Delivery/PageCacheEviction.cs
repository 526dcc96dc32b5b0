using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;
using PublicSite.Cms.Reading;

namespace PublicSite.Web.Features.Delivery;

/// <summary>
/// Keeps the page cache true to the outbox: every event evicts exactly the tags of its item
/// (<see cref="PageCacheTags.ForChange"/>), and the next scheduled publication or expiry — which raises its event
/// only when the schedule job gets to it — is known, so entries never outlive it. Saves in this process call it
/// before they return (<see cref="IOutboxListener"/>); <see cref="PageCacheFollower"/> polls for everything else.
/// </summary>
public sealed class PageCacheEviction(IServiceScopeFactory scopes, IOutputCacheStore store, ILogger<PageCacheEviction> logger)
    : IOutboxListener, IDisposable
{
    private const int BatchSize = 500;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _position = -1;
    private DateTime? _nextScheduledChange;

    /// <summary>When time alone next changes what is public (UTC); no entry is stored to live past it.</summary>
    public DateTime? NextScheduledChange => Volatile.Read(ref _position) < 0 ? DateTime.MinValue : _nextScheduledChange;

    /// <summary>The last outbox position applied (negative before the first pass), for the lag gauge.</summary>
    public long Position => Volatile.Read(ref _position);

    public async Task OutboxWrittenAsync(CancellationToken cancellationToken)
    {
        try
        {
            await CatchUpAsync(rescheduled: true, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The save has committed; the follower retries within its poll interval.
            logger.LogError(exception, "The page cache could not follow the outbox after a save.");
        }
    }

    /// <summary>Evicts what every event since the last call touches; returns how many events it read.</summary>
    /// <param name="rescheduled">A save may have set a publication or expiry without raising an event yet.</param>
    public async Task<int> CatchUpAsync(bool rescheduled, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var content = scope.ServiceProvider.GetRequiredService<PublishedContent>();
            if (_position < 0)
            {
                // Nothing is cached before the first call: start from the end of the outbox.
                _position = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Outbox
                    .MaxAsync(e => (long?)e.Position, cancellationToken) ?? 0;
                await store.EvictByTagAsync(PageCacheTags.All, cancellationToken);
                _nextScheduledChange = await content.NextScheduledChangeAsync(cancellationToken);
                return 0;
            }
            var read = 0;
            while (true)
            {
                var changes = await content.ChangesSinceAsync(_position, BatchSize, cancellationToken);
                foreach (var change in changes)
                {
                    foreach (var tag in PageCacheTags.ForChange(change.Event.ItemId, change.ItemKey, change.Type.Key))
                    {
                        await store.EvictByTagAsync(tag, cancellationToken);
                    }
                    _position = change.Event.Position;
                }
                read += changes.Count;
                if (changes.Count < BatchSize)
                {
                    break;
                }
            }
            if (read > 0 || rescheduled)
            {
                // A publication may have been scheduled, or the one awaited withdrawn.
                _nextScheduledChange = await content.NextScheduledChangeAsync(cancellationToken);
            }
            return read;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The scheduled instant has come: what was public may not be any more (or something new is), before the
    /// schedule job raises the event. Everything is evicted once and the next instant read.
    /// </summary>
    public async Task PassScheduledChangeAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var content = scope.ServiceProvider.GetRequiredService<PublishedContent>();
            if (_nextScheduledChange is { } next && next > content.UtcNow && _position >= 0)
            {
                return; // Another request passed it meanwhile.
            }
            await store.EvictByTagAsync(PageCacheTags.All, cancellationToken);
            if (_position < 0)
            {
                _position = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Outbox
                    .MaxAsync(e => (long?)e.Position, cancellationToken) ?? 0;
            }
            _nextScheduledChange = await content.NextScheduledChangeAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
