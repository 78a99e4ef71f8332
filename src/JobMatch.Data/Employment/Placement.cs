using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Employment;

/// <summary>A placement with an employer; the employer is a Registry id, never a copy.</summary>
public sealed class Placement : ICitizenRecord, Changes.IVersioned
{
    public Guid Id { get; set; }
    public Guid CitizenId { get; set; }
    public PlacementKind Kind { get; set; }
    public Guid EmployerId { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public decimal HoursPerWeek { get; set; }
    public PlanStatus Status { get; set; }
    /// <summary>Raised by every change; a writer sends back the version it read (optimistic concurrency).</summary>
    public int Version { get; set; }
}

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> b)
    {
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.HoursPerWeek).HasPrecision(4, 1);
        b.HasIndex(p => p.CitizenId);
    }
}
