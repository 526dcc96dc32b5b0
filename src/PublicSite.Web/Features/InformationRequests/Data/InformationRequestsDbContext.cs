using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Features.InformationRequests.Data;

/// <summary>
/// Requests for information are personal data, not content: their own context and migrations (history table
/// <c>__InformationRequestsMigrationsHistory</c>) in the site's SQLite file, purged on their own.
/// </summary>
public class InformationRequestsDbContext : DbContext
{
    public InformationRequestsDbContext(DbContextOptions<InformationRequestsDbContext> options) : base(options)
    {
    }

    /// <summary>For <see cref="PostgreSqlInformationRequestsDbContext"/>, which owns the PostgreSQL migration set.</summary>
    protected InformationRequestsDbContext(DbContextOptions options) : base(options)
    {
    }

    public const string MigrationsHistoryTable = "__InformationRequestsMigrationsHistory";

    public DbSet<InformationRequest> Requests => Set<InformationRequest>();

    public DbSet<RequestStep> Steps => Set<RequestStep>();

    public DbSet<RequestLetter> Letters => Set<RequestLetter>();

    public DbSet<ReferenceCounter> ReferenceCounters => Set<ReferenceCounter>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<ApplicantKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<IdDocumentType>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<InformationForm>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<DeliveryMethod>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<RequestStepKind>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<RequestDecision>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<DecisionGround>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<OrganisationKind>().HaveConversion<string>().HaveMaxLength(20);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<InformationRequest>(request =>
        {
            request.ToTable("InformationRequests");
            request.HasIndex(r => r.ReferenceNumber).IsUnique();
            request.Property(r => r.ReferenceNumber).HasMaxLength(32);
            request.Property(r => r.Language).HasMaxLength(10);
            request.Property(r => r.Name).HasMaxLength(RequestLimits.Name);
            request.Property(r => r.Email).HasMaxLength(RequestLimits.Email);
            request.Property(r => r.Description).HasMaxLength(RequestLimits.Description);
            request.Property(r => r.DocumentNumber).HasMaxLength(RequestLimits.DocumentNumber);
            request.Property(r => r.CorrectionAsked).HasMaxLength(RequestLimits.Note);
            request.Property(r => r.Correction).HasMaxLength(RequestLimits.Description);
            request.Ignore(r => r.Clock);
            request.HasMany(r => r.Steps).WithOne().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Cascade);
            request.HasMany(r => r.Letters).WithOne().HasForeignKey(l => l.RequestId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<RequestStep>(step =>
        {
            step.ToTable("InformationRequestSteps");
            step.Property(s => s.ChangedBy).HasMaxLength(256);
            step.Property(s => s.Note).HasMaxLength(RequestLimits.Note);
        });
        modelBuilder.Entity<RequestLetter>(letter =>
        {
            letter.ToTable("InformationRequestLetters");
            letter.Property(l => l.SentBy).HasMaxLength(256);
        });
        modelBuilder.Entity<ReferenceCounter>(counter =>
        {
            counter.ToTable("InformationRequestReferenceCounters");
            counter.HasKey(c => c.Prefix);
            counter.Property(c => c.Prefix).HasMaxLength(32);
        });
    }

    /// <summary>SQLite keeps no time zone: everything is written in UTC and read back as UTC.</summary>
    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

/// <summary>The same context on PostgreSQL: the same model, with the PostgreSQL migrations (Migrations/PostgreSql).</summary>
public sealed class PostgreSqlInformationRequestsDbContext(DbContextOptions<PostgreSqlInformationRequestsDbContext> options) : InformationRequestsDbContext(options);
