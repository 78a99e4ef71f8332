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
    /// <summary>
    /// The citizen's birth date, beside the assignment so that a department's caseload can be read in birth-date order
    /// from one index (the citizens page ordered by birthDate walks the caseload, not every citizen of that age). The
    /// Registry keeps it: <see cref="RegistryContext"/> fills it when an assignment is added and follows a corrected
    /// birth date; nobody sets it by hand.
    /// </summary>
    public DateOnly CitizenBirthDate { get; set; }
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
        // Whether a citizen is in a department's caseload today, read from the index alone. Both indexes hold what tells
        // whether an assignment is in force; with this one covering too, SQLite's planner never probes a citizen
        // through the birth-date index below (one equality) instead of this one (two).
        b.HasIndex(a => new { a.DepartmentCode, a.CitizenId, a.From, a.To });
        // A department's caseload in birth-date order, with what tells whether the assignment is in force.
        b.HasIndex(a => new { a.DepartmentCode, a.CitizenBirthDate, a.CitizenId, a.From, a.To });
    }
}
