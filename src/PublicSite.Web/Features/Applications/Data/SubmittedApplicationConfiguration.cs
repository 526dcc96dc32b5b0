using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PublicSite.Web.Features.Applications.Data;

internal sealed class SubmittedApplicationConfiguration : IEntityTypeConfiguration<SubmittedApplication>
{
    public void Configure(EntityTypeBuilder<SubmittedApplication> builder)
    {
        builder.ToTable("Applications");
        builder.HasIndex(a => a.ReferenceNumber).IsUnique();
        // Finds an earlier application with the same ID document to the same call; a repeat is stored and marked.
        builder.HasIndex(a => new { a.CallItemId, a.IdNumberHash });
        builder.HasIndex(a => new { a.CallItemId, a.Status });
        builder.Property(a => a.ReferenceNumber).HasMaxLength(32);
        builder.Property(a => a.DuplicateOf).HasMaxLength(32);
        builder.Property(a => a.CallKey).HasMaxLength(200);
        builder.Property(a => a.Language).HasMaxLength(10);
        builder.Property(a => a.FullName).HasMaxLength(ApplicationLimits.Name);
        builder.Property(a => a.Email).HasMaxLength(ApplicationLimits.Email);
        builder.Property(a => a.School).HasMaxLength(ApplicationLimits.ShortText);
        builder.Property(a => a.Major).HasMaxLength(ApplicationLimits.ShortText);
        builder.Property(a => a.YearOfStudy).HasMaxLength(ApplicationLimits.ShortText);
        builder.Property(a => a.PreferredHost).HasMaxLength(ApplicationLimits.ShortText);
        builder.Property(a => a.Statement).HasMaxLength(ApplicationLimits.Statement);
        builder.Property(a => a.GuardianName).HasMaxLength(ApplicationLimits.Name);
        builder.HasMany(a => a.Steps).WithOne().HasForeignKey(s => s.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
