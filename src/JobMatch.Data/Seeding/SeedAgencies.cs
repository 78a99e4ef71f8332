using JobMatch.Data.Registry;

namespace JobMatch.Data.Seeding;

/// <summary>The organisations named in the seed documents: the four departments, their units, national agencies, partners.</summary>
internal static class SeedAgencies
{
    public const string Bif = "BIF";
    public const string Sof = "SOF";
    public const string Suf = "SUF";
    public const string Buf = "BUF";

    public const string JobcenterUnge = "JC-UNGE";
    public const string JobcenterFastholdelse = "JC-CAF";
    public const string JobcenterJobindsats = "JC-JOBINDSATS";
    public const string JobcenterArbejdsmarked = "JC-AMC";
    public const string SpecialindsatsHandicap = "BIF-SIH";

    public const string BorgercenterVoksne = "SOF-BCV";
    public const string Handicapcenter = "SOF-HCK";
    public const string Jobshop = "SOF-JOBSHOP";
    public const string Rusmiddelcenter = "SOF-RUS";
    public const string Bostoette = "SOF-BOSTOETTE";
    public const string Dagtilbud = "SOF-DAGTILBUD";
    public const string Botilbud = "SOF-BOTILBUD";
    public const string Sundholm = "SOF-SUNDHOLM";

    public const string Alkoholbehandling = "SUF-ALKO";
    public const string Genoptraening = "SUF-GENOP";
    public const string Hjemmepleje = "SUF-HJEMMEPLEJE";
    public const string Forebyggelse = "SUF-FOREBYG";

    public const string SaerligeJobformidling = "BUF-DSJ";
    public const string UuKobenhavn = "BUF-UU";
    public const string StuKobenhavn = "BUF-STU";

    public const string Star = "STAR";
    public const string SocialOgBoligstyrelsen = "SBST";
    public const string Lev = "LEV";
    public const string JobcenterVallensbaek = "JC-VALLENSBAEK";
    public const string IshojSocialservice = "ISHOJ-SOCIAL";

