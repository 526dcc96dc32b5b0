using Microsoft.EntityFrameworkCore;

namespace PublicSite.Web.Features.Inspection.Data;

/// <summary>
/// What the daily check remembers between runs: one row, in the site's database so that every web node sees the
/// same day done and the same findings mailed (history table <c>__InspectionMigrationsHistory</c>).
/// </summary>
public class InspectionDbContext : DbContext
{
    public InspectionDbContext(DbContextOptions<InspectionDbContext> options) : base(options)
    {
    }

    /// <summary>For <see cref="PostgreSqlInspectionDbContext"/>, which owns the PostgreSQL migration set.</summary>
    protected InspectionDbContext(DbContextOptions options) : base(options)
    {
    }

    public const string MigrationsHistoryTable = "__InspectionMigrationsHistory";

    public DbSet<DigestState> DigestStates => Set<DigestState>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var state = modelBuilder.Entity<DigestState>();
        state.ToTable("InspectionDigestState");
        state.Property(s => s.Id).ValueGeneratedNever();
    }
}

/// <summary>The same context on PostgreSQL: the same model, with the PostgreSQL migrations (Migrations/PostgreSql).</summary>
public sealed class PostgreSqlInspectionDbContext(DbContextOptions<PostgreSqlInspectionDbContext> options) : InspectionDbContext(options);

/// <summary>The day last checked (Changzhou) and the red findings already mailed.</summary>
public sealed class DigestState
{
    public const int SingleId = 1;

    public int Id { get; init; } = SingleId;

    public DateOnly? CheckedOn { get; set; }

    public List<string> Reported { get; set; } = [];
}
