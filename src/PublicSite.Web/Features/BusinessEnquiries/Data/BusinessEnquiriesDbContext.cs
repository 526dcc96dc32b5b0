using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PublicSite.Web.Features.BusinessEnquiries.Data;

/// <summary>
/// Enquiries are personal data, not content: their own context and migrations (history table
/// <c>__BusinessEnquiriesMigrationsHistory</c>) in the site's SQLite file, so they can be purged on their own.
/// </summary>
public class BusinessEnquiriesDbContext : DbContext
{
    public BusinessEnquiriesDbContext(DbContextOptions<BusinessEnquiriesDbContext> options) : base(options)
    {
    }

    /// <summary>For <see cref="PostgreSqlBusinessEnquiriesDbContext"/>, which owns the PostgreSQL migration set.</summary>
    protected BusinessEnquiriesDbContext(DbContextOptions options) : base(options)
    {
    }

    public const string MigrationsHistoryTable = "__BusinessEnquiriesMigrationsHistory";

    public DbSet<BusinessEnquiry> Enquiries => Set<BusinessEnquiry>();

    public DbSet<EnquiryStep> Steps => Set<EnquiryStep>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var enquiry = modelBuilder.Entity<BusinessEnquiry>();
        enquiry.ToTable("BusinessEnquiries");
        enquiry.HasIndex(e => e.ReferenceNumber).IsUnique();
        enquiry.HasIndex(e => e.ReceivedUtc);
        enquiry.Property(e => e.ReferenceNumber).HasMaxLength(32);
        enquiry.Property(e => e.Language).HasMaxLength(10);
        enquiry.Property(e => e.Company).HasMaxLength(EnquiryForm.MaxShort);
        enquiry.Property(e => e.Country).HasMaxLength(EnquiryForm.MaxShort);
        enquiry.Property(e => e.Sector).HasMaxLength(EnquiryForm.MaxShort);
        enquiry.Property(e => e.CompanySize).HasMaxLength(20);
        enquiry.Property(e => e.Topics).HasMaxLength(200);
        enquiry.Property(e => e.EmailMasked).HasMaxLength(EnquiryForm.MaxShort);
        enquiry.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        enquiry.Property(e => e.AssignedTo).HasMaxLength(256);
        // The purge deletes enquiries in one statement: their history goes with them.
        enquiry.HasMany(e => e.Steps).WithOne().HasForeignKey(s => s.EnquiryId).OnDelete(DeleteBehavior.Cascade);

        var step = modelBuilder.Entity<EnquiryStep>();
        step.ToTable("BusinessEnquirySteps");
        step.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        step.Property(s => s.Actor).HasMaxLength(256);
        step.Property(s => s.AssignedTo).HasMaxLength(256);
    }

    /// <summary>SQLite keeps no time zone: everything is written in UTC and read back as UTC.</summary>
    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

/// <summary>The same context on PostgreSQL: the same model, with the PostgreSQL migrations (Migrations/PostgreSql).</summary>
public sealed class PostgreSqlBusinessEnquiriesDbContext(DbContextOptions<PostgreSqlBusinessEnquiriesDbContext> options) : BusinessEnquiriesDbContext(options);
