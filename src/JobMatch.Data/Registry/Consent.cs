using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Registry;

/// <summary>A citizen's consent (or another recorded legal basis) that lets one department read another's data.</summary>
public sealed class Consent : ICitizenRecord
{
    public Guid Id { get; set; }
    public Guid CitizenId { get; set; }
    /// <summary>The department whose data is shared.</summary>
    public required string SharingDepartment { get; set; }
    /// <summary>The department that may read it.</summary>
    public required string ReceivingDepartment { get; set; }
    /// <summary>The data categories covered, comma-separated (e.g. "EmploymentDetail").</summary>
    public required string Categories { get; set; }
    /// <summary>The purpose code of the vocabulary the consent is given for; a read under it must state the same purpose.</summary>
    public required string Purpose { get; set; }
    public required string LegalBasis { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime RecordedAt { get; set; }
    /// <summary>When the citizen or the sharing department confirmed it; a consent the receiving department only requested covers nothing.</summary>
    public DateTime? ConfirmedAt { get; set; }
    /// <summary>Who recorded it: the token's subject.</summary>
    public string? RecordedBy { get; set; }
}

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> b)
    {
        b.Property(c => c.SharingDepartment).HasMaxLength(40);
        b.Property(c => c.ReceivingDepartment).HasMaxLength(40);
        b.Property(c => c.Categories).HasMaxLength(400);
        b.Property(c => c.Purpose).HasMaxLength(400);
        b.Property(c => c.LegalBasis).HasMaxLength(400);
        b.Property(c => c.RecordedBy).HasMaxLength(200);
        b.HasIndex(c => c.CitizenId);
    }
}
