using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Changes;

/// <summary>
/// "This goal supports that goal": a link from a goal of the department that keeps it to another department's goal
/// for the same citizen. It is stored with the linking goal, in its own department's source; the other goal is
/// named by its department and id only, never copied.
/// </summary>
public sealed class GoalLink : ICitizenRecord, IVersioned
{
    public Guid Id { get; set; }
    public Guid CitizenId { get; set; }
    public required string FromDepartment { get; set; }
    public Guid FromGoalId { get; set; }
    public required string ToDepartment { get; set; }
    public Guid ToGoalId { get; set; }
    public DateOnly LinkedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    public int Version { get; set; }
}

public sealed class GoalLinkConfiguration : IEntityTypeConfiguration<GoalLink>
{
    public void Configure(EntityTypeBuilder<GoalLink> b)
    {
        b.Property(l => l.FromDepartment).HasMaxLength(10);
        b.Property(l => l.ToDepartment).HasMaxLength(10);
        b.Property(l => l.Version).IsConcurrencyToken();
        b.HasIndex(l => l.CitizenId);
    }
}
