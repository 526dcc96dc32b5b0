using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PublicSite.Web.Features.EventRegistrations.Data;

/// <summary>
/// Registrations are personal data, not content: their own context and migrations (history table
/// <c>__EventRegistrationsMigrationsHistory</c>) in the site's SQLite file, purged on their own.
/// </summary>
public class EventRegistrationsDbContext : DbContext
{
    public EventRegistrationsDbContext(DbContextOptions<EventRegistrationsDbContext> options) : base(options)
    {
    }

    /// <summary>For <see cref="PostgreSqlEventRegistrationsDbContext"/>, which owns the PostgreSQL migration set.</summary>
    protected EventRegistrationsDbContext(DbContextOptions options) : base(options)
    {
    }

    public const string MigrationsHistoryTable = "__EventRegistrationsMigrationsHistory";

    public DbSet<EventRegistration> Registrations => Set<EventRegistration>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var registration = modelBuilder.Entity<EventRegistration>();
        registration.ToTable("EventRegistrations");
        registration.HasIndex(r => r.ReferenceNumber).IsUnique();
        registration.HasIndex(r => new { r.EventKey, r.Status });
        registration.HasIndex(r => r.EventEndsUtc);
        registration.Property(r => r.ReferenceNumber).HasMaxLength(32);
        registration.Property(r => r.EventKey).HasMaxLength(200);
        registration.Property(r => r.Language).HasMaxLength(10);
        registration.Property(r => r.Company).HasMaxLength(RegistrationForm.MaxShort);
        registration.Property(r => r.Country).HasMaxLength(RegistrationForm.MaxShort);
        registration.Property(r => r.EmailMasked).HasMaxLength(RegistrationForm.MaxShort);
        registration.Property(r => r.Interests).HasMaxLength(4000);
        registration.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
    }

    /// <summary>SQLite keeps no time zone: everything is written in UTC and read back as UTC.</summary>
    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

/// <summary>The same context on PostgreSQL: the same model, with the PostgreSQL migrations (Migrations/PostgreSql).</summary>
public sealed class PostgreSqlEventRegistrationsDbContext(DbContextOptions<PostgreSqlEventRegistrationsDbContext> options) : EventRegistrationsDbContext(options);
