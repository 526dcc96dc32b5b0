using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublicSite.Cms.Disclosure;

namespace PublicSite.Cms.Data.Configurations;

internal sealed class CatalogueEntryConfiguration : IEntityTypeConfiguration<CatalogueEntry>
{
    public void Configure(EntityTypeBuilder<CatalogueEntry> builder)
    {
        builder.HasKey(e => e.ItemId);
        builder.HasOne(e => e.Item).WithOne().HasForeignKey<CatalogueEntry>(e => e.ItemId);
        builder.Property(e => e.IndexNumber).HasMaxLength(40);
        builder.Property(e => e.DocumentNumber).HasMaxLength(40);
        builder.Property(e => e.IssuingBody).HasMaxLength(60);
        builder.Property(e => e.Category).HasMaxLength(60);
        builder.Property(e => e.Subject).HasMaxLength(60);
        builder.Property(e => e.Genre).HasMaxLength(60);
        builder.HasIndex(e => e.PublicationDate);
        builder.HasIndex(e => e.Year);
        builder.HasIndex(e => e.IssuingBody);
        builder.HasIndex(e => e.Category);
        builder.HasIndex(e => e.Subject);
        builder.HasIndex(e => e.DocumentNumber);
    }
}

internal sealed class IndexNumberSequenceConfiguration : IEntityTypeConfiguration<IndexNumberSequence>
{
    public void Configure(EntityTypeBuilder<IndexNumberSequence> builder)
    {
        builder.HasKey(s => new { s.OrganisationCode, s.Year });
        builder.Property(s => s.OrganisationCode).HasMaxLength(18);
    }
}

internal sealed class ViewCountConfiguration : IEntityTypeConfiguration<ViewCount>
{
    public void Configure(EntityTypeBuilder<ViewCount> builder) => builder.HasKey(v => v.ItemId);
}
