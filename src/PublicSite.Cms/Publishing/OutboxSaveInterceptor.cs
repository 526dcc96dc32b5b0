using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace PublicSite.Cms.Publishing;

/// <summary>
/// Keeps outbox positions committing in order, and after a save that added outbox events has committed, tells every
/// <see cref="IOutboxListener"/>. Saves without a transaction of their own commit in SaveChanges; one inside an
/// explicit transaction is told at its commit.
/// </summary>
/// <remarks>
/// Followers read the outbox by position and move past what they read (issue #17). PostgreSQL hands out identity
/// values at INSERT, not at COMMIT: with two publications at once, position 11 can commit while 10 is still open,
/// and a follower that read 11 never sees 10. Every transaction that inserts outbox rows therefore first takes one
/// transaction-scoped advisory lock, so positions are handed out and committed one writer at a time, in order; a
/// follower can then never read past a position that is still to commit. Chosen over reading only below the
/// oldest open transaction (an xid8 column and a snapshot filter in every reader): one place on the write side
/// instead of care in every reader, and no PostgreSQL-only column. It serialises publications, which are rare.
/// SQLite already serialises writers (BEGIN IMMEDIATE), so nothing is done there.
/// </remarks>
internal sealed class OutboxSaveInterceptor(IServiceProvider services) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    // The same key BeginSerialisedWriteAsync("outbox", ...) would take.
    private const string OutboxLockSql = "SELECT pg_advisory_xact_lock(hashtextextended('outbox', 0))";

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && AddsOutboxEvents(context))
        {
            if (context.Database.CurrentTransaction is null)
            {
                RequireTransaction(context);
            }
            else
            {
                // An explicit transaction: the lock is taken in it before the insert and held to its commit.
                await context.Database.ExecuteSqlRawAsync(OutboxLockSql, cancellationToken);
            }
        }
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && AddsOutboxEvents(context))
        {
            if (context.Database.CurrentTransaction is null)
            {
                RequireTransaction(context);
            }
            else
            {
                context.Database.ExecuteSqlRaw(OutboxLockSql);
            }
        }
        return result;
    }

    // The transaction SaveChanges begins for itself: the lock is its first statement, before any insert, and EF
    // still commits it before accepting the changes, as for any other save.
    public async ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && AddsOutboxEvents(context))
        {
            await using var command = LockCommand(connection, result);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return result;
    }

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        if (eventData.Context is { } context && AddsOutboxEvents(context))
        {
            using var command = LockCommand(connection, result);
            command.ExecuteNonQuery();
        }
        return result;
    }
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

    private static bool AddsOutboxEvents(DbContext context) =>
        context.Database.IsNpgsql() && context.ChangeTracker.Entries<OutboxEvent>().Any(e => e.State == EntityState.Added);

    // A save of a single statement gets no transaction by default, and the lock would go with its autocommit.
    private static void RequireTransaction(DbContext context)
    {
        if (context.Database.AutoTransactionBehavior == AutoTransactionBehavior.WhenNeeded)
        {
            context.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        }
    }

    private static DbCommand LockCommand(DbConnection connection, DbTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = OutboxLockSql;
        return command;
    }

    private async Task NotifyAsync(CancellationToken cancellationToken)
    {
        foreach (var listener in services.GetServices<IOutboxListener>())
        {
            await listener.OutboxWrittenAsync(cancellationToken);
        }
    }
}
