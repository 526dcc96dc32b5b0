using Microsoft.EntityFrameworkCore;

namespace PublicSite.Cms.Data;

/// <summary>
/// One context of the site's database as <see cref="SiteDatabaseServiceCollectionExtensions.AddSiteDbContext{TContext, TPostgreSqlContext}"/>
/// registered it: what the tools that work on every context at once (the copy to PostgreSQL) need to open it on
/// another database.
/// </summary>
public sealed record SiteDbContextRegistration(Type Context, Type PostgreSqlContext, string HistoryTable)
{
    /// <summary>
    /// A new instance on <paramref name="database"/> with the provider's own migration set, and none of the
    /// interceptors the site adds (a copy writes rows as they are, raising no events).
    /// </summary>
    public DbContext Open(SiteDatabase database)
    {
        var type = database.IsPostgreSql ? PostgreSqlContext : Context;
        var options = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(type))!;
        database.Use(options, HistoryTable, Context);
        return (DbContext)Activator.CreateInstance(type, options.Options)!;
    }
}
