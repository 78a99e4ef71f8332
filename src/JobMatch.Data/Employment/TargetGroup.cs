using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Employment;

/// <summary>
/// A target group (målgruppe) under the employment act, as reference data with the period it applies:
/// the 2025–2027 reforms retire groups and add new ones, so groups are rows with dates, not an enum.
/// </summary>
public sealed class TargetGroup
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    public required string LawReference { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
}

internal sealed class TargetGroupConfiguration : IEntityTypeConfiguration<TargetGroup>
{
    public void Configure(EntityTypeBuilder<TargetGroup> b)
    {
        b.HasKey(t => t.Code);
        b.Property(t => t.Code).HasMaxLength(40);
        b.Property(t => t.Name).HasMaxLength(200);
        b.Property(t => t.Description).HasMaxLength(1000);
        b.Property(t => t.LawReference).HasMaxLength(100);
    }
}
