using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Social;

/// <summary>A goal in the social action plan, within a life area such as housing or health.</summary>
public sealed class SocialGoal : ICitizenRecord, Changes.IVersioned
{
    public Guid Id { get; set; }
    public Guid CitizenId { get; set; }
    public required string Area { get; set; }
    public required string Text { get; set; }
    public DateOnly SetOn { get; set; }
    public DateOnly? TargetDate { get; set; }
    public PlanStatus Status { get; set; }
    /// <summary>Raised by every change; a writer sends back the version it read (optimistic concurrency).</summary>
    public int Version { get; set; }
}

internal sealed class SocialGoalConfiguration : IEntityTypeConfiguration<SocialGoal>
{
    public void Configure(EntityTypeBuilder<SocialGoal> b)
    {
        b.Property(g => g.Version).IsConcurrencyToken();
        b.Property(g => g.Area).HasMaxLength(60);
        b.Property(g => g.Text).HasMaxLength(500);
        b.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(g => g.CitizenId);
    }
}
