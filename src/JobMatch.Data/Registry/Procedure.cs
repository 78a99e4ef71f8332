using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Registry;

/// <summary>A shared procedure (fælles sagsgang) between departments, with its ordered steps: which department does what.</summary>
public sealed class Procedure
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    /// <summary>The document the procedure is agreed in.</summary>
    public required string Source { get; set; }
    public List<ProcedureStep> Steps { get; set; } = [];
}

internal sealed class ProcedureConfiguration : IEntityTypeConfiguration<Procedure>
{
    public void Configure(EntityTypeBuilder<Procedure> b)
    {
        b.HasKey(p => p.Code);
        b.Property(p => p.Code).HasMaxLength(40);
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.Description).HasMaxLength(2000);
        b.Property(p => p.Source).HasMaxLength(300);
        b.HasMany(p => p.Steps).WithOne().HasForeignKey(s => s.ProcedureCode);
    }
}
