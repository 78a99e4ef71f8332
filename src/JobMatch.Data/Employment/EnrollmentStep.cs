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
    /// <summary>The consultant the step was taken with (KLAPjob's interview), a Registry employee id.</summary>
    public Guid? EmployeeId { get; set; }
    /// <summary>The placement the step came with (KLAPjob's internship and hiring).</summary>
    public Guid? PlacementId { get; set; }
}

internal sealed class EnrollmentStepConfiguration : IEntityTypeConfiguration<EnrollmentStep>
{
    public void Configure(EntityTypeBuilder<EnrollmentStep> b) => b.HasIndex(s => s.EnrollmentId);
}