    public static List<Agency> All() =>
    [
        Department(Bif, "Beskæftigelses- og Integrationsforvaltningen",
            "Driver jobcentrene: målgrupper, ydelser, jobplaner, virksomhedsplaceringer (virksomhedspraktik, løntilskud, fleksjob, skånejob, ordinære timer) og beskæftigelsesprojekter. Har myndighedsansvaret for job med løntilskud til førtidspensionister."),
        Department(Sof, "Socialforvaltningen",
            "Social handleplan efter serviceloven § 141, socialpædagogisk støtte (§ 85), beskyttet beskæftigelse (§ 103), aktivitets- og samværstilbud (§ 104), botilbud (§ 107/§ 108), stofmisbrugsbehandling, Jobshop og samarbejdet med LEVs KLAPjob."),
        Department(Suf, "Sundheds- og Omsorgsforvaltningen",
            "Sundhed og omsorg: genoptræning og rehabilitering, alkoholbehandling, hjemmepleje og forebyggelse. Deltager i de tværgående fora BIF/SOF/SUF om borgere på kanten af arbejdsmarkedet."),
        Department(Buf, "Børne- og Ungdomsforvaltningen",
            "Børn og unge, herunder STU (særligt tilrettelagt ungdomsuddannelse) og Den Særlige Jobformidling. Den unges sag overdrages til voksenforvaltningerne omkring 17½ år."),

        Unit(JobcenterUnge, "Jobcenter København – Ungecentret", Bif,
            "Tidligere Jobcenter København Skelbækgade (JKS). Uddannelseskoordinatorer i alle afdelinger; virksomhedskonsulenter i afklaringsenheden kobler unge, der har gennemført en STU, til det almindelige arbejdsmarked."),
        Unit(JobcenterFastholdelse, "Jobcenter København – Center for Arbejdsfastholdelse", Bif,
            "Tidligere Jobcenter København Baldersgade. Udredning og rådgivning om kompenserende ordninger ved praktik, løntilskud, revalidering og nyansættelse; sygedagpenge og fleksjob."),
        Unit(JobcenterJobindsats, "Jobcenter København – Center for Jobindsats", Bif,
            "Tidligere Jobcenter København Musvågevej. Indsats for aktivitetsparate ledige med komplekse problemer ud over ledighed."),
        Unit(JobcenterArbejdsmarked, "Jobcenter København – Arbejdsmarkedscentret", Bif,
            "Tidligere Jobcenter København Nyropsgade. Jobrettet indsats og virksomhedskontakt for jobparate ledige."),
        Unit(SpecialindsatsHandicap, "Specialindsats Handicap", Bif,
            "Råd og vejledning om handicapkompenserende ordninger til borgere og virksomheder; netværk af nøglepersoner i BIF og samarbejde med Handicapcenter København."),

        Unit(BorgercenterVoksne, "Borgercenter Voksne", Sof,
            "Myndighed for voksne med sociale problemer: social handleplan, visitation til støtte og botilbud."),
        Unit(Handicapcenter, "Handicapcenter København", Sof,
            "Myndighed for voksne med handicap. Kontakter KLAP med konkrete borgere med fx Aspergers syndrom og senhjerneskade og sender information om job med løntilskud til alle borgere med hjemmevejledning."),
        Unit(Jobshop, "Jobshop", Sof,
            "Socialforvaltningens egen formidling af beskæftigelse til borgere med udviklingshæmning, som understøtter borgernes tilknytning til arbejdsmarkedet."),
        Unit(Rusmiddelcenter, "Københavns Kommunes Rusmiddelcenter", Sof,
            "Ambulant behandling og døgnbehandling for stofmisbrug. Faste kontaktpersoner fra jobcentret kommer ud på rådgivningscentret."),
        Unit(Bostoette, "Bostøtte og hjemmevejledning", Sof,
            "Socialpædagogisk støtte i eget hjem efter serviceloven § 85."),
        Unit(Dagtilbud, "Beskyttede værksteder og dagtilbud", Sof,
            "Beskyttet beskæftigelse (§ 103) og aktivitets- og samværstilbud (§ 104)."),
        Unit(Botilbud, "Botilbud", Sof,
            "Midlertidige (§ 107) og længerevarende (§ 108) botilbud."),
        Unit(Sundholm, "Sundholm – Grundlæggerne", Sof,
            "Social aktivering og beskæftigelse for stofmisbrugere og hjemløse, bl.a. Dag til Dag."),

        Unit(Alkoholbehandling, "Alkoholbehandlingen", Suf,
            "Alkoholbehandling efter Københavns Kommunes Alkoholstrategi: behandling kan forebygge tab af beskæftigelse og skabe struktur og mening i hverdagen."),
        Unit(Genoptraening, "Genoptræning og Rehabilitering", Suf,
            "Genoptræning og rehabiliteringsforløb, bl.a. efter erhvervet hjerneskade."),
        Unit(Hjemmepleje, "Hjemmeplejen", Suf,
            "Praktisk hjælp og personlig pleje i eget hjem."),
        Unit(Forebyggelse, "Forebyggelsescentrene", Suf,
            "Sundhedsfremmende og sundhedsafklarende forløb, fx for ledige borgere i jobcentrets indsats."),

        Unit(SaerligeJobformidling, "Den Særlige Jobformidling", Buf,
            "Arbejder med at få unge med udviklingshæmning i ordinær beskæftigelse og samarbejder med BIF om praktikker og job for målgruppen."),
        Unit(UuKobenhavn, "UU København", Buf,
            "Ungdommens Uddannelsesvejledning: vejleder unge om uddannelse og deltager i møder med BIF og STU-skolerne om udslusning."),
        Unit(StuKobenhavn, "STU København", Buf,
            "Visitation til og opfølgning på særligt tilrettelagt ungdomsuddannelse (STU) og overdragelse til voksenforvaltningerne."),

        External(Star, "Styrelsen for Arbejdsmarked og Rekruttering", AgencyKind.NationalAgency,
            "Finansierer og evaluerer beskæftigelsesprojekter som Jobcenter Vallensbæks Flere skal med, JobFirst og Empowerment; udvælger og personmarkerer projekternes målgrupper."),
        External(SocialOgBoligstyrelsen, "Social- og Boligstyrelsen", AgencyKind.NationalAgency,
            "Tidligere Socialstyrelsen. Har analyseret KLAPjob (beskæftigelsen stiger fra 45 pct. til 80 pct.) og udmeldt puljen \"Social støtte i overgangen til og i fastholdelse af job\" sammen med STAR."),
        External(Lev, "LEV", AgencyKind.Partner,
            "Landsforening for mennesker med udviklingshæmning. Søsatte KLAPjob i 2009 og matcher job og jobsøgende i samarbejde med kommuner og virksomheder."),
        External(JobcenterVallensbaek, "Jobcenter Vallensbæk", AgencyKind.Partner,
            "Nabojobcenter (Vallensbæk/Ishøj), der har gennemført de STAR-finansierede projekter Flere skal med, JobFirst og Empowerment. Takkede sammen med Ishøj nej til puljen \"Social støtte i overgangen til og fastholdelse af job\" (2017, CTI-metoden)."),
        External(IshojSocialservice, "Ishøj Kommune, Center for Socialservice", AgencyKind.Partner,
            "Nabokommune med gruppevejledning og VUM-udredning i § 85-indsatsen for aktivitetsparate kontanthjælpsmodtagere. Takkede sammen med Vallensbæk nej til puljen \"Social støtte i overgangen til og fastholdelse af job\" (2017)."),
    ];

    private static Agency Department(string code, string name, string description) =>
        new() { Code = code, Name = name, Kind = AgencyKind.Department, DepartmentCode = code, Description = description };

    private static Agency Unit(string code, string name, string department, string description) =>
        new() { Code = code, Name = name, Kind = AgencyKind.Unit, DepartmentCode = department, Description = description };

    private static Agency External(string code, string name, AgencyKind kind, string description) =>
        new() { Code = code, Name = name, Kind = kind, DepartmentCode = null, Description = description };
}
