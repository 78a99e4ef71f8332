using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Employment;

/// <summary>An activity in the job plan: a course, mentor support, a clarification (afklaring).</summary>
public sealed class JobActivity : ICitizenRecord, Changes.IVersioned
{
    public Guid Id { get; set; }
    public Guid CitizenId { get; set; }
    public required string Title { get; set; }
    public required string Provider { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public PlanStatus Status { get; set; }
    /// <summary>Raised by every change; a writer sends back the version it read (optimistic concurrency).</summary>
    public int Version { get; set; }
}

internal sealed class JobActivityConfiguration : IEntityTypeConfiguration<JobActivity>
{
    public void Configure(EntityTypeBuilder<JobActivity> b)
    {
        b.Property(a => a.Version).IsConcurrencyToken();
        b.Property(a => a.Title).HasMaxLength(300);
        b.Property(a => a.Provider).HasMaxLength(200);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(a => a.CitizenId);
    }
}
