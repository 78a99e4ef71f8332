using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Audit;

/// <summary>
/// One access to one category of one citizen's data (or a search that found nobody) within an
/// <see cref="AccessRequest"/>. Append-only; covered by its request's hash.
/// </summary>
public sealed class AccessRecord
{
    public const int CriterionLength = 200;

    public long Id { get; set; }
    public long RequestId { get; set; }
    /// <summary>Null for a search that found nobody.</summary>
    public Guid? CitizenId { get; set; }
    public required string Category { get; set; }
    /// <summary>"Read", "Write" or "Search".</summary>
    public required string Operation { get; set; }
    public bool Allowed { get; set; }
    /// <summary>What a search looked for, at most <see cref="CriterionLength"/> characters.</summary>
    public string? Criterion { get; set; }
    /// <summary>The viewer read a citizen outside their own caseload.</summary>
    public bool OutsideCaseload { get; set; }
}

internal sealed class AccessRecordConfiguration : IEntityTypeConfiguration<AccessRecord>
{
    public void Configure(EntityTypeBuilder<AccessRecord> b)
    {
        b.ToTable("AccessRecords");
        b.Property(r => r.Category).HasMaxLength(40);
        b.Property(r => r.Operation).HasMaxLength(10);
        b.Property(r => r.Criterion).HasMaxLength(AccessRecord.CriterionLength);
        b.HasIndex(r => new { r.CitizenId, r.RequestId });
        b.HasIndex(r => r.RequestId);
    }
}
