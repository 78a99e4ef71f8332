using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Employment;

/// <summary>A period in which a citizen belonged to a target group.</summary>
public sealed class TargetGroupPeriod : ICitizenRecord
{
    public Guid Id { get; set; }
    public Guid CitizenId { get; set; }
    public required string TargetGroupCode { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
}

internal sealed class TargetGroupPeriodConfiguration : IEntityTypeConfiguration<TargetGroupPeriod>
{
    public void Configure(EntityTypeBuilder<TargetGroupPeriod> b)
    {
        b.Property(p => p.TargetGroupCode).HasMaxLength(40);
        b.HasOne<TargetGroup>().WithMany().HasForeignKey(p => p.TargetGroupCode);
        b.HasIndex(p => p.CitizenId);
        b.HasIndex(p => new { p.TargetGroupCode, p.To });
        // A target group's members in citizen order: a filter by target group walks it a chunk at a time.
        b.HasIndex(p => new { p.TargetGroupCode, p.CitizenId });
    }
}
