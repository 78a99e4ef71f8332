using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Social;

/// <summary>The citizen's social action plan (handleplan, serviceloven §141).</summary>
public sealed class SocialActionPlan : ICitizenRecord
{
    public Guid Id { get; set; }
    public Guid CitizenId { get; set; }
    public required string Purpose { get; set; }
    public DateOnly CreatedOn { get; set; }
    public DateOnly? NextReviewOn { get; set; }
}

internal sealed class SocialActionPlanConfiguration : IEntityTypeConfiguration<SocialActionPlan>
{
    public void Configure(EntityTypeBuilder<SocialActionPlan> b)
    {
        b.Property(p => p.Purpose).HasMaxLength(1000);
        b.HasIndex(p => p.CitizenId);
    }
}
