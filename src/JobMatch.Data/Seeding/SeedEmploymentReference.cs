using JobMatch.Data.Employment;

namespace JobMatch.Data.Seeding;

/// <summary>
/// Target groups and benefit types as effective-dated rows. The matchgrupper ended with the 2014
/// kontanthjælpsreform; the jobparat/aktivitetsparat groups end 2026-12-31 and hand over to the groups that
/// the 2025–2027 employment reform introduces from 2027-01-01. Illustrative reference data, not legal advice.
/// </summary>
internal static class SeedEmploymentReference
{
    public static readonly DateOnly ReformDate = new(2027, 1, 1);
    public static readonly DateOnly LastDayBeforeReform = new(2026, 12, 31);

    public const string Match1 = "MATCH-1";
    public const string Match2 = "MATCH-2";
    public const string Match3 = "MATCH-3";
    public const string Jobparat = "KH-JOBPARAT";
    public const string Aktivitetsparat = "KH-AKTPARAT";
    public const string Uddannelsesparat = "UH-UDDPARAT";
    public const string UngAktivitetsparat = "UH-AKTPARAT";
    public const string Sygedagpenge = "SDP";
    public const string Jobafklaring = "JAF";
    public const string Ressourceforloeb = "RF";
    public const string Ledighedsydelse = "LEDIG-FLEX";
    public const string Fleksjob = "FLEX";
    public const string Foertidspension = "FOEP";
    public const string JobrettetIndsats = "KH27-JOB";
    public const string HelhedsorienteretIndsats = "KH27-HELHED";
    public const string UngeUddannelse = "UNG27-UDD";

    public const string BenefitKontanthjaelp = "KH";
    public const string BenefitUddannelseshjaelp = "UDDHJ";
    public const string BenefitKontanthjaelp2027 = "KH27";
    public const string BenefitSygedagpenge = "SDP";
    public const string BenefitJobafklaring = "JAFY";
    public const string BenefitRessourceforloeb = "RFY";
    public const string BenefitLedighedsydelse = "LEDY";
    public const string BenefitFlekslontilskud = "FLEKSLT";
    public const string BenefitFoertidspension = "FOEP";

    /// <summary>The group a retiring group's members move to on the reform date.</summary>
    public static string? SuccessorOf(string targetGroup) => targetGroup switch
    {
        Jobparat => JobrettetIndsats,
        Aktivitetsparat => HelhedsorienteretIndsats,
        Uddannelsesparat or UngAktivitetsparat => UngeUddannelse,
        _ => null,
    };

    public static string? SuccessorBenefitOf(string benefit) =>
        benefit is BenefitKontanthjaelp or BenefitUddannelseshjaelp ? BenefitKontanthjaelp2027 : null;

