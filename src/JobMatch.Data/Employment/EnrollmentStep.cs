using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Employment;

/// <summary>A project step a citizen has started, and completed if <see cref="CompletedOn"/> is set.</summary>
public sealed class EnrollmentStep
{
    public Guid Id { get; set; }
    public Guid EnrollmentId { get; set; }
    public int StepOrder { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly? CompletedOn { get; set; }
}

internal sealed class EnrollmentStepConfiguration : IEntityTypeConfiguration<EnrollmentStep>
{
    public void Configure(EntityTypeBuilder<EnrollmentStep> b) => b.HasIndex(s => s.EnrollmentId);
}
