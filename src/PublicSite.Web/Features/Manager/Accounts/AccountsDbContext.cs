using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace PublicSite.Web.Features.Manager.Accounts;

/// <summary>
/// The manager's users and roles (ASP.NET Core Identity), in the site's SQLite file with migrations of their own,
/// so that the CMS core keeps no knowledge of how people sign in.
/// </summary>
public class AccountsDbContext : IdentityDbContext<EditorUser>
{
    public AccountsDbContext(DbContextOptions<AccountsDbContext> options) : base(options)
    {
    }

    /// <summary>For <see cref="PostgreSqlAccountsDbContext"/>, which owns the PostgreSQL migration set.</summary>
    protected AccountsDbContext(DbContextOptions options) : base(options)
    {
    }

    public const string MigrationsHistoryTable = "__AccountsMigrationsHistory";
}

/// <summary>The same context on PostgreSQL: the same model, with the PostgreSQL migrations (Migrations/PostgreSql).</summary>
public sealed class PostgreSqlAccountsDbContext(DbContextOptions<PostgreSqlAccountsDbContext> options) : AccountsDbContext(options);