    public static List<TargetGroup> TargetGroups() =>
    [
        Group(Match1, "Jobklar (matchgruppe 1)", "Ledige, der er klar til at tage et ordinært job.", "Matchgrupper før kontanthjælpsreformen", new(2010, 1, 1), new(2013, 12, 31)),
        Group(Match2, "Indsatsklar (matchgruppe 2)", "Ledige, der ikke er klar til et ordinært job, men kan deltage i en beskæftigelsesrettet indsats.", "Matchgrupper før kontanthjælpsreformen", new(2010, 1, 1), new(2013, 12, 31)),
        Group(Match3, "Midlertidigt passiv (matchgruppe 3)", "Ledige, der midlertidigt ikke kan deltage i en beskæftigelsesrettet indsats.", "Matchgrupper før kontanthjælpsreformen", new(2010, 1, 1), new(2013, 12, 31)),
        Group(Jobparat, "Jobparat kontanthjælpsmodtager", "Kontanthjælpsmodtager over 30 år, der vurderes at kunne komme i ordinær beskæftigelse inden for tre måneder.", "LAB § 2, nr. 2", new(2014, 1, 1), LastDayBeforeReform),
        Group(Aktivitetsparat, "Aktivitetsparat kontanthjælpsmodtager", "Kontanthjælpsmodtager med problemer ud over ledighed, der ikke vurderes at kunne komme i ordinær beskæftigelse inden for tre måneder.", "LAB § 2, nr. 3", new(2014, 1, 1), LastDayBeforeReform),
        Group(Uddannelsesparat, "Uddannelsesparat uddannelseshjælpsmodtager", "Ung under 30 år uden erhvervskompetencegivende uddannelse, der vurderes at kunne påbegynde en uddannelse inden for et år.", "LAB § 2, nr. 4", new(2014, 1, 1), LastDayBeforeReform),
        Group(UngAktivitetsparat, "Aktivitetsparat uddannelseshjælpsmodtager", "Ung under 30 år uden uddannelse, der har behov for en særlig indsats, før uddannelse er realistisk.", "LAB § 2, nr. 5", new(2014, 1, 1), LastDayBeforeReform),
        Group(Sygedagpenge, "Sygedagpengemodtager", "Sygemeldt lønmodtager eller ledig, der modtager sygedagpenge.", "LAB § 2, nr. 6", new(2014, 1, 1), null),
        Group(Jobafklaring, "Person i jobafklaringsforløb", "Sygemeldt, der har opbrugt retten til sygedagpenge og modtager jobafklaringsydelse.", "LAB § 2", new(2014, 1, 1), null),
        Group(Ressourceforloeb, "Person i ressourceforløb", "Person med komplekse problemer, der efter indstilling fra rehabiliteringsteamet får et tværfagligt forløb på 1–5 år.", "LAB § 2", new(2013, 1, 1), null),
        Group(Ledighedsydelse, "Ledighedsydelsesmodtager", "Person visiteret til fleksjob, der er ledig og modtager ledighedsydelse.", "LAB § 2", new(2013, 1, 1), null),
        Group(Fleksjob, "Person ansat i fleksjob", "Person med varigt og væsentligt nedsat arbejdsevne, ansat i fleksjob med fleksløntilskud.", "LAB § 2", new(2013, 1, 1), null),
        Group(Foertidspension, "Førtidspensionist i job med løntilskud", "Person på førtidspension, der er i eller søger et job med løntilskud (skånejob).", "LAB § 2", new(2013, 1, 1), null),
        Group(JobrettetIndsats, "Kontanthjælpsmodtager – jobrettet indsats", "Afløser målgruppen jobparate kontanthjælpsmodtagere fra 1. januar 2027 (beskæftigelsesreformen 2025–2027).", "Beskæftigelsesreformen 2027", ReformDate, null),
        Group(HelhedsorienteretIndsats, "Kontanthjælpsmodtager – helhedsorienteret indsats", "Afløser målgruppen aktivitetsparate kontanthjælpsmodtagere fra 1. januar 2027: en sammenhængende indsats på tværs af beskæftigelses-, social- og sundhedsområdet.", "Beskæftigelsesreformen 2027", ReformDate, null),
        Group(UngeUddannelse, "Ung under 30 – uddannelsesrettet indsats", "Afløser målgrupperne for uddannelseshjælp fra 1. januar 2027.", "Beskæftigelsesreformen 2027", ReformDate, null),
    ];

    public static List<BenefitType> BenefitTypes() =>
    [
        Benefit(BenefitKontanthjaelp, "Kontanthjælp", "Kontanthjælp efter lov om aktiv socialpolitik til personer over 30 år eller med uddannelse.", new(1998, 7, 1), LastDayBeforeReform),
        Benefit(BenefitUddannelseshjaelp, "Uddannelseshjælp", "Uddannelseshjælp til unge under 30 år uden erhvervskompetencegivende uddannelse.", new(2014, 1, 1), LastDayBeforeReform),
        Benefit(BenefitKontanthjaelp2027, "Kontanthjælp (ny ordning 2027)", "Samlet ydelse, der afløser kontanthjælp og uddannelseshjælp fra 1. januar 2027.", ReformDate, null),
        Benefit(BenefitSygedagpenge, "Sygedagpenge", "Sygedagpenge efter sygedagpengeloven.", new(2006, 7, 1), null),
        Benefit(BenefitJobafklaring, "Jobafklaringsydelse", "Ydelse under jobafklaringsforløb, når retten til sygedagpenge er opbrugt.", new(2014, 1, 1), null),
        Benefit(BenefitRessourceforloeb, "Ressourceforløbsydelse", "Ydelse under ressourceforløb.", new(2014, 1, 1), null),
        Benefit(BenefitLedighedsydelse, "Ledighedsydelse", "Ydelse til ledige, der er visiteret til fleksjob.", new(2013, 1, 1), null),
        Benefit(BenefitFlekslontilskud, "Fleksløntilskud", "Tilskud til borgeren ved ansættelse i fleksjob.", new(2013, 1, 1), null),
        Benefit(BenefitFoertidspension, "Førtidspension", "Førtidspension efter lov om social pension.", new(2003, 1, 1), null),
    ];

    private static TargetGroup Group(string code, string name, string description, string law, DateOnly from, DateOnly? to) =>
        new() { Code = code, Name = name, Description = description, LawReference = law, ValidFrom = from, ValidTo = to };

    private static BenefitType Benefit(string code, string name, string description, DateOnly from, DateOnly? to) =>
        new() { Code = code, Name = name, Description = description, ValidFrom = from, ValidTo = to };
}
