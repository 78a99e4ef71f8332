using JobMatch.Data.Registry;
using static JobMatch.Data.Seeding.SeedAgencies;

namespace JobMatch.Data.Seeding;

/// <summary>
/// The BIF–SOF portal the joint strategy relaunches: each department's offers, the shared procedures with their steps,
/// and the jobcenter's fixed contact persons for SOF's counselling centres, in the seed documents' words. Contact persons
/// are picked from the seeded staff by unit and title, never drawn at random, so the citizens' random streams stay as they are.
/// </summary>
internal static class SeedPortal
{
    private const string JointStrategy = "Handleplan for fælles strategi i BIF og SOF 2009–2011";
    private const string HandicapPolicy = "Status på Beskæftigelses- og Integrationsudvalgets handleplan for Københavns Kommunes Handicappolitik 2011–2012";
    private const string KlapStatus = "Status på Socialudvalgets samarbejde med LEVs projekt KLAP (Socialudvalget, 2013)";
    private const string KlapAnalysis = "Social- og Boligstyrelsen: Borgere med kognitive handicap kommer i job med målrettet indsats (2023)";

    public const string CounsellingProcedure = "RAADGIVNINGSCENTER";

    public static List<Offer> Offers(IReadOnlyList<Employee> staff) =>
    [
        Offer("VIRKSOMHEDSPRAKTIK", "Virksomhedspraktik", Bif, JobcenterArbejdsmarked, "Lov om en aktiv beskæftigelsesindsats (virksomhedspraktik)",
            "Ulønnet praktik i en virksomhed, hvor borgeren afklarer og afprøver sine muligheder på en arbejdsplads. Bruges i afklaringen af fælles borgere (\"afklaring af muligheder bl.a. gennem praktikker\") og er KLAPjobs tredje trin.",
            "Ledige, herunder aktivitetsparate kontanthjælpsmodtagere og personer i ressourceforløb, der skal afklare eller afprøve deres muligheder på en arbejdsplads.",
            Contact(staff, JobcenterArbejdsmarked, "Virksomhedskonsulent"), JointStrategy),
        Offer("LOENTILSKUD", "Job med løntilskud, herunder skånejob for førtidspensionister", Bif, JobcenterFastholdelse, "Lov om en aktiv beskæftigelsesindsats (løntilskud)",
            "Ansættelse med løntilskud i en virksomhed. BIF har myndighedsansvaret for job med løntilskud til førtidspensionister (skånejob) og samarbejder med Den Særlige Jobformidling om det administrative arbejde omkring praktikker og job. Et skånejob er ikke beskyttet beskæftigelse efter serviceloven § 103, som SOF giver.",
            "Ledige og førtidspensionister, der kan arbejde på særlige vilkår; for førtidspensionister med udviklingshæmning ofte formidlet af Jobshop, Den Særlige Jobformidling eller KLAPjob.",
            Contact(staff, JobcenterFastholdelse, "Virksomhedskonsulent"), KlapStatus),
        Offer("MENTOR", "Mentorstøtte", Bif, JobcenterUnge, "Lov om en aktiv beskæftigelsesindsats (mentorstøtte)",
            "En mentor kobles på ved behov for at sikre overgangen til og fastholdelsen i uddannelse eller job. Uddannelseskoordinatorerne i Ungecentret er i dialog med uddannelsesinstitutionerne og tager kontakt, når der er behov for mere.",
            "Unge med varige funktionsnedsættelser i uddannelse eller på vej i job, der har brug for personlig støtte for at gennemføre.",
            Contact(staff, JobcenterUnge, "Uddannelseskoordinator"), HandicapPolicy),
        Offer("JOBKLUB-UNGE", "Jobklub og studiejob for unge med funktionsnedsættelser", Bif, JobcenterUnge, null,
            "Unge tilbydes studiejob, revalidender indkaldes til samtale inden uddannelsens afslutning for at sikre overgangen til job, og de unge kommer i jobklub for at blive hjulpet i job, evt. med kompenserende ordninger.",
            "Unge med varige funktionsnedsættelser i gang med eller ved afslutningen af en kompetencegivende uddannelse.",
            Contact(staff, JobcenterUnge, "Jobkonsulent"), HandicapPolicy),
        Offer("LAENGEREVARENDE", "Længerevarende tilbud i BIF", Bif, JobcenterJobindsats, null,
            "Et længerevarende tilbud på fx 12 måneder, der kombinerer afklaring, opkvalificering og beskæftigelsesfremme: regelmæssige individuelle samtaler, en ugentlig aktivitet med begrænset fremmøde på fx 10 timer efter jobcentrets konkrete vurdering, jobtræning i værksteder, afklaring gennem praktikker, udredning af misbrug, psykiske og sociale problemstillinger og en kontaktperson i forhold til relevante instanser.",
            "Fælles borgere i BIF og SOF på kontanthjælp – misbrugere, hjemløse, psykisk syge og handicappede – som ikke magter de eksisterende tilbud med 25 timers krav, og som jobcentret har vanskeligt ved at få og fastholde kontakt til.",
            Contact(staff, JobcenterJobindsats, "Socialrådgiver"), JointStrategy),
        Offer("HANDICAPKOMPENSATION", "Råd og vejledning om handicapkompenserende ordninger", Bif, SpecialindsatsHandicap, "Lov om kompensation til handicappede i erhverv m.v.",
            "Specialindsats Handicap yder råd og vejledning til borgere og virksomheder om ordninger, der tiltrækker og fastholder medarbejdere med handicap, herunder personlig assistance, behandler ansøgningerne og superviserer dagligt medarbejdere i BIF, SOF, BUF og SUF via telefon og mail.",
            "Borgere med varige funktionsnedsættelser i eller på vej mod job eller uddannelse, deres arbejdsgivere, og medarbejdere i alle forvaltninger, der vejleder dem.",
            Contact(staff, SpecialindsatsHandicap, "Specialkonsulent, handicap"), HandicapPolicy),
        Offer("CAF-UDREDNING", "Udredning af kompenserende ordninger", Bif, JobcenterFastholdelse, null,
            "Center for Arbejdsfastholdelse udreder og rådgiver om kompenserende ordninger i forbindelse med praktik, løntilskud, virksomheds- eller uddannelsesrevalidering og nyansættelse, så ordningerne vurderes og afprøves systematisk og tilknytningen til arbejdsmarkedet bliver holdbar.",
            "Ledige borgere med en langvarig eller kronisk funktionsnedsættelse.",
            Contact(staff, JobcenterFastholdelse, "Rehabiliteringskoordinator"), HandicapPolicy),

        Offer("SEL-85", "Socialpædagogisk støtte i eget hjem (hjemmevejledning)", Sof, Bostoette, "Serviceloven § 85",
            "Hjemmevejledere og bostøttemedarbejdere støtter borgeren i eget hjem i at klare hverdagen. Handicapcenter København sender information om job med løntilskud gennem KLAP til alle borgere med hjemmevejledning, og hjemmevejlederne hjælper borgere, der er interesserede i et skånejob, med at tage kontakt.",
            "Voksne med nedsat fysisk eller psykisk funktionsevne eller særlige sociale problemer, der bor i eget hjem.",
            Contact(staff, Bostoette, "Bostøttemedarbejder"), KlapStatus),
        Offer("SEL-103", "Beskyttet beskæftigelse", Sof, Dagtilbud, "Serviceloven § 103",
            "Beskæftigelse på beskyttede værksteder for borgere, der ikke kan fastholde et job på normale vilkår. Ikke det samme som et skånejob (job med løntilskud til førtidspensionister), som jobcentret bevilger; KLAPjob og Jobshop hjælper borgere derfra videre i job.",
            "Borgere under folkepensionsalderen med betydelig nedsat fysisk eller psykisk funktionsevne eller særlige sociale problemer, ofte førtidspensionister med udviklingshæmning.",
            Contact(staff, Dagtilbud, "Pædagog"), KlapStatus),
        Offer("SEL-104", "Aktivitets- og samværstilbud", Sof, Dagtilbud, "Serviceloven § 104",
            "Dagtilbud med aktiviteter og samvær, herunder beskæftigelsesaktiviteter i SOF's eget regi. Dagtilbuddene kontakter KLAP, når en borger har konkrete ønsker til beskæftigelse, som Jobshop eller Den Særlige Jobformidling ikke selv kan klare.",
            "Borgere med betydelig nedsat fysisk eller psykisk funktionsevne eller særlige sociale problemer, der har brug for et aktivitets- og samværstilbud.",
            Contact(staff, Dagtilbud, "Pædagog"), KlapStatus),
        Offer("SEL-107", "Midlertidigt botilbud", Sof, Botilbud, "Serviceloven § 107",
            "Midlertidigt ophold i botilbud med støtte. Hjemløsestrategien har som mål, at flere hjemløse kontanthjælpsmodtagere kommer i en form for beskæftigelse, hvilket kræver et samarbejde mellem SOF og BIF.",
            "Voksne, der i en periode har behov for omfattende hjælp eller for pleje, behandling eller omsorg, de ikke kan få i eget hjem.",
            Contact(staff, Botilbud, "Kontaktperson"), JointStrategy),
        Offer("SEL-108", "Længerevarende botilbud", Sof, Botilbud, "Serviceloven § 108",
            "Længerevarende ophold i botilbud. KLAPjob viser færre i botilbud blandt deltagerne og flere, der i stedet får socialpædagogisk støtte i eget hjem.",
            "Voksne med betydelig og varigt nedsat fysisk eller psykisk funktionsevne, der har behov for omfattende hjælp, som ikke kan gives i eget hjem.",
            Contact(staff, Botilbud, "Kontaktperson"), KlapAnalysis),
        Offer("JOBSHOP", "Jobshop", Sof, Jobshop, null,
            "Socialforvaltningens egen formidling af forskellige former for beskæftigelse, der understøtter borgernes mulighed for at opnå tilknytning til arbejdsmarkedet; eksempler på JobShop-arbejdspladser er Silvan og Bilka. Jobshop kan gøre brug af KLAPs indgang til virksomheder, når en borger har et specifikt ønske, men behov for mere støtte, end det er muligt i et skånejob.",
            "Borgere med udviklingshæmning, ofte førtidspensionister i beskyttet beskæftigelse eller dagtilbud.",
            Contact(staff, Jobshop, "Jobkonsulent"), KlapStatus),
        Offer("DAG-TIL-DAG", "Dag til Dag (Grundlæggerne, Sundholm)", Sof, Sundholm, null,
            "Social aktivering og beskæftigelse, hvor deltagelse er frivillig, og deltagerne binder sig kun til én dag ad gangen. Opgaverne, fx renovering og etablering af legepladser og lokaler, udføres for offentlige og private virksomheder mod betaling på almindelige konkurrencemæssige vilkår. Der udbetales en arbejdsdusør ved arbejdsdagens ophør eller ved udgangen af hver uge, og deltagerne får morgenmad og frokost.",
            "Primært stofmisbrugere og hjemløse, som har været på passiv kontanthjælp igennem længere tid.",
            Contact(staff, Sundholm, "Arbejdsleder"), JointStrategy),
        Offer("STOFBEHANDLING", "Stofmisbrugsbehandling på rådgivningscentrene", Sof, Rusmiddelcenter, null,
            "Ambulant behandling og døgnbehandling for stofmisbrug. Jobcentret har en eller to faste kontaktpersoner for rådgivningscentret, og der holdes fælles koordineringsmøder på rådgivningscentret, så behandling og beskæftigelse sammentænkes (se den fælles sagsgang RAADGIVNINGSCENTER).",
            "Borgere med stofmisbrug, herunder fælles borgere i BIF og SOF på kontanthjælp.",
            Contact(staff, Rusmiddelcenter, "Socialrådgiver"), JointStrategy),

        Offer("ALKOHOLBEHANDLING", "Alkoholbehandling", Suf, Alkoholbehandling, "Sundhedsloven § 141",
            "Behandling efter Københavns Kommunes Alkoholstrategi. En behandling kan forebygge tab af beskæftigelse og skabe struktur og mening i hverdagen; et samarbejde med jobcentret hjælper til tidlig opsporing, da BIF kan være i kontakt med borgere med et alkoholproblem, som endnu ikke er kendt andre steder.",
            "Borgere med et alkoholproblem, herunder ledige i jobcentrets indsats.",
            Contact(staff, Alkoholbehandling, "Alkoholbehandler"), JointStrategy),
        Offer("SUNDHEDSAFKLARING", "Sundhedsafklarende forløb", Suf, Forebyggelse, null,
            "Sundhedsafklarende forløb, der skal styrke de lediges kompetencer på arbejdsmarkedet, som led i Beskæftigelsesplan 2009's afklaring og opkvalificering af de ikke-arbejdsmarkedsparate ledige.",
            "Ikke-arbejdsmarkedsparate ledige i jobcentrets indsats.",
            Contact(staff, Forebyggelse, "Sundhedskonsulent"), JointStrategy),

        Offer("DEN-SAERLIGE-JOBFORMIDLING", "Den Særlige Jobformidling", Buf, SaerligeJobformidling, null,
            "Arbejder med at få unge med udviklingshæmning i ordinær beskæftigelse og samarbejder med BIF om det administrative arbejde omkring praktikker og job. Kan Den Særlige Jobformidling ikke hjælpe en borger ud på arbejdsmarkedet, visiteres borgeren til jobcentret.",
            "Unge med udviklingshæmning, typisk efter STU; nye borgere over 30–35 år kan med deres accept sendes videre til KLAP.",
            Contact(staff, SaerligeJobformidling, "Jobformidler"), KlapStatus),
        Offer("STU", "Særligt tilrettelagt ungdomsuddannelse (STU)", Buf, StuKobenhavn, "Lov om ungdomsuddannelse for unge med særlige behov",
            "Visitation til og opfølgning på STU. Unge, der har gennemført en STU, skal modtage tilbud om beskæftigelse, uddannelse eller jobafklaring; virksomhedskonsulenterne i Projekt STAFF og UU holder kvartalsvise netværksmøder med BUF og STU-skolerne om udslusningen.",
            "Unge med udviklingshæmning eller andre særlige behov, der ikke kan gennemføre en anden ungdomsuddannelse.",
            Contact(staff, StuKobenhavn, "Sagsbehandler"), HandicapPolicy),
    ];

