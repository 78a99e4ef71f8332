using System.Globalization;
using System.Text;
using JobMatch.Data.Registry;

namespace JobMatch.Data.Seeding;

/// <summary>Synthetic identities: names, a Copenhagen address and a CPR number that agrees with the birth date.</summary>
internal sealed class SeedPeople(SeedRandom random)
{
    private readonly HashSet<string> usedCprs = [];

    /// <summary>Reserves a hand-written CPR number so no generated citizen gets it.</summary>
    public void Reserve(string cpr)
    {
        if (!usedCprs.Add(cpr))
            throw new InvalidOperationException($"CPR {cpr} is used twice in the seed.");
    }

    public Citizen NewCitizen(DateOnly birthDate, bool female)
    {
        var first = random.Pick(female ? SeedNames.Female : SeedNames.Male);
        var last = random.Pick(SeedNames.Last);
        var district = random.Weighted(SeedDistricts.Weighted);
        return new Citizen
        {
            Id = random.NextGuid(),
            Cpr = NewCpr(birthDate, female),
            FirstName = first,
            LastName = last,
            BirthDate = birthDate,
            District = district.Name,
            Address = $"{random.Pick(district.Streets)} {random.Next(1, 140)}, {district.PostalDistrict}",
            Phone = random.Chance(0.7) ? $"+45 {random.Next(20, 100)} {random.Next(100):00} {random.Next(100):00} {random.Next(100):00}" : null,
            Email = random.Chance(0.45) ? $"{Ascii(first)}.{Ascii(last)}{random.Next(1, 100)}@borger.example" : null,
        };
    }

    /// <summary>
    /// DDMMYY and four digits: the seventh gives the century as the CPR office's table does and the last gives the
    /// sex (even for women). No modulus-11 check digit is attempted, so these are not real people's numbers by design.
    /// </summary>
    public string NewCpr(DateOnly birthDate, bool female)
    {
        var yy = birthDate.Year % 100;
        while (true)
        {
            var seventh = birthDate.Year >= 2000 ? random.Next(4, 10) : random.Next(0, 4);
            var last = random.Next(5) * 2 + (female ? 0 : 1);
            var cpr = string.Create(CultureInfo.InvariantCulture, $"{birthDate.Day:00}{birthDate.Month:00}{yy:00}{seventh}{random.Next(100):00}{last}");
            if (usedCprs.Add(cpr))
                return cpr;
        }
    }

    private static string Ascii(string name)
    {
        var builder = new StringBuilder(name.Length + 2);
        foreach (var c in name.ToLowerInvariant())
        {
            builder.Append(c switch
            {
                'æ' => "ae",
                'ø' => "oe",
                'å' => "aa",
                _ when char.IsAsciiLetter(c) => c.ToString(),
                _ => "",
            });
        }
        return builder.ToString();
    }
}
