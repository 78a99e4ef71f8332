using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobMatch.Data.Registry;

/// <summary>A citizen of the municipality. Only the Registry holds the CPR number; every other source uses <see cref="Id"/>.</summary>
public sealed class Citizen
{
    public Guid Id { get; set; }
    public required string Cpr { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public DateOnly BirthDate { get; set; }
    public required string District { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
}

internal sealed class CitizenConfiguration : IEntityTypeConfiguration<Citizen>
{
    public void Configure(EntityTypeBuilder<Citizen> b)
    {
        b.Property(c => c.Cpr).HasMaxLength(10).IsFixedLength();
        b.HasIndex(c => c.Cpr).IsUnique();
        b.Property(c => c.FirstName).HasMaxLength(100);
        b.Property(c => c.LastName).HasMaxLength(100);
        b.Property(c => c.District).HasMaxLength(60);
        b.Property(c => c.Address).HasMaxLength(200);
        b.Property(c => c.Phone).HasMaxLength(20);
        b.Property(c => c.Email).HasMaxLength(200);
        b.HasIndex(c => new { c.LastName, c.FirstName, c.Id });
        b.HasIndex(c => new { c.BirthDate, c.Id });
        b.HasIndex(c => c.District);
    }
}
