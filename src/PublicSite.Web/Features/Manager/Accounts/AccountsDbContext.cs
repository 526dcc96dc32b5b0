using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace PublicSite.Web.Features.Manager.Accounts;

/// <summary>
/// The manager's users and roles (ASP.NET Core Identity), in the site's SQLite file with migrations of their own,
/// so that the CMS core keeps no knowledge of how people sign in.
/// </summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : IdentityDbContext<EditorUser>(options)
{
    public const string MigrationsHistoryTable = "__AccountsMigrationsHistory";
}
