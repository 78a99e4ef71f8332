using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Registry;

/// <summary>An employment or social project, such as KLAPjob or STAFF, with its ordered steps.</summary>
public sealed class Project
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    public required string TargetGroup { get; set; }
    public required string OwnerCode { get; set; }
    public string? PartnerCode { get; set; }
    public string? FunderCode { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public List<ProjectStep> Steps { get; set; } = [];
}

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> b)
    {
        b.HasKey(p => p.Code);
        b.Property(p => p.Code).HasMaxLength(40);
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.Description).HasMaxLength(2000);
        b.Property(p => p.TargetGroup).HasMaxLength(1000);
        b.Property(p => p.OwnerCode).HasMaxLength(40);
        b.Property(p => p.PartnerCode).HasMaxLength(40);
        b.Property(p => p.FunderCode).HasMaxLength(40);
        b.HasMany(p => p.Steps).WithOne().HasForeignKey(s => s.ProjectCode);
    }
}
