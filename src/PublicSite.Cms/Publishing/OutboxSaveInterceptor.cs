using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace PublicSite.Cms.Publishing;

/// <summary>
/// After a save that added outbox events has committed, tells every <see cref="IOutboxListener"/>. Saves without a
/// transaction of their own commit in SaveChanges; one inside an explicit transaction is told at its commit.
/// </summary>
internal sealed class OutboxSaveInterceptor(IServiceProvider services) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null && WroteOutbox(context))
        {
            await NotifyAsync(cancellationToken);
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null && WroteOutbox(context))
        {
            // Synchronous saves are rare (none in the site today); the listeners' own polling covers them too.
            Task.Run(() => NotifyAsync(CancellationToken.None));
        }
        return result;
    }

    public async Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && WroteOutbox(context))
        {
            await NotifyAsync(cancellationToken);
        }
    }

    // A tracked variant may have been rescheduled without an event (a publication set for later); events added
    // earlier in the same scope stay tracked. So this may say yes once too often: listeners then read the outbox
    // from their own position and find nothing new, which costs a few small queries.
    private static bool WroteOutbox(DbContext context) =>
        context.ChangeTracker.Entries<OutboxEvent>().Any() || context.ChangeTracker.Entries<Content.ContentVariant>().Any();

    private async Task NotifyAsync(CancellationToken cancellationToken)
    {
        foreach (var listener in services.GetServices<IOutboxListener>())
        {
            await listener.OutboxWrittenAsync(cancellationToken);
        }
    }
}
