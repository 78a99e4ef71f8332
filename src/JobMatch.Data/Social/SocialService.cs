using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Social;

/// <summary>A service granted to the citizen, and the unit that delivers it.</summary>
public sealed class SocialService : ICitizenRecord, Changes.IVersioned
{
    public Guid Id { get; set; }
    public Guid CitizenId { get; set; }
    public SocialServiceKind Kind { get; set; }
    public required string Title { get; set; }
    public required string ProviderCode { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public decimal? HoursPerWeek { get; set; }
    public PlanStatus Status { get; set; }
    /// <summary>Raised by every change; a writer sends back the version it read (optimistic concurrency).</summary>
    public int Version { get; set; }
}

internal sealed class SocialServiceConfiguration : IEntityTypeConfiguration<SocialService>
{
    public void Configure(EntityTypeBuilder<SocialService> b)
    {
        b.Property(s => s.Version).IsConcurrencyToken();
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(s => s.Title).HasMaxLength(300);
        b.Property(s => s.ProviderCode).HasMaxLength(40);
        b.Property(s => s.HoursPerWeek).HasPrecision(4, 1);
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(s => s.CitizenId);
    }
}
