using Microsoft.EntityFrameworkCore.Design;
using PublicSite.Cms.Data;

namespace PublicSite.Web.Features.Manager.Accounts;

/// <summary>Lets <c>dotnet ef migrations add … --context AccountsDbContext</c> build the model without the web host.</summary>
internal sealed class AccountsDbContextDesignFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args) =>
        new(SiteDatabase.Design(DatabaseProvider.Sqlite).Options<AccountsDbContext>(AccountsDbContext.MigrationsHistoryTable));
}

/// <summary>The same for the PostgreSQL set (<c>--context PostgreSqlAccountsDbContext -o Features/Manager/Accounts/Migrations/PostgreSql</c>).</summary>
internal sealed class PostgreSqlAccountsDbContextDesignFactory : IDesignTimeDbContextFactory<PostgreSqlAccountsDbContext>
{
    public PostgreSqlAccountsDbContext CreateDbContext(string[] args) =>
        new(SiteDatabase.Design(DatabaseProvider.PostgreSql).Options<PostgreSqlAccountsDbContext>(AccountsDbContext.MigrationsHistoryTable));
}
