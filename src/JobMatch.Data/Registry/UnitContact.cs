using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Registry;

/// <summary>
/// A standing contact between two units of different departments, such as a jobcenter's fixed contact person for
/// a counselling centre: the contact person on each side and what the contact is for. Directory data: no citizen.
/// </summary>
public sealed class UnitContact
{
    public int Id { get; set; }
    /// <summary>The unit that names a fixed contact person (the jobcenter).</summary>
    public required string UnitCode { get; set; }
    public Guid EmployeeId { get; set; }
    /// <summary>The unit the contact serves (the counselling centre).</summary>
    public required string CounterpartUnitCode { get; set; }
    /// <summary>The counterpart's own contact person; null when the counterpart is reached as a unit.</summary>
    public Guid? CounterpartEmployeeId { get; set; }
    public required string Description { get; set; }
    /// <summary>The document the arrangement is agreed in.</summary>
    public required string Source { get; set; }
}

internal sealed class UnitContactConfiguration : IEntityTypeConfiguration<UnitContact>
{
    public void Configure(EntityTypeBuilder<UnitContact> b)
    {
        b.Property(c => c.UnitCode).HasMaxLength(40);
        b.Property(c => c.CounterpartUnitCode).HasMaxLength(40);
        b.Property(c => c.Description).HasMaxLength(1000);
        b.Property(c => c.Source).HasMaxLength(300);
        b.HasIndex(c => c.UnitCode);
        b.HasIndex(c => c.CounterpartUnitCode);
    }
}
