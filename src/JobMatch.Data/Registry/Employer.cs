using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Registry;

/// <summary>A company that takes citizens in placements, identified by its CVR number.</summary>
public sealed class Employer
{
    public Guid Id { get; set; }
    public required string Cvr { get; set; }
    public required string Name { get; set; }
    public required string Industry { get; set; }
    public required string City { get; set; }
}

internal sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> b)
    {
        b.Property(e => e.Cvr).HasMaxLength(8).IsFixedLength();
        b.HasIndex(e => e.Cvr).IsUnique();
        b.Property(e => e.Name).HasMaxLength(200);
        b.Property(e => e.Industry).HasMaxLength(100);
        b.Property(e => e.City).HasMaxLength(100);
    }
}
