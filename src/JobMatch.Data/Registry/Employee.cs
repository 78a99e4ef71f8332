using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Registry;

/// <summary>An employee of a department who can be a citizen's contact person.</summary>
public sealed class Employee
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string Title { get; set; }
    public required string DepartmentCode { get; set; }
    public required string UnitCode { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
}

internal sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> b)
    {
        b.Property(e => e.Name).HasMaxLength(200);
        b.Property(e => e.Title).HasMaxLength(100);
        b.Property(e => e.DepartmentCode).HasMaxLength(40);
        b.Property(e => e.UnitCode).HasMaxLength(40);
        b.Property(e => e.Email).HasMaxLength(200);
        b.Property(e => e.Phone).HasMaxLength(20);
        b.HasIndex(e => e.DepartmentCode);
    }
}
