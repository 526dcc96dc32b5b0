using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Features.Applications.Data;

/// <summary>
/// Applications are personal data, not content: they have their own context and migrations (history table
/// <c>__ApplicationsMigrationsHistory</c>) in the same SQLite file as the CMS, and can be purged on their own.
/// </summary>
public class ApplicationsDbContext : DbContext
{
    public ApplicationsDbContext(DbContextOptions<ApplicationsDbContext> options) : base(options)
    {
    }

    /// <summary>For <see cref="PostgreSqlApplicationsDbContext"/>, which owns the PostgreSQL migration set.</summary>
    protected ApplicationsDbContext(DbContextOptions options) : base(options)
    {
    }

    public const string MigrationsHistoryTable = "__ApplicationsMigrationsHistory";

    public DbSet<SubmittedApplication> Applications => Set<SubmittedApplication>();

    public DbSet<StatusStep> StatusSteps => Set<StatusStep>();

    public DbSet<ReferenceCounter> ReferenceCounters => Set<ReferenceCounter>();

    public DbSet<ApplicationTally> Tallies => Set<ApplicationTally>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<ApplicationStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<IdDocumentType>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<PhoneRegion>().HaveConversion<string>().HaveMaxLength(10);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ApplicationsDbContext).Assembly,
            type => type.Namespace == typeof(ApplicationsDbContext).Namespace);

    /// <summary>SQLite keeps no time zone: everything is written in UTC and read back as UTC.</summary>
    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

/// <summary>The same context on PostgreSQL: the same model, with the PostgreSQL migrations (Migrations/PostgreSql).</summary>
public sealed class PostgreSqlApplicationsDbContext(DbContextOptions<PostgreSqlApplicationsDbContext> options) : ApplicationsDbContext(options);
