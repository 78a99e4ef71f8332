using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Employment;

/// <summary>A kind of benefit (ydelse), as effective-dated reference data.</summary>
public sealed class BenefitType
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
}

internal sealed class BenefitTypeConfiguration : IEntityTypeConfiguration<BenefitType>
{
    public void Configure(EntityTypeBuilder<BenefitType> b)
    {
        b.HasKey(t => t.Code);
        b.Property(t => t.Code).HasMaxLength(40);
        b.Property(t => t.Name).HasMaxLength(200);
        b.Property(t => t.Description).HasMaxLength(1000);
    }
}
