namespace JobMatch.Data.Seeding;

/// <summary>Copenhagen's districts (bydele), each with a few of its streets and its postal district.</summary>
internal static class SeedDistricts
{
    public sealed record District(string Name, string PostalDistrict, int Weight, string[] Streets);

    public static readonly District[] All =
    [
        new("Indre By", "1360 København K", 5, ["Nørre Voldgade", "Store Kongensgade", "Rosenborggade", "Kronprinsessegade"]),
        new("Østerbro", "2100 København Ø", 9, ["Østerbrogade", "Nordre Frihavnsgade", "Jagtvej", "Strandboulevarden", "Vognmandsmarken"]),
        new("Nørrebro", "2200 København N", 13, ["Nørrebrogade", "Blågårdsgade", "Mjølnerparken", "Rovsingsgade", "Heimdalsgade", "Tagensvej"]),
        new("Vesterbro/Kongens Enghave", "1799 København V", 11, ["Istedgade", "Enghavevej", "Sønder Boulevard", "Valbygårdsvej", "Sydhavnsgade", "Mozartsvej"]),
        new("Valby", "2500 Valby", 10, ["Valby Langgade", "Toftegårds Allé", "Gammel Køge Landevej", "Folehaven", "Ålholmvej"]),
        new("Vanløse", "2720 Vanløse", 6, ["Jernbane Allé", "Ålekistevej", "Indertoften", "Grøndals Parkvej"]),
        new("Brønshøj-Husum", "2700 Brønshøj", 8, ["Frederikssundsvej", "Husum Torv", "Tingbjerg Allé", "Bystævneparken"]),
        new("Bispebjerg", "2400 København NV", 12, ["Rentemestervej", "Frederiksborgvej", "Bispebjerg Torv", "Lygten", "Utterslev Torv"]),
        new("Amager Øst", "2300 København S", 11, ["Amagerbrogade", "Holmbladsgade", "Øresundsvej", "Urbanplanen", "Sundholmsvej"]),
        new("Amager Vest", "2300 København S", 10, ["Amager Boulevard", "Ørestads Boulevard", "Gullfossgade", "Hørdumsgade", "Sundbyvestervej"]),
    ];

    public static readonly IReadOnlyList<(District Item, int Weight)> Weighted = All.Select(d => (d, d.Weight)).ToArray();
}
