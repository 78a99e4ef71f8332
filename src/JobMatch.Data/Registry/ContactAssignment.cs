using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Registry;

/// <summary>An employee assigned as a citizen's contact person in one department.</summary>
public sealed class ContactAssignment : ICitizenRecord, Changes.IVersioned
{
    public Guid Id { get; set; }
    public Guid CitizenId { get; set; }
    public Guid EmployeeId { get; set; }
    public required string DepartmentCode { get; set; }
    /// <summary>What the contact person does for the citizen, e.g. "Jobkonsulent" or "Socialrådgiver".</summary>
    public required string Responsibility { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    /// <summary>Raised by every change; a writer sends back the version it read (optimistic concurrency).</summary>
    public int Version { get; set; }
}

internal sealed class ContactAssignmentConfiguration : IEntityTypeConfiguration<ContactAssignment>
{
    public void Configure(EntityTypeBuilder<ContactAssignment> b)
    {
        b.Property(a => a.Version).IsConcurrencyToken();
        b.Property(a => a.DepartmentCode).HasMaxLength(40);
        b.Property(a => a.Responsibility).HasMaxLength(100);
        b.HasIndex(a => a.CitizenId);
        b.HasIndex(a => a.EmployeeId);
        b.HasIndex(a => new { a.DepartmentCode, a.CitizenId });
    }
}
