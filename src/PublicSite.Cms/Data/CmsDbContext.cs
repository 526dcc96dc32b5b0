using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Auditing;
using PublicSite.Cms.Content;
using PublicSite.Cms.Disclosure;
using PublicSite.Cms.Media;
using PublicSite.Cms.Publishing;
using PublicSite.Cms.Taxonomy;

namespace PublicSite.Cms.Data;

/// <summary>The content store. Its migrations are SQLite's; <see cref="PostgreSqlCmsDbContext"/> owns PostgreSQL's.</summary>
public class CmsDbContext : DbContext
{
    public CmsDbContext(DbContextOptions<CmsDbContext> options) : base(options)
    {
    }

    protected CmsDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<ContentItem> Items => Set<ContentItem>();

    public DbSet<ContentVariant> Variants => Set<ContentVariant>();

    public DbSet<ContentRevision> Revisions => Set<ContentRevision>();

    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();

    public DbSet<ManualRedirect> ManualRedirects => Set<ManualRedirect>();

    public DbSet<OutboxEvent> Outbox => Set<OutboxEvent>();

    public DbSet<TaxonomyTerm> Terms => Set<TaxonomyTerm>();

    public DbSet<CatalogueEntry> CatalogueEntries => Set<CatalogueEntry>();

    public DbSet<IndexNumberSequence> IndexNumberSequences => Set<IndexNumberSequence>();

    public DbSet<ViewCount> ViewCounts => Set<ViewCount>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<MediaFile> MediaFiles => Set<MediaFile>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Stored as UTC (PostgreSQL's timestamptz wants it so); SQLite keeps no kind, so it is restored on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CmsDbContext).Assembly);
    }
}
