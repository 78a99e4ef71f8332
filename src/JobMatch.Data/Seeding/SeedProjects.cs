using JobMatch.Data.Registry;
using static JobMatch.Data.Seeding.SeedAgencies;

namespace JobMatch.Data.Seeding;

/// <summary>
/// The projects and programmes the seed documents describe, with their steps in the documents' words. Flere skal med,
/// JobFirst and Empowerment are Jobcenter Vallensbæk's STAR-funded projects; the 2017 CTI pool was issued by
/// Socialstyrelsen (now Social- og Boligstyrelsen) with STAR, and Ishøj and Vallensbæk declined it.
/// </summary>
internal static class SeedProjects
{
    public const string KlapJob = "KLAPJOB";
    public const string Staff = "STAFF";
    public const string JobFirst = "JOBFIRST";
    public const string FlereSkalMed = "FLERE-SKAL-MED";
    public const string Empowerment = "EMPOWERMENT";
    public const string DagTilDag = "DAG-TIL-DAG";
    public const string JobshopProgramme = "JOBSHOP";
    public const string SaerligeJobformidlingProgramme = "DSJ";
    public const string Laengerevarende = "LAENGEREVARENDE";
    public const string SocialStoetteJob = "SOCIAL-STOETTE-JOB";

    /// <summary>KLAPjob's step 3 (the unpaid internship) and step 4 (hired): the steps that come with a placement.</summary>
    public const int KlapInternshipStep = 3;
    public const int KlapHiredStep = 4;

    private static readonly Dictionary<string, DateOnly?> Ends = All().ToDictionary(p => p.Code, p => p.EndDate);

    public static DateOnly? EndOf(string code) => Ends[code];

