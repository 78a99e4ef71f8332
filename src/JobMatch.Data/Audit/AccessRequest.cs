using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Audit;

/// <summary>
/// One audited request: who asked, as what, why, and the chain link. Its hash covers its own fields and every one
/// of its <see cref="AccessRecord"/>s, and it names the hash of the request before it; PreviousHash is unique, so
/// two appends after the same head (a fork) cannot both be stored, whichever instance or provider writes.
/// </summary>
public sealed class AccessRequest
{
    public const int SubjectLength = 200;
    public const int RoleLength = 200;
    public const int OperationNameLength = 200;
    public const int PurposeLength = 40;
    public const int PurposeNoteLength = 200;
    public const int CorrelationIdLength = 64;

    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string CorrelationId { get; set; }
    public required string Subject { get; set; }
    public string? SubjectName { get; set; }
    public string? Department { get; set; }
    public required string Role { get; set; }
    public string? OperationName { get; set; }
    /// <summary>The stated purpose as a short code.</summary>
    public string? Purpose { get; set; }
    /// <summary>The caller's own words about the purpose, at most <see cref="PurposeNoteLength"/> characters.</summary>
    public string? PurposeNote { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
    public List<AccessRecord> Records { get; set; } = [];
}

internal sealed class AccessRequestConfiguration : IEntityTypeConfiguration<AccessRequest>
{
    public void Configure(EntityTypeBuilder<AccessRequest> b)
    {
        b.ToTable("AccessRequests");
        b.Property(r => r.CorrelationId).HasMaxLength(AccessRequest.CorrelationIdLength);
        b.Property(r => r.Subject).HasMaxLength(AccessRequest.SubjectLength);
        b.Property(r => r.SubjectName).HasMaxLength(AccessRequest.SubjectLength);
        b.Property(r => r.Department).HasMaxLength(40);
        b.Property(r => r.Role).HasMaxLength(AccessRequest.RoleLength);
        b.Property(r => r.OperationName).HasMaxLength(AccessRequest.OperationNameLength);
        b.Property(r => r.Purpose).HasMaxLength(AccessRequest.PurposeLength);
        b.Property(r => r.PurposeNote).HasMaxLength(AccessRequest.PurposeNoteLength);
        b.Property(r => r.PreviousHash).HasMaxLength(64);
        b.Property(r => r.Hash).HasMaxLength(64);
        // The fork guard: one successor per link, enforced by every provider's database.
        b.HasIndex(r => r.PreviousHash).IsUnique();
        b.HasIndex(r => r.Hash).IsUnique();
        b.HasIndex(r => r.At);
        b.HasMany(r => r.Records).WithOne().HasForeignKey(r => r.RequestId).OnDelete(DeleteBehavior.Restrict);
    }
}
