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

    // The names and district folded the Danish way (DanishText), stored beside them so that a search is a plain,
    // indexable comparison on every provider. They follow the fields they fold: written with the row, never set apart.
    public string SearchFirstName { get => DanishText.Fold(FirstName); private set { } }
    public string SearchLastName { get => DanishText.Fold(LastName); private set { } }
    public string SearchDistrict { get => DanishText.Fold(District); private set { } }
    /// <summary>The full name as a search reads it, "first last", folded: one indexed column instead of a concatenation no index holds.</summary>
    public string SearchName { get => DanishText.Fold(FirstName + " " + LastName); private set { } }
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
        b.Property(c => c.SearchFirstName).HasMaxLength(100);
        b.Property(c => c.SearchLastName).HasMaxLength(100);
        b.Property(c => c.SearchDistrict).HasMaxLength(60);
        b.Property(c => c.SearchName).HasMaxLength(201);
        // Each sort of a citizens page, with the id that breaks its ties, so a keyset page reads one index range in
        // the order it serves; a condition on the leading column (eq, in, startsWith as a range) narrows the same range.
        b.HasIndex(c => new { c.SearchLastName, c.SearchFirstName, c.Id });
        b.HasIndex(c => new { c.SearchFirstName, c.Id });
        b.HasIndex(c => new { c.SearchDistrict, c.BirthDate, c.Id });
        b.HasIndex(c => new { c.SearchName, c.Id });
    }
}
