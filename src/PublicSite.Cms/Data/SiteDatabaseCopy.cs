using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace PublicSite.Cms.Data;

/// <summary>How many rows one table holds in the site's database and in the copy.</summary>
public sealed record CopiedTable(string Context, string Table, long Source, long Target)
{
    public bool Matches => Source == Target;
}

/// <summary>The target database already holds rows: a copy goes into an empty, new database only.</summary>
public sealed class TargetNotEmptyException(string table, long rows)
    : InvalidOperationException($"The target database is not empty: table {table} has {rows} rows. Copy into a new, empty database.");

/// <summary>
/// Copies every context of the site's database (content, revisions, outbox, media records, taxonomies, audit log,
/// accounts, keys, every personal-data workflow) into another database, PostgreSQL as a rule: a SQLite site moving
/// to several nodes. The target is migrated with its provider's own migration set, then filled table by table,
/// principals first, rows as they are (keys, stamps, encrypted fields and hashes unchanged: the keys table moves
/// with them, so what was protected stays readable). Nothing is changed in the source.
/// </summary>
public sealed class SiteDatabaseCopy(IServiceProvider services, IEnumerable<SiteDbContextRegistration> contexts)
{
    /// <summary>Rows per round trip: bounded memory for an audit log of millions of rows.</summary>
    private const int PageSize = 1000;

