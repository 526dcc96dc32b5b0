using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PublicSite.Web.Features.Manager.Accounts;

/// <summary>Lets <c>dotnet ef migrations add --context AccountsDbContext</c> build the model without the web host.</summary>
internal sealed class AccountsDbContextDesignFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AccountsDbContext>()
            .UseSqlite("Data Source=design.db", x => x.MigrationsHistoryTable(AccountsDbContext.MigrationsHistoryTable))
            .Options);
}
