using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Employment;

/// <summary>A period in which a citizen received a benefit.</summary>
public sealed class BenefitPeriod : ICitizenRecord
{
    public Guid Id { get; set; }
    public Guid CitizenId { get; set; }
    public required string BenefitCode { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
}

internal sealed class BenefitPeriodConfiguration : IEntityTypeConfiguration<BenefitPeriod>
{
    public void Configure(EntityTypeBuilder<BenefitPeriod> b)
    {
        b.Property(p => p.BenefitCode).HasMaxLength(40);
        b.HasOne<BenefitType>().WithMany().HasForeignKey(p => p.BenefitCode);
        b.HasIndex(p => p.CitizenId);
    }
}