    private static readonly MethodInfo CopyRowsMethod =
        typeof(SiteDatabaseCopy).GetMethod(nameof(CopyRowsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Copies into <paramref name="target"/> and returns each table's counts, read back from both databases.</summary>
    public async Task<IReadOnlyList<CopiedTable>> CopyAsync(SiteDatabase target, CancellationToken cancellationToken)
    {
        var registrations = contexts.DistinctBy(c => c.Context).ToList();
        foreach (var registration in registrations)
        {
            await using var destination = registration.Open(target);
            await destination.Database.MigrateAsync(cancellationToken);
            foreach (var table in Tables(destination))
            {
                if (await CountAsync(destination, table, cancellationToken) is > 0 and var rows)
                {
                    throw new TargetNotEmptyException(table.Name, rows);
                }
            }
        }

        var counts = new List<CopiedTable>();
        foreach (var registration in registrations)
        {
            await using var scope = services.CreateAsyncScope();
            var source = (DbContext)scope.ServiceProvider.GetRequiredService(registration.Context);
            await using var destination = registration.Open(target);
            destination.ChangeTracker.AutoDetectChangesEnabled = false;
            // One transaction per context: a copy stopped half-way leaves that context's tables empty, so the
            // next attempt (on a fresh database) is not refused table by table.
            await using (var transaction = await destination.Database.BeginTransactionAsync(cancellationToken))
            {
                foreach (var entityType in InDependencyOrder(destination.Model))
                {
                    await (Task)CopyRowsMethod.MakeGenericMethod(entityType.ClrType)
                        .Invoke(null, [source, destination, entityType, cancellationToken])!;
                }
                await transaction.CommitAsync(cancellationToken);
            }
            foreach (var table in Tables(destination))
            {
                counts.Add(new CopiedTable(registration.Context.Name, table.Name,
                    await CountAsync(source, table, cancellationToken), await CountAsync(destination, table, cancellationToken)));
            }
        }
        counts.AddRange(await UnknownTablesAsync(registrations, counts, cancellationToken));
        if (target.IsPostgreSql)
        {
            await using var any = registrations[0].Open(target);
            await RestartIdentitiesAsync(any, cancellationToken);
        }
        return counts;
    }

    /// <summary>
    /// Tables of the source that no context maps (made by hand, or by a feature this version lacks): listed with no
    /// rows copied, so that the counts do not match and nobody switches to a copy that left data behind.
    /// </summary>
    private async Task<IEnumerable<CopiedTable>> UnknownTablesAsync(
        List<SiteDbContextRegistration> registrations, List<CopiedTable> copied, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var source = (DbContext)scope.ServiceProvider.GetRequiredService(registrations[0].Context);
        var names = await source.Database.SqlQueryRaw<string>(source.Database.IsSqlite()
            ? "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            : "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")
            .ToListAsync(cancellationToken);
        // The migrations' own bookkeeping is written by migrating the target, not copied.
        var known = copied.Select(t => t.Table).Concat(registrations.Select(r => r.HistoryTable)).Append("__EFMigrationsLock")
            .ToHashSet(StringComparer.Ordinal);
        var unknown = new List<CopiedTable>();
        foreach (var name in names.Where(n => !known.Contains(n)).Order(StringComparer.Ordinal))
        {
            unknown.Add(new CopiedTable("(no context)", name, await CountAsync(source, new Table(name, null), cancellationToken), 0));
        }
        return unknown;
    }

    private static async Task CopyRowsAsync<TEntity>(DbContext source, DbContext destination, IEntityType entityType, CancellationToken cancellationToken)
        where TEntity : class
    {
        var key = entityType.FindPrimaryKey()!.Properties;
        var ordered = key.Skip(1).Aggregate(
            source.Set<TEntity>().AsTracking().OrderBy(e => EF.Property<object>(e, key[0].Name)),
            (query, property) => query.ThenBy(e => EF.Property<object>(e, property.Name)));
        // A table that refers to itself (a page under another page) goes in one piece, so that EF Core orders the
        // inserts parent first; in pages, a child could come before a parent that sorts after it.
        var pageSize = entityType.GetForeignKeys().Any(f => f.PrincipalEntityType.GetRootType() == entityType) ? int.MaxValue : PageSize;
        for (var page = 0; ; page++)
        {
            var rows = await ordered.Skip(page * pageSize).Take(pageSize).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                // A fresh instance from the row's values, shadow properties (foreign keys, stamps) included; the
                // source's own instance would bring its navigations along.
                var from = source.Entry(row);
                var to = destination.Entry(from.CurrentValues.ToObject());
                to.State = EntityState.Added;
                // By name: the two contexts have models of their own (one per provider).
                foreach (var property in to.Metadata.GetProperties())
                {
                    to.CurrentValues[property] = from.CurrentValues[property.Name];
                }
            }
            await destination.SaveChangesAsync(cancellationToken);
            destination.ChangeTracker.Clear();
            source.ChangeTracker.Clear();
            if (rows.Count < pageSize)
            {
                return;
            }
        }
    }

    /// <summary>Root entity types (a hierarchy is read through its root), each after the types it refers to.</summary>
    private static List<IEntityType> InDependencyOrder(IModel model)
    {
        var roots = model.GetEntityTypes().Where(t => t.BaseType is null && !t.IsOwned() && t.FindPrimaryKey() is not null && t.GetTableName() is not null).ToList();
        var ordered = new List<IEntityType>();
        var visiting = new HashSet<IEntityType>();
        void Visit(IEntityType type)
        {
            if (ordered.Contains(type) || !visiting.Add(type))
            {
                return;
            }
            foreach (var principal in type.GetDerivedTypesInclusive().SelectMany(t => t.GetDeclaredForeignKeys())
                .Select(f => f.PrincipalEntityType.GetRootType()).Where(p => p != type))
            {
                Visit(principal);
            }
            ordered.Add(type);
        }
        roots.ForEach(Visit);
        return ordered;
    }

    private sealed record Table(string Name, string? Schema);

    private static IEnumerable<Table> Tables(DbContext db) => db.Model.GetEntityTypes()
        .Where(t => t.GetTableName() is not null)
        .Select(t => new Table(t.GetTableName()!, t.GetSchema()))
        .Distinct();

    private static async Task<long> CountAsync(DbContext db, Table table, CancellationToken cancellationToken)
    {
        var name = table.Schema is null ? $"\"{table.Name}\"" : $"\"{table.Schema}\".\"{table.Name}\"";
        // Counted in SQL, not through the model: what the tables hold, whatever EF Core would filter.
#pragma warning disable EF1002 // The name comes from the model, not from input.
        return await db.Database.SqlQueryRaw<long>($"SELECT COUNT(*) AS \"Value\" FROM {name}").SingleAsync(cancellationToken);
#pragma warning restore EF1002
    }

    /// <summary>
    /// Rows came in with their keys, so each identity column's sequence still starts at 1: moves it past the
    /// largest key copied, or the first new row would collide with a copied one.
    /// </summary>
    private static async Task RestartIdentitiesAsync(DbContext db, CancellationToken cancellationToken)
    {
        var columns = await db.Database.SqlQueryRaw<IdentityColumn>("""
            SELECT table_name AS "Table", column_name AS "Column" FROM information_schema.columns
            WHERE table_schema = current_schema() AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')
            """).ToListAsync(cancellationToken);
        foreach (var (table, column) in columns)
        {
#pragma warning disable EF1002 // Names read from the catalogue, quoted.
            await db.Database.ExecuteSqlRawAsync($"""
                SELECT setval(pg_get_serial_sequence('"{table}"', '{column}'), COALESCE(MAX("{column}"), 0) + 1, false) FROM "{table}"
                """, cancellationToken);
#pragma warning restore EF1002
        }
    }

    private sealed record IdentityColumn(string Table, string Column);
}
