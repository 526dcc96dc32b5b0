using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublicSite.Cms.Content;

namespace PublicSite.Cms.Data.Configurations;

internal sealed class ContentItemConfiguration : IEntityTypeConfiguration<ContentItem>
{
    public void Configure(EntityTypeBuilder<ContentItem> builder)
    {
        builder.Property(i => i.TypeKey).HasMaxLength(32);
        builder.Property(i => i.Key).HasMaxLength(120);
        builder.Property(i => i.IndexNumber).HasMaxLength(40);
        builder.HasIndex(i => i.Key).IsUnique();
        builder.HasIndex(i => i.IndexNumber).IsUnique();
        builder.HasIndex(i => new { i.TypeKey, i.ListDate });
        builder.HasMany(i => i.Variants).WithOne(v => v.Item).HasForeignKey(v => v.ItemId);
    }
}
