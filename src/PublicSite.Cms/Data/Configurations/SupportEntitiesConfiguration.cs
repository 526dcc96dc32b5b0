using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublicSite.Cms.Content;
using PublicSite.Cms.Publishing;
using PublicSite.Cms.Taxonomy;

namespace PublicSite.Cms.Data.Configurations;

internal sealed class ContentRevisionConfiguration : IEntityTypeConfiguration<ContentRevision>
{
    public void Configure(EntityTypeBuilder<ContentRevision> builder)
    {
        builder.Property(r => r.Author).HasMaxLength(256);
        builder.Property(r => r.Note).HasMaxLength(500);
        builder.Property(r => r.Kind).HasMaxLength(16);
        // Numbers count the history; autosaves stand beside it, one per variant and author.
        builder.HasIndex(r => new { r.VariantId, r.Number }).IsUnique().HasFilter("\"Kind\" IS NULL");
        builder.HasIndex(r => new { r.VariantId, r.Author }).IsUnique().HasFilter("\"Kind\" = 'autosave'");
    }
}

internal sealed class SlugRedirectConfiguration : IEntityTypeConfiguration<SlugRedirect>
{
    public void Configure(EntityTypeBuilder<SlugRedirect> builder)
    {
        builder.Property(r => r.Slug).HasMaxLength(200);
        builder.HasIndex(r => new { r.TypeKey, r.Language, r.Slug }).IsUnique();
    }
}

internal sealed class ManualRedirectConfiguration : IEntityTypeConfiguration<ManualRedirect>
{
    public void Configure(EntityTypeBuilder<ManualRedirect> builder)
    {
        builder.Property(r => r.FromPath).HasMaxLength(OldAddress.MaxLength);
        builder.HasIndex(r => r.FromPath).IsUnique();
        builder.Property(r => r.TargetLanguage).HasMaxLength(8);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
    }
}

internal sealed class OutboxEventConfiguration : IEntityTypeConfiguration<OutboxEvent>
{
    public void Configure(EntityTypeBuilder<OutboxEvent> builder)
    {
        builder.HasKey(e => e.Position);
        builder.Property(e => e.Language).HasMaxLength(8);
    }
}

internal sealed class TaxonomyTermConfiguration : IEntityTypeConfiguration<TaxonomyTerm>
{
    public void Configure(EntityTypeBuilder<TaxonomyTerm> builder)
    {
        builder.Property(t => t.Taxonomy).HasMaxLength(40);
        builder.Property(t => t.Key).HasMaxLength(60);
        builder.HasIndex(t => new { t.Taxonomy, t.Key }).IsUnique();
    }
}