    public static List<Project> All() =>
    [
        Project(KlapJob, "KLAPjob", Lev, Sof, SocialOgBoligstyrelsen, new(2009, 1, 1), null,
            "KLAPjob er en beskæftigelsesindsats, der blev søsat af foreningen LEV i 2009 med håbet om et mere inkluderende og rummeligt arbejdsmarked. LEV matcher job og jobsøgende i tæt samarbejde med kommuner og virksomheder: klargøre biler, slå græs og ordne have, fylde varer op i supermarkedet eller malke køer. Social- og Boligstyrelsens analyse viser, at andelen i beskæftigelse stiger fra 45 pct. til 80 pct. blandt borgere, der modtager indsatsen.",
            "Mennesker med udviklingshæmning eller andre kognitive handicap – ofte førtidspensionister. Jobbene er fleks- eller løntilskudsjob i en almindelig virksomhed.",
            ("Ansøgning", "Borgeren ansøger om at deltage i KLAPjob."),
            ("Samtale med KLAPjob-konsulent", "Borgeren deltager i samtale med en KLAPjob-konsulent, hvor ønsker til job og potentielle jobmuligheder vendes."),
            ("Ulønnet virksomhedspraktik", "Borgeren afprøver job i ulønnet virksomhedspraktik."),
            ("Ansættelse i fleks- eller løntilskudsjob", "Borgeren ansættes i fleks- eller løntilskudsjob, hvis både virksomheden og borgeren er tilfredse med matchet.")),

        Project(Staff, "Projekt STAFF", Bif, Buf, Star, new(2011, 5, 1), null,
            "Landsdækkende finanslovsprojekt, der skal sikre, at flere unge med udviklingshæmning får gennemført en STU og får mulighed for et arbejdsliv på det ordinære arbejdsmarked. To virksomhedskonsulenter i afklaringsenheden i Jobcenter København – Ungecentret arbejder dagligt for at sikre kobling til det almindelige arbejdsmarked og holder kvartalsvise netværksmøder med BUF og STU-skolerne.",
            "Unge med udviklingshæmning, der har gennemført eller er ved at afslutte en STU; i København med fokus på unge kontanthjælpsmodtagere.",
            ("Afklaring ved STU-afslutning", "Den unge indkaldes inden afslutningen af STU, og ønsker og forudsætninger afklares sammen med UU og STU-skolen."),
            ("Kobling til virksomhed", "En virksomhedskonsulent finder en virksomhed på det almindelige arbejdsmarked."),
            ("Job eller jobafklaring", "Den unge får et tilbud, der enten er beskæftigelse, uddannelse eller jobafklaring.")),

        Project(JobFirst, "JobFirst", JobcenterVallensbaek, null, Star, new(2016, 1, 1), new(2017, 12, 31),
            "Kontrolleret forsøg med indsatsgruppe og kontrolgruppe, der udvikler og afprøver en virksomhedsrettet indsats for personer, som er, eller potentielt er, i målgruppen for et ressourceforløb. Indsatsen består af ni elementer defineret af STAR, fra klar rollefordeling og borgerens jobmål til snusepraktikker, praktik kombineret med ordinære timer og fastholdelse.",
            "Borgere, som er fyldt 30 år og enten modtager ressourceforløbsydelse i et ressourceforløb eller er aktivitetsparate kontanthjælpsmodtagere med mere end 1 år på offentlig forsørgelse.",
            ("Klar rollefordeling og jobmål", "Klar rollefordeling fra start; borgerens jobmål sætter kursen."),
            ("Snusepraktik", "Snusepraktikker skal sikre, at der findes et jobmatch; vi prøver os frem og justerer jobkursen undervejs."),
            ("Match og arbejdsaftale", "Match og arbejdsaftale; praktik kombineret med ordinære timer."),
            ("Fastholdelse", "Intensiv fastholdelsesstøtte og fastholdelsesindsats efter praktik og ordinære løntimer.")),

        Project(FlereSkalMed, "Flere skal med", JobcenterVallensbaek, null, Star, new(2017, 1, 1), new(2019, 12, 31),
            "STAR udvælger og personmarkerer bruttomålgruppen. Jobcentret 'vender bunken' og visiterer borgere med jobpotentiale til projektet, borgere i målgruppen for ressourceforløb, fleksjob og førtidspension til rehabiliteringsteamet, og underretter socialforvaltningen om borgere med alvorlige sociale og helbredsmæssige udfordringer. Mål: at 40 pct. af målgruppen deltager i virksomhedspraktik i 13 uger.",
            "Aktivitetsparate borgere med mindst 5 år på offentlig forsørgelse (uddannelses- og kontanthjælp og integrationsydelse) med væsentlige helbredsmæssige og sociale problemer.",
            ("Start-afklaring", "Der sættes jobretning for det videre forløb: borgerens kompetencer afklares, og der tilkobles en personlig jobformidler."),
            ("På vej mod job", "Der knyttes en virksomhedskonsulent til med henblik på at finde et match med en virksomhed, der tilbyder ordinære løntimer."),
            ("Virksomhedsforløb", "Der ydes fastholdelses- og progressionsindsats ved etablering af ordinære løntimer.")),

        Project(Empowerment, "Empowerment", JobcenterVallensbaek, null, Star, new(2014, 1, 1), new(2016, 12, 31),
            "Tværfaglig indsats, der bygger på samarbejde mellem beskæftigelses-, social- og sundhedsområdet, hvor der arbejdes systematisk med medinddragelse ved at understøtte borgerens overblik over rammer og valgmuligheder. Indsatsen er baseret på frivillighed og et tillidsfuldt forhold mellem borgeren og sagsbehandleren.",
            "Kontanthjælpsmodtagere og ressourceforløbsmodtagere over 30 år, som har været ledige i mindst to år.",
            ("Overblik og medejerskab", "Borgeren får overblik over rammer og valgmuligheder og indflydelse på indsatsen."),
            ("Tværfaglig indsats", "Beskæftigelses-, social- og sundhedsområdet tilrettelægger indsatsen sammen med borgeren."),
            ("Helt eller delvist i job", "Borgeren kommer helt eller delvist i job.")),

        Project(DagTilDag, "Dag til Dag", Sof, Bif, null, new(2009, 1, 1), null,
            "Grundlæggerne – Dag til Dag er et tilbud om social aktivering og beskæftigelse på Sundholm. Deltagelse er frivillig, og deltagerne binder sig kun til én dag ad gangen. Arbejdsopgaverne kan fx være renovering og etablering af legepladser og lokaler for offentlige og private virksomheder, udført mod betaling på almindelige konkurrencemæssige vilkår. Deltagerne får en arbejdsdusør samt morgenmad og frokost.",
            "Primært stofmisbrugere og hjemløse, som har været på passiv kontanthjælp igennem længere tid.",
            ("Arbejdsdag", "Deltageren møder op og arbejder én dag ad gangen.")),

        Project(JobshopProgramme, "Jobshop", Jobshop, Lev, null, new(2012, 1, 1), null,
            "Socialforvaltningens Jobshop formidler forskellige former for beskæftigelse til borgere med udviklingshæmning og understøtter deres mulighed for at opnå tilknytning til arbejdsmarkedet. Jobshop kan gøre brug af KLAPs indgang til virksomheder, når en borger har et specifikt ønske, men behov for mere støtte end et skånejob giver.",
            "Borgere med udviklingshæmning, ofte på førtidspension og i beskyttet beskæftigelse eller dagtilbud.",
            ("Afklaring af ønsker", "Borgerens ønsker til beskæftigelse afklares med dagtilbud og hjemmevejleder."),
            ("Skånejob eller løntilskud", "Jobshop formidler et skånejob eller job med løntilskud i en virksomhed."),
            ("Fastholdelse", "Opfølgning med borger og virksomhed.")),

        Project(SaerligeJobformidlingProgramme, "Den Særlige Jobformidling", SaerligeJobformidling, Bif, null, new(2008, 1, 1), null,
            "Børne- og Ungdomsforvaltningens formidling, der arbejder med at få unge med udviklingshæmning i ordinær beskæftigelse. BIF samarbejder med Den Særlige Jobformidling om det administrative arbejde omkring praktikker og job; kan den ikke hjælpe en borger ud på arbejdsmarkedet, visiteres borgeren til jobcentret.",
            "Unge med udviklingshæmning, typisk efter STU.",
            ("Kontakt og afklaring", "Den unge og familien møder jobformidleren, og ønsker og muligheder afklares."),
            ("Praktik", "Den unge afprøver en arbejdsplads i praktik."),
            ("Job eller visitation til jobcenter", "Den unge ansættes i ordinær beskæftigelse eller visiteres til jobcentret.")),

        Project(Laengerevarende, "Længerevarende tilbud i BIF", Bif, Sof, null, new(2009, 1, 1), null,
            "Et længerevarende tilbud på fx 12 måneder til fælles borgere i BIF og SOF, der kombinerer afklaring, opkvalificering og beskæftigelsesfremme: regelmæssige individuelle samtaler, en ugentlig aktivitet med begrænset fremmøde på fx 10 timer, arbejdsrettede aktiviteter og jobtræning i værksteder, afklaring gennem praktikker og fokus på udredning af misbrug, psykiske og sociale problemstillinger.",
            "Kontanthjælpsmodtagere – misbrugere, hjemløse, psykisk syge og handicappede – som ikke magter de eksisterende tilbud med 25 timers krav, og som jobcentret har vanskeligt ved at få og fastholde kontakt til.",
            ("Individuelle samtaler", "Regelmæssige individuelle samtaler og en fast kontaktperson."),
            ("Ugentlig aktivitet", "En ugentlig aktivitet med et begrænset fremmøde på fx 10 timer."),
            ("Jobtræning i værksted", "Arbejdsrettede aktiviteter som praktisk arbejde og jobtræning i værksteder."),
            ("Afklaring gennem praktik", "Afklaring af muligheder, bl.a. gennem praktikker.")),

        Project(SocialStoetteJob, "Social støtte i overgangen til og fastholdelse af job", SocialOgBoligstyrelsen, null, Star, new(2017, 9, 1), new(2020, 12, 31),
            "Projektpulje udmeldt af Socialstyrelsen og STAR i juni 2017 med fokus på en integreret og intensiv socialfaglig og beskæftigelsesrettet indsats i samarbejde mellem kommunens beskæftigelses- og socialforvaltning, i et helhedsorienteret, intensivt og tidsafgrænset forløb efter CTI-metoden (Critical Time Intervention). Målet er at bringe udsatte ledige i ordinært job og fastholde jobbet på længere sigt. Ishøj og Vallensbæk takkede nej til puljen.",
            "Aktivitetsparate kontanthjælpsmodtagere over 30 år med minimum et års ledighed og komplekse og sammensatte problemer, herunder handicap, psykiske lidelser og sociale problemer.",
            ("Overgang til job", "Intensiv social og beskæftigelsesrettet støtte, når borgeren starter i job."),
            ("Afprøvning", "Støtten tilpasses, mens borgeren afprøver sig selv i jobbet."),
            ("Overdragelse", "Støtten overdrages til borgerens eget netværk og de almindelige tilbud.")),
    ];

    private static Project Project(
        string code, string name, string owner, string? partner, string? funder, DateOnly start, DateOnly? end,
        string description, string targetGroup, params (string Name, string Description)[] steps) =>
        new()
        {
            Code = code,
            Name = name,
            Description = description,
            TargetGroup = targetGroup,
            OwnerCode = owner,
            PartnerCode = partner,
            FunderCode = funder,
            StartDate = start,
            EndDate = end,
            Steps = steps.Select((s, i) => new ProjectStep { ProjectCode = code, Order = i + 1, Name = s.Name, Description = s.Description }).ToList(),
        };
}
