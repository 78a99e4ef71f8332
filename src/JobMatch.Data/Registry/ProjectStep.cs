using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Registry;

/// <summary>One step of a project, e.g. KLAPjob's "unpaid company internship".</summary>
public sealed class ProjectStep
{
    public int Id { get; set; }
    public required string ProjectCode { get; set; }
    public int Order { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
}

internal sealed class ProjectStepConfiguration : IEntityTypeConfiguration<ProjectStep>
{
    public void Configure(EntityTypeBuilder<ProjectStep> b)
    {
        b.Property(s => s.ProjectCode).HasMaxLength(40);
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.Description).HasMaxLength(1000);
        b.HasIndex(s => new { s.ProjectCode, s.Order }).IsUnique();
    }
}
