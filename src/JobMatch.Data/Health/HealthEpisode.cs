using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Health;

/// <summary>A health or care episode (special-category data under GDPR art. 9).</summary>
public sealed class HealthEpisode : ICitizenRecord
{
    public Guid Id { get; set; }
    public Guid CitizenId { get; set; }
    public HealthEpisodeKind Kind { get; set; }
    public required string Title { get; set; }
    public required string Provider { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public PlanStatus Status { get; set; }
}

internal sealed class HealthEpisodeConfiguration : IEntityTypeConfiguration<HealthEpisode>
{
    public void Configure(EntityTypeBuilder<HealthEpisode> b)
    {
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Title).HasMaxLength(300);
        b.Property(e => e.Provider).HasMaxLength(200);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(e => e.CitizenId);
    }
}