    public static List<Procedure> Procedures() =>
    [
        Procedure("KOORDINERET-PLAN", "Koordinering af jobplan og social handleplan",
            "Den fælles borger oplever en koordineret indsats og får tilbudt og udarbejdet relevante sociale handleplaner og jobplan i begge forvaltninger, så behandling og beskæftigelse sammentænkes. Hver forvaltning har initiativforpligtelsen.",
            JointStrategy,
            Step(Bif, Bif, "Jobplan og tilbud", "Jobcentret udarbejder jobplanen og giver borgeren et tilbud, fx det længerevarende tilbud eller virksomhedspraktik."),
            Step(Sof, BorgercenterVoksne, "Social handleplan koordineret med jobplanen", "Socialforvaltningen tilbyder borgeren sociale tiltag, der understøtter tilbuddet i BIF, og udarbejder en social handleplan (serviceloven § 141), der koordineres med jobplanen."),
            Step(Bif, Bif, "Samarbejde om den enkelte borger", "Medarbejderne på jobcentret og på de sociale tilbud samarbejder om den enkelte borger og holder hinanden orienteret, når planerne ændres.")),
        Procedure(CounsellingProcedure, "Jobcentrets faste kontaktpersoner for rådgivningscentrene",
            "På misbrugsområdet tilknyttes en eller to faste medarbejdere fra jobcentret, der har kontakten til rådgivningscentret, så jobcentrets og rådgivningscentrets indsats for den fælles borger hænger sammen.",
            JointStrategy,
            Step(Bif, JobcenterJobindsats, "Faste kontaktpersoner", "Jobcentret tilknytter en eller to faste medarbejdere, der har kontakten til rådgivningscentret (se unitContacts)."),
            Step(Sof, Rusmiddelcenter, "Henvendelse til kontaktpersonen", "Rådgivningscentret retter henvendelse til kontaktpersonerne i forhold til almindelige spørgsmål og generelle afklaringspunkter."),
            Step(Bif, JobcenterJobindsats, "Fælles koordineringsmøde", "Der holdes fælles koordineringsmøder, hvor kontaktpersonen kommer ud på rådgivningscentret.")),
        Procedure("OVERGANG-18", "Overgang fra barn til voksen",
            "Entydige arbejdsgange for overdragelsen af den unges sag fra Børne- og Ungdomsforvaltningen til voksenforvaltningerne, så der senest ½ år før det fyldte 18. år er aftalt en handleplan for og med den unge, der dækker både den sociale og den beskæftigelsesmæssige indsats.",
            HandicapPolicy,
            Step(Buf, StuKobenhavn, "Overdragelsen begynder", "Børne- og Ungdomsforvaltningen overdrager sagen til voksenforvaltningerne efter den fastlagte arbejdsgang.", "fra den unge er ca. 17 år og 2 måneder"),
            Step(Sof, Handicapcenter, "Den sociale del af handleplanen", "Socialforvaltningen aftaler den sociale indsats i handleplanen for og med den unge.", "senest ½ år før det fyldte 18. år"),
            Step(Bif, JobcenterUnge, "Den beskæftigelsesmæssige del af handleplanen", "Jobcentret aftaler den beskæftigelsesmæssige indsats i samme handleplan.", "senest ½ år før det fyldte 18. år"),
            Step(Buf, UuKobenhavn, "Information til den unge og familien", "Den unge og familien informeres om overdragelsen og om, hvad de kan forvente af indsatsen.")),
        Procedure("DSJ-JOBCENTER", "Fra Den Særlige Jobformidling til jobcentret",
            "Unge med udviklingshæmning hjælpes i job af Den Særlige Jobformidling; BIF har myndighedsansvaret for job med løntilskud til førtidspensionister, og jobcentret tager over, hvis jobformidlingen ikke kan hjælpe.",
            KlapStatus,
            Step(Buf, SaerligeJobformidling, "Jobformidling", "Den Særlige Jobformidling arbejder med at få den unge i ordinær beskæftigelse eller praktik."),
            Step(Bif, Bif, "Praktikker og job", "BIF samarbejder med Den Særlige Jobformidling om det administrative arbejde omkring praktikker og job og bevilger job med løntilskud til førtidspensionister."),
            Step(Buf, SaerligeJobformidling, "Visitation til jobcentret", "Kan Den Særlige Jobformidling ikke hjælpe borgeren ud på arbejdsmarkedet, visiteres borgeren til jobcentret."),
            Step(Bif, Bif, "Jobcentret hjælper videre", "Jobcentret forsøger at hjælpe borgeren videre.")),
        Procedure("KLAP-HENVISNING", "Henvisning til KLAPjob fra Socialforvaltningen",
            "Socialforvaltningen henviser borgere med konkrete ønsker til beskæftigelse til LEVs KLAPjob, når egne veje ikke slår til; jobbene er fleks- eller løntilskudsjob, som BIF bevilger.",
            KlapStatus,
            Step(Sof, Jobshop, "Egne kontakter først", "Jobshop og Den Særlige Jobformidling forsøger selv at klare borgerens ønske via deres kontakter til virksomheder."),
            Step(Sof, Dagtilbud, "Dagtilbuddet kontakter KLAP", "Har borgeren konkrete ønsker til beskæftigelse, som Jobshop eller Den Særlige Jobformidling ikke selv kan klare, kontakter dagtilbuddet KLAP."),
            Step(Sof, Handicapcenter, "Handicapcentret henviser", "Handicapcenter København kontakter KLAP med konkrete borgere med andre handicap, fx Aspergers syndrom og senhjerneskade, og hjemmevejlederne hjælper borgere i eget hjem med at tage kontakt."),
            Step(null, Lev, "KLAPjobs forløb", "Borgeren har en samtale med en KLAPjob-konsulent og afprøver job i ulønnet virksomhedspraktik."),
            Step(Bif, Bif, "Ansættelse med løntilskud", "BIF, der har myndighedsansvaret, bevilger fleks- eller løntilskudsjobbet, når både virksomheden og borgeren er tilfredse med matchet.")),
    ];

