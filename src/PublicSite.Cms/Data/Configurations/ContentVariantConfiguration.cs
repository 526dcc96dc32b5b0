using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublicSite.Cms.Content;

namespace PublicSite.Cms.Data.Configurations;

internal sealed class ContentVariantConfiguration : IEntityTypeConfiguration<ContentVariant>
{
    public void Configure(EntityTypeBuilder<ContentVariant> builder)
    {
        builder.Property(v => v.Language).HasMaxLength(8);
        builder.Property(v => v.TypeKey).HasMaxLength(32);
        builder.Property(v => v.Slug).HasMaxLength(200);
        builder.Property(v => v.Title).HasMaxLength(300);
        builder.Property(v => v.Summary).HasMaxLength(2000);
        builder.Property(v => v.ReturnComment).HasMaxLength(Publishing.EditorialService.MaxReturnComment);
        builder.Property(v => v.ReturnedBy).HasMaxLength(256);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.HasIndex(v => new { v.ItemId, v.Language }).IsUnique();
        builder.HasIndex(v => new { v.TypeKey, v.Language, v.Slug }).IsUnique();
        builder.HasIndex(v => new { v.State, v.PublishAt });
    }
}
