using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Youth;

/// <summary>
/// The plan for moving a young person's case to the adult departments: handed over from about 17 years and 2 months,
/// agreed with the young person by 17½ (<see cref="HandoverCalendar"/>).
/// </summary>
public sealed class TransitionPlan : ICitizenRecord, Changes.IVersioned
{
    public Guid Id { get; set; }
    public Guid CitizenId { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly PlannedTransferOn { get; set; }
    /// <summary>The adult departments that take over, comma-separated (e.g. "BIF,SOF").</summary>
    public required string ReceivingDepartments { get; set; }
    public required string Summary { get; set; }
    public PlanStatus Status { get; set; }
    /// <summary>The day the plan was agreed for and with the young person, if it has been.</summary>
    public DateOnly? AgreedOn { get; set; }
    /// <summary>The day the case moved to the receiving departments, if it has.</summary>
    public DateOnly? HandedOverOn { get; set; }
    /// <summary>Raised by every change; a writer sends back the version it read (optimistic concurrency).</summary>
    public int Version { get; set; }
}

internal sealed class TransitionPlanConfiguration : IEntityTypeConfiguration<TransitionPlan>
{
    public void Configure(EntityTypeBuilder<TransitionPlan> b)
    {
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Property(p => p.ReceivingDepartments).HasMaxLength(100);
        b.Property(p => p.Summary).HasMaxLength(1000);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(p => p.CitizenId);
    }
}
