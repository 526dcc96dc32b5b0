using Microsoft.EntityFrameworkCore.Design;
using PublicSite.Cms.Data;

namespace PublicSite.Web.Site.Keys;

/// <summary>Lets <c>dotnet ef migrations add … --context KeysDbContext</c> build the model without the web host.</summary>
internal sealed class KeysDbContextDesignFactory : IDesignTimeDbContextFactory<KeysDbContext>
{
    public KeysDbContext CreateDbContext(string[] args) =>
        new(SiteDatabase.Design(DatabaseProvider.Sqlite).Options<KeysDbContext>(KeysDbContext.MigrationsHistoryTable));
}

/// <summary>The same for the PostgreSQL set (<c>--context PostgreSqlKeysDbContext -o Site/Keys/Migrations/PostgreSql</c>).</summary>
internal sealed class PostgreSqlKeysDbContextDesignFactory : IDesignTimeDbContextFactory<PostgreSqlKeysDbContext>
{
    public PostgreSqlKeysDbContext CreateDbContext(string[] args) =>
        new(SiteDatabase.Design(DatabaseProvider.PostgreSql).Options<PostgreSqlKeysDbContext>(KeysDbContext.MigrationsHistoryTable));
}
