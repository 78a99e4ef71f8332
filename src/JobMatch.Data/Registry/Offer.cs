using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Registry;

/// <summary>
/// An offer (tilbud) in a department's catalogue, such as § 85 support or Jobshop: who provides it, who it is for,
/// its legal basis and whom a colleague in another department contacts about it. Directory data: no citizen.
/// </summary>
public sealed class Offer
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    /// <summary>The department whose offer it is.</summary>
    public required string DepartmentCode { get; set; }
    /// <summary>The unit that provides it.</summary>
    public required string ProviderCode { get; set; }
    public required string Description { get; set; }
    /// <summary>Who it is for, in the documents' words.</summary>
    public required string Audience { get; set; }
    /// <summary>The law it is given under, e.g. "Serviceloven § 85"; null for an offer that rests on no section of its own.</summary>
    public string? LegalBasis { get; set; }
    /// <summary>The unit a colleague contacts about the offer, usually the provider.</summary>
    public required string ContactUnitCode { get; set; }
    /// <summary>The employee in that unit who answers for it; null when the unit is contacted as a whole.</summary>
    public Guid? ContactEmployeeId { get; set; }
    /// <summary>The document the offer is described in.</summary>
    public required string Source { get; set; }
}

internal sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> b)
    {
        b.HasKey(o => o.Code);
        b.Property(o => o.Code).HasMaxLength(40);
        b.Property(o => o.Name).HasMaxLength(200);
        b.Property(o => o.DepartmentCode).HasMaxLength(40);
        b.Property(o => o.ProviderCode).HasMaxLength(40);
        b.Property(o => o.Description).HasMaxLength(2000);
        b.Property(o => o.Audience).HasMaxLength(1000);
        b.Property(o => o.LegalBasis).HasMaxLength(200);
        b.Property(o => o.ContactUnitCode).HasMaxLength(40);
        b.Property(o => o.Source).HasMaxLength(300);
        b.HasIndex(o => o.DepartmentCode);
    }
}
