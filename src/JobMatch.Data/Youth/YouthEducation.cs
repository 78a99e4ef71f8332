using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Youth;

/// <summary>A young person's education, e.g. STU (særligt tilrettelagt ungdomsuddannelse) or FGU.</summary>
public sealed class YouthEducation : ICitizenRecord
{
    public Guid Id { get; set; }
    public Guid CitizenId { get; set; }
    public required string Programme { get; set; }
    public required string Institution { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? ExpectedEnd { get; set; }
    public PlanStatus Status { get; set; }
}

internal sealed class YouthEducationConfiguration : IEntityTypeConfiguration<YouthEducation>
{
    public void Configure(EntityTypeBuilder<YouthEducation> b)
    {
        b.Property(e => e.Programme).HasMaxLength(40);
        b.Property(e => e.Institution).HasMaxLength(200);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(e => e.CitizenId);
    }
}
