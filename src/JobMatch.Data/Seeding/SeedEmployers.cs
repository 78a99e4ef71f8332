using JobMatch.Data.Registry;

namespace JobMatch.Data.Seeding;

/// <summary>
/// Synthetic companies in the trades KLAPjob names (supermarkets, gardening, car preparation, farms) and other
/// places that take citizens in placements. Names are invented; CVR numbers are drawn from the seeded stream.
/// </summary>
internal static class SeedEmployers
{
    public const string Supermarket = "Supermarked og detailhandel";
    public const string Gardening = "Gartneri og grønne områder";
    public const string CarPrep = "Bilklargøring og autoværksted";
    public const string Farm = "Landbrug";

    private static readonly (string Name, string Industry, string City)[] Companies =
    [
        ("Nærkøb Amagerbrogade ApS", Supermarket, "København S"),
        ("Købmand Holm & Søn ApS", Supermarket, "Valby"),
        ("Frisk Fra Morgen Supermarked A/S", Supermarket, "København NV"),
        ("Brønshøj Dagligvarer ApS", Supermarket, "Brønshøj"),
        ("Byggevarehuset Sjælland A/S", "Byggemarked og boligudstyr", "Glostrup"),
        ("Møbelmagasinet Vestegnen ApS", "Byggemarked og boligudstyr", "Brøndby"),
        ("Grøn Have Service ApS", Gardening, "København NV"),
        ("Kløvermarkens Anlægsgartneri ApS", Gardening, "København S"),
        ("Urtehaven Planteskole I/S", Gardening, "Taastrup"),
        ("Parkpleje Øst ApS", Gardening, "Hvidovre"),
        ("Blank Bilpleje ApS", CarPrep, "Valby"),
        ("Klargøringscentret Sydhavn ApS", CarPrep, "København SV"),
        ("Autohuset Ålholm A/S", CarPrep, "Valby"),
        ("Egegården Mælkeproduktion I/S", Farm, "Stevns"),
        ("Lundagergård Økologi ApS", Farm, "Roskilde"),
        ("Hestehaven Rideskole og Gård", Farm, "Ishøj"),
        ("Rengøringsfirmaet Skinnende Rent ApS", "Rengøring og facility", "København N"),
        ("Facilitetsservice Hovedstaden A/S", "Rengøring og facility", "Hvidovre"),
        ("Kantinen i Sluseholmen ApS", "Kantine og storkøkken", "København SV"),
        ("Madhuset Nørrebro ApS", "Kantine og storkøkken", "København N"),
        ("Café Fælledhuset I/S", "Café og restaurant", "København Ø"),
        ("Bageriet ved Søerne ApS", "Bageri", "København N"),
        ("Lagerhuset Køge Bugt A/S", "Lager og logistik", "Greve"),
        ("Nordhavn Pakkecenter ApS", "Lager og logistik", "København Ø"),
        ("Flyttemændene fra Valby ApS", "Transport og flytning", "Valby"),
        ("Cykelværkstedet Blågård ApS", "Cykelværksted", "København N"),
        ("Genbrugsbutikken Ny Start", "Genbrug og second hand", "København NV"),
        ("Vaskeriet Bispebjerg ApS", "Vaskeri", "København NV"),
        ("Trykkeriet Sydvest ApS", "Trykkeri og kopi", "København SV"),
        ("Dyreinternatet Amager", "Dyrepasning", "Kastrup"),
        ("Boligselskabet Vestervang, Ejendomsservice", "Ejendomsservice", "Valby"),
        ("Ejendomsdrift Nørrebro ApS", "Ejendomsservice", "København N"),
        ("Hotel Kongens Enghave ApS", "Hotel", "København SV"),
        ("Plejecenter Solbakken (privat)", "Pleje og omsorg", "Vanløse"),
        ("IT-Lageret Refurb ApS", "Elektronik og genbrug", "Glostrup"),
        ("Kontorservice Frederiksberg ApS", "Kontor og administration", "Frederiksberg"),
        ("Blomsterhuset Valby Langgade", "Blomsterhandel", "Valby"),
        ("Sportshallen Amager, Drift", "Idræt og fritid", "København S"),
        ("Byens Vinduespudsere ApS", "Rengøring og facility", "København Ø"),
        ("Malerfirmaet Farve & Finish ApS", "Bygge og anlæg", "Brøndby"),
        ("Tømrer- og Snedkerværkstedet Husum ApS", "Bygge og anlæg", "Brønshøj"),
        ("Legepladsbyggerne, Sundholm", "Bygge og anlæg", "København S"),
    ];

    public static List<Employer> All(SeedRandom random)
    {
        var used = new HashSet<string>();
        var employers = new List<Employer>(Companies.Length);
        foreach (var (name, industry, city) in Companies)
        {
            string cvr;
            do
                cvr = random.Next(10_000_000, 100_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            while (!used.Add(cvr));
            employers.Add(new Employer { Id = random.NextGuid(), Cvr = cvr, Name = name, Industry = industry, City = city });
        }
        return employers;
    }
}