    public static List<UnitContact> UnitContacts(IReadOnlyList<Employee> staff) =>
    [
        new()
        {
            UnitCode = JobcenterJobindsats, EmployeeId = Contact(staff, JobcenterJobindsats, "Sagsbehandler")!.Value,
            CounterpartUnitCode = Rusmiddelcenter, CounterpartEmployeeId = Contact(staff, Rusmiddelcenter, "Socialrådgiver"),
            Description = "Jobcentrets faste kontaktperson for rådgivningscentret på misbrugsområdet: almindelige spørgsmål og generelle afklaringspunkter; kommer ud på rådgivningscentret til fælles koordineringsmøder.",
            Source = JointStrategy,
        },
        new()
        {
            UnitCode = JobcenterJobindsats, EmployeeId = Contact(staff, JobcenterJobindsats, "Socialrådgiver")!.Value,
            CounterpartUnitCode = Rusmiddelcenter, CounterpartEmployeeId = Contact(staff, Rusmiddelcenter, "Behandler"),
            Description = "Jobcentrets anden faste kontaktperson for rådgivningscentret på misbrugsområdet, så rådgivningscentret altid kan få fat i jobcentret.",
            Source = JointStrategy,
        },
        new()
        {
            UnitCode = SpecialindsatsHandicap, EmployeeId = Contact(staff, SpecialindsatsHandicap, "Specialkonsulent, handicap")!.Value,
            CounterpartUnitCode = Handicapcenter, CounterpartEmployeeId = Contact(staff, Handicapcenter, "Socialrådgiver"),
            Description = "Specialindsats Handicaps nøgleperson for Handicapcenter København: information om handicapkompenserende ordninger og daglig supervision via telefon og mail.",
            Source = HandicapPolicy,
        },
    ];

