using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace PublicSite.Web.Site.Keys;

/// <summary>
/// The Data Protection key ring, in the site's database so that every web node encrypts and decrypts with the same
/// keys (antiforgery, sign-in cookies, applicants' encrypted data), and the other secrets every node must share
/// (<see cref="SharedSecret"/>). Its own context and migration history
/// (<c>__KeysMigrationsHistory</c>): the keys belong to the host, not to the content or to any feature.
/// </summary>
public class KeysDbContext : DbContext, IDataProtectionKeyContext
{
    public KeysDbContext(DbContextOptions<KeysDbContext> options) : base(options)
    {
    }

    /// <summary>For <see cref="PostgreSqlKeysDbContext"/>, which owns the PostgreSQL migration set.</summary>
    protected KeysDbContext(DbContextOptions options) : base(options)
    {
    }

    public const string MigrationsHistoryTable = "__KeysMigrationsHistory";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<SharedSecret> SharedSecrets => Set<SharedSecret>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SharedSecret>(secret =>
        {
            secret.HasKey(s => s.Name);
            secret.Property(s => s.Name).HasMaxLength(100);
        });
    }
}

/// <summary>The same context on PostgreSQL: the same model, with the PostgreSQL migrations (Migrations/PostgreSql).</summary>
public sealed class PostgreSqlKeysDbContext(DbContextOptions<PostgreSqlKeysDbContext> options) : KeysDbContext(options);
