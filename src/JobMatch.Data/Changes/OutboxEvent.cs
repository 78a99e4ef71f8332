using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Changes;

/// <summary>
/// A change to a citizen's record, written by the owning source in the same transaction as the change itself, so
/// a change is never announced without being stored nor stored without being announced. Any instance delivers it
/// by reading the outbox forward by <see cref="Id"/>. A create's idempotency key lives here too: the key and the
/// row it made are committed together, so a retried create finds the first result instead of making a second.
/// </summary>
public sealed class OutboxEvent
{
    /// <summary>Increasing within a source; readers page forward by it.</summary>
    public long Id { get; set; }
    public Guid CitizenId { get; set; }
    /// <summary>What happened, e.g. <c>PLACEMENT_REGISTERED</c>.</summary>
    public required string Kind { get; set; }
    /// <summary>The department that made the change (the owner of the source).</summary>
    public required string Department { get; set; }
    /// <summary>The global-id type of the changed record, e.g. <c>Placement</c>.</summary>
    public required string EntityType { get; set; }
    public Guid EntityId { get; set; }
    public DateTime OccurredAt { get; set; }
    /// <summary>Who made the change (the token's subject).</summary>
    public required string Subject { get; set; }
    /// <summary>The client's idempotency key of a create, unique per subject.</summary>
    public string? IdempotencyKey { get; set; }
}

public sealed class OutboxEventConfiguration : IEntityTypeConfiguration<OutboxEvent>
{
    public void Configure(EntityTypeBuilder<OutboxEvent> b)
    {
        b.ToTable("Outbox");
        b.Property(e => e.Kind).HasMaxLength(60);
        b.Property(e => e.Department).HasMaxLength(10);
        b.Property(e => e.EntityType).HasMaxLength(60);
        b.Property(e => e.Subject).HasMaxLength(200);
        b.Property(e => e.IdempotencyKey).HasMaxLength(100);
        b.HasIndex(e => new { e.Subject, e.IdempotencyKey }).IsUnique();
    }
}
