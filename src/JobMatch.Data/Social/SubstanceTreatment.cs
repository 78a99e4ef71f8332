using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Social;

/// <summary>An episode of substance-abuse treatment (stofmisbrugsbehandling, serviceloven §101).</summary>
public sealed class SubstanceTreatment : ICitizenRecord
{
    public Guid Id { get; set; }
    public Guid CitizenId { get; set; }
    public required string Substance { get; set; }
    /// <summary>"Ambulant" or "Døgn" (residential).</summary>
    public required string Form { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public PlanStatus Status { get; set; }
}

internal sealed class SubstanceTreatmentConfiguration : IEntityTypeConfiguration<SubstanceTreatment>
{
    public void Configure(EntityTypeBuilder<SubstanceTreatment> b)
    {
        b.Property(t => t.Substance).HasMaxLength(60);
        b.Property(t => t.Form).HasMaxLength(20);
        b.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(t => t.CitizenId);
    }
}
