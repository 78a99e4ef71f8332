using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Audit;

/// <summary>
/// One access to one category of one citizen's data in one request. Append-only; each record carries
/// the hash of the one before it, so a changed or deleted record breaks the chain.
/// </summary>
public sealed class AccessRecord
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string RequestId { get; set; }
    public required string Subject { get; set; }
    public string? SubjectName { get; set; }
    public string? Department { get; set; }
    public required string Role { get; set; }
    public Guid CitizenId { get; set; }
    public required string Category { get; set; }
    /// <summary>"Read" or "Write".</summary>
    public required string Operation { get; set; }
    public string? OperationName { get; set; }
    public string? Purpose { get; set; }
    public bool Allowed { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}

internal sealed class AccessRecordConfiguration : IEntityTypeConfiguration<AccessRecord>
{
    public void Configure(EntityTypeBuilder<AccessRecord> b)
    {
        b.Property(r => r.RequestId).HasMaxLength(64);
        b.Property(r => r.Subject).HasMaxLength(200);
        b.Property(r => r.SubjectName).HasMaxLength(200);
        b.Property(r => r.Department).HasMaxLength(40);
        b.Property(r => r.Role).HasMaxLength(40);
        b.Property(r => r.Category).HasMaxLength(40);
        b.Property(r => r.Operation).HasMaxLength(10);
        b.Property(r => r.OperationName).HasMaxLength(200);
        b.Property(r => r.Purpose).HasMaxLength(400);
        b.Property(r => r.PreviousHash).HasMaxLength(64);
        b.Property(r => r.Hash).HasMaxLength(64);
        b.HasIndex(r => new { r.CitizenId, r.At });
        b.HasIndex(r => r.At);
    }
}