    /// <summary>The first seeded employee of the unit with the title, else the unit's first; a unit without staff is a seed error.</summary>
    private static Guid? Contact(IReadOnlyList<Employee> staff, string unit, string title) =>
        (staff.FirstOrDefault(e => e.UnitCode == unit && e.Title == title) ?? staff.FirstOrDefault(e => e.UnitCode == unit)
            ?? throw new InvalidOperationException($"The unit {unit} has no staff to be its contact person."))?.Id;

    private static Offer Offer(string code, string name, string department, string provider, string? legalBasis,
        string description, string audience, Guid? contact, string source) =>
        new()
        {
            Code = code,
            Name = name,
            DepartmentCode = department,
            ProviderCode = provider,
            LegalBasis = legalBasis,
            Description = description,
            Audience = audience,
            ContactUnitCode = provider,
            ContactEmployeeId = contact,
            Source = source,
        };

    private static Procedure Procedure(string code, string name, string description, string source, params ProcedureStep[] steps) =>
        new()
        {
            Code = code,
            Name = name,
            Description = description,
            Source = source,
            Steps = steps.Select((s, i) => { s.ProcedureCode = code; s.Order = i + 1; return s; }).ToList(),
        };

    private static ProcedureStep Step(string? department, string actor, string name, string description, string? due = null) =>
        new() { ProcedureCode = "", DepartmentCode = department, ActorCode = actor, Name = name, Description = description, Due = due };
}
