using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Registry;

/// <summary>One step of a shared procedure: who acts (a department, one of its units, or a partner) and what they do.</summary>
public sealed class ProcedureStep
{
    public int Id { get; set; }
    public required string ProcedureCode { get; set; }
    public int Order { get; set; }
    /// <summary>The department that takes the step; null for a partner outside the municipality (LEV).</summary>
    public string? DepartmentCode { get; set; }
    /// <summary>The agency that acts: the department itself, one of its units, or a partner.</summary>
    public required string ActorCode { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    /// <summary>When the step is due, in the documents' words (e.g. "senest ½ år før det fyldte 18. år"); null when it follows the previous one.</summary>
    public string? Due { get; set; }
}

internal sealed class ProcedureStepConfiguration : IEntityTypeConfiguration<ProcedureStep>
{
    public void Configure(EntityTypeBuilder<ProcedureStep> b)
    {
        b.Property(s => s.ProcedureCode).HasMaxLength(40);
        b.Property(s => s.DepartmentCode).HasMaxLength(40);
        b.Property(s => s.ActorCode).HasMaxLength(40);
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.Description).HasMaxLength(1000);
        b.Property(s => s.Due).HasMaxLength(200);
        b.HasIndex(s => new { s.ProcedureCode, s.Order }).IsUnique();
    }
}
