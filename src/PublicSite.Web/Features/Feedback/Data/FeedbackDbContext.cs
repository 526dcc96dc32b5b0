using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PublicSite.Web.Features.Feedback.Data;

/// <summary>
/// Readers' answers about pages. Not the CMS's context: feedback is not content (no revisions, workflow or outbox)
/// and the CMS core has no web dependency, and an own migration history keeps this module's schema from touching
/// the CMS's migrations. Lives in the site's SQLite file beside the content (history table
/// <c>__FeedbackMigrationsHistory</c>), as the enquiries do.
/// </summary>
public class FeedbackDbContext : DbContext
{
    public FeedbackDbContext(DbContextOptions<FeedbackDbContext> options) : base(options)
    {
    }

    /// <summary>For <see cref="PostgreSqlFeedbackDbContext"/>, which owns the PostgreSQL migration set.</summary>
    protected FeedbackDbContext(DbContextOptions options) : base(options)
    {
    }

    public const string MigrationsHistoryTable = "__FeedbackMigrationsHistory";

    public DbSet<PageFeedback> Answers => Set<PageFeedback>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var answer = modelBuilder.Entity<PageFeedback>();
        answer.ToTable("PageFeedback");
        answer.HasIndex(a => new { a.ItemId, a.ReceivedUtc });
        answer.Property(a => a.Language).HasMaxLength(10);
        answer.Property(a => a.View).HasMaxLength(10);
        answer.Property(a => a.Comment).HasMaxLength(FeedbackForm.CommentMaxLength);
    }

    /// <summary>SQLite keeps no time zone: everything is written in UTC and read back as UTC.</summary>
    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

/// <summary>The same context on PostgreSQL: the same model, with the PostgreSQL migrations (Migrations/PostgreSql).</summary>
public sealed class PostgreSqlFeedbackDbContext(DbContextOptions<PostgreSqlFeedbackDbContext> options) : FeedbackDbContext(options);
