using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Features.Applications.Data;

internal sealed class StatusStepConfiguration : IEntityTypeConfiguration<StatusStep>
{
    public void Configure(EntityTypeBuilder<StatusStep> builder)
    {
        builder.ToTable("ApplicationStatusSteps");
        builder.Property(s => s.Note).HasMaxLength(ApplicationLimits.Note);
        builder.Property(s => s.ChangedBy).HasMaxLength(256);
    }
}

internal sealed class ReferenceCounterConfiguration : IEntityTypeConfiguration<ReferenceCounter>
{
    public void Configure(EntityTypeBuilder<ReferenceCounter> builder)
    {
        builder.ToTable("ApplicationReferenceCounters");
        builder.HasKey(c => c.Prefix);
        builder.Property(c => c.Prefix).HasMaxLength(32);
    }
}

internal sealed class ApplicationTallyConfiguration : IEntityTypeConfiguration<ApplicationTally>
{
    public void Configure(EntityTypeBuilder<ApplicationTally> builder)
    {
        builder.ToTable("ApplicationTallies");
        builder.HasKey(t => new { t.CallItemId, t.Status });
    }
}
