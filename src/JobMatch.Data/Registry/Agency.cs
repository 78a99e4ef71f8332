using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Registry;

/// <summary>An organisation: a department, one of its units, a national agency or a partner.</summary>
public sealed class Agency
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public AgencyKind Kind { get; set; }
    /// <summary>The department a unit belongs to (its own code for a department; null outside the municipality).</summary>
    public string? DepartmentCode { get; set; }
    public string? Description { get; set; }
}

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> b)
    {
        b.HasKey(a => a.Code);
        b.Property(a => a.Code).HasMaxLength(40);
        b.Property(a => a.Name).HasMaxLength(200);
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.DepartmentCode).HasMaxLength(40);
        b.Property(a => a.Description).HasMaxLength(1000);
    }
}
