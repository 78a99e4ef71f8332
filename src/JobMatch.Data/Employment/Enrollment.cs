using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Employment;

/// <summary>A citizen's enrolment in a project (a Registry project code), with the steps reached.</summary>
public sealed class Enrollment : ICitizenRecord, Changes.IVersioned
{
    public Guid Id { get; set; }
    public Guid CitizenId { get; set; }
    public required string ProjectCode { get; set; }
    /// <summary>The agency that referred the citizen, e.g. SOF's Jobshop or a jobcenter.</summary>
    public required string ReferredBy { get; set; }
    public DateOnly EnrolledOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    public PlanStatus Status { get; set; }
    /// <summary>Raised by every change; a writer sends back the version it read (optimistic concurrency).</summary>
    public int Version { get; set; }
    public List<EnrollmentStep> Steps { get; set; } = [];
}

internal sealed class EnrollmentConfiguration : IEntityTypeConfiguration<Enrollment>
{
    public void Configure(EntityTypeBuilder<Enrollment> b)
    {
        b.Property(e => e.Version).IsConcurrencyToken();
        b.Property(e => e.ProjectCode).HasMaxLength(40);
        b.Property(e => e.ReferredBy).HasMaxLength(40);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.HasMany(e => e.Steps).WithOne().HasForeignKey(s => s.EnrollmentId);
        b.HasIndex(e => e.CitizenId);
        // A project's participants in citizen order: a filter by project walks it a chunk at a time.
        b.HasIndex(e => new { e.ProjectCode, e.CitizenId });
    }
}
