using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublicSite.Cms.Media;

namespace PublicSite.Cms.Data.Configurations;

internal sealed class MediaFileConfiguration : IEntityTypeConfiguration<MediaFile>
{
    public void Configure(EntityTypeBuilder<MediaFile> builder)
    {
        builder.HasKey(f => f.Path);
        builder.Property(f => f.Path).HasMaxLength(300);
        builder.Property(f => f.Folder).HasMaxLength(80);
        builder.Property(f => f.OriginalName).HasMaxLength(260);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.AltZh).HasMaxLength(300);
        builder.Property(f => f.AltPt).HasMaxLength(300);
        builder.Property(f => f.UploadedBy).HasMaxLength(256);
        builder.HasIndex(f => new { f.Folder, f.UploadedAt });
        builder.Ignore(f => f.IsImage);
    }
}
