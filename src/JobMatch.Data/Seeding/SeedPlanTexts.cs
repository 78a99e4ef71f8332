namespace JobMatch.Data.Seeding;

/// <summary>The Danish wording of goals, activities and services, in the style of real job plans and action plans.</summary>
internal static class SeedPlanTexts
{
    public static readonly string[] JobGoalsActivityReady =
    [
        "Deltage stabilt i en aktivitet 10 timer om ugen",
        "Afklare arbejdsevne gennem virksomhedspraktik",
        "Komme i virksomhedspraktik i et supermarked",
        "Komme i virksomhedspraktik inden for lager og logistik",
        "Komme i virksomhedspraktik inden for rengøring",
        "Opnå ordinære løntimer – først 5, siden 10 timer om ugen",
        "Få overblik over egen økonomi og gæld, så jobsøgning bliver mulig",
        "Få afklaret helbred og misbrug, så en praktik bliver realistisk",
        "Blive klar til at blive forelagt rehabiliteringsteamet",
        "Holde aftaler med jobcentret og møde op til samtaler",
    ];

    public static readonly string[] JobGoalsJobReady =
    [
        "Blive selvforsørgende gennem ordinært job",
        "Søge mindst fem relevante job om ugen",
        "Få truckcertifikat og job på et lager",
        "Få job i detailhandlen med 30 timer om ugen",
        "Få job som chauffør inden for varekørsel",
        "Få job i køkken eller kantine",
    ];

    public static readonly string[] JobGoalsYoung =
    [
        "Starte på FGU til august",
        "Gennemføre brobygning til en erhvervsuddannelse",
        "Afklare uddannelsesønske sammen med mentor og UU",
        "Starte på erhvervsuddannelsen som ernæringsassistent",
        "Starte på erhvervsuddannelsen som tømrer",
        "Få et fritidsjob ved siden af uddannelsen",
        "Møde stabilt op i uddannelsen",
    ];

    public static readonly string[] JobGoalsSick =
    [
        "Vende gradvist tilbage til eget job via delvis raskmelding",
        "Afklare arbejdsevne i forhold til tidligere fag",
        "Finde et job med mindre fysisk belastning",
        "Blive afklaret til fleksjob eller ressourceforløb",
    ];

    public static readonly string[] JobGoalsFlex =
    [
        "Bevare fleksjobbet og øge timetallet fra 12 til 15 timer",
        "Finde et fleksjob med faste opgaver og rolige rammer",
        "Fastholde fleksjobbet med de nødvendige skånehensyn",
    ];

    public static readonly string[] JobGoalsDisability =
    [
        "Få et job med løntilskud i en almindelig virksomhed",
        "Prøve et job i ulønnet virksomhedspraktik",
        "Kunne tage bussen alene til arbejdspladsen",
        "Arbejde 15 timer om ugen i skånejob",
    ];

    // A null provider means the citizen's own jobcenter unit runs the activity.
    public static readonly (string Title, string? Provider)[] ActivitiesActivityReady =
    [
        ("Mentorstøtte", "Mentorkorps København"),
        ("Sundhedsafklarende forløb", null),
        ("Afklaringsforløb i værksted", "Værkstedet Sydhavn (anden aktør)"),
        ("Gruppevejledning", null),
        ("Jobtræning i værksted, 10 timer om ugen", "Jobværkstedet Nordvest (anden aktør)"),
        ("Samtaleforløb med virksomhedskonsulent", null),
        ("Arbejdsprøvning hos anden aktør", "Værkstedet Sydhavn (anden aktør)"),
        ("Gældsrådgivning og budgetlægning", null),
    ];

    public static readonly (string Title, string? Provider)[] ActivitiesJobReady =
    [
        ("Jobklub", null),
        ("Kursus i jobsøgning og CV", null),
        ("Truckcertifikat (AMU)", "AMU Hovedstaden"),
        ("Jobsamtaler med personlig jobformidler", null),
        ("Danskundervisning, modul 4", "Sprogcenter København"),
    ];

    public static readonly (string Title, string? Provider)[] ActivitiesYoung =
    [
        ("Mentorstøtte i uddannelsesstart", "Mentorkorps København"),
        ("Brobygningsforløb", "FGU København"),
        ("Vejledningsforløb med UU", "UU København"),
        ("Uddannelsesafklarende praktik", null),
    ];

    public static readonly (string Title, string? Provider)[] ActivitiesSick =
    [
        ("Opfølgningssamtale om sygemelding", null),
        ("Delvis raskmelding med gradvis optrapning", null),
        ("Arbejdsprøvning i virksomhed", null),
        ("Forberedelse til rehabiliteringsteamet", null),
        ("Smertehåndteringskursus", "Genoptræning og Rehabilitering"),
    ];

    public static readonly (string Area, string Text)[] SocialGoalsGeneral =
    [
        ("Bolig", "Bevare egen bolig og betale husleje til tiden"),
        ("Økonomi", "Lægge et budget og undgå restancer"),
        ("Praktiske færdigheder", "Handle ind og lave mad selv tre dage om ugen"),
        ("Sociale relationer", "Mindske ensomhed gennem deltagelse i et fællesskab"),
        ("Psykisk trivsel", "Få struktur på hverdagen med faste stå-op-tider"),
        ("Beskæftigelse", "Deltage i samtaler om beskæftigelse sammen med jobcentret"),
        ("Sundhed", "Gå til egen læge og tandlæge"),
    ];

    public static readonly (string Area, string Text)[] SocialGoalsSubstance =
    [
        ("Misbrug", "Reducere forbruget og holde aftalerne i behandlingen"),
        ("Misbrug", "Gennemføre behandling og holde sig stoffri"),
        ("Bolig", "Komme ud af hjemløshed og i egen bolig"),
        ("Sociale relationer", "Genoptage kontakten til familien"),
        ("Beskæftigelse", "Deltage i et socialt aktiveringstilbud mindst én dag om ugen"),
    ];

    public static readonly (string Area, string Text)[] SocialGoalsDisability =
    [
        ("Praktiske færdigheder", "Kunne tage offentlig transport alene til arbejde"),
        ("Beskæftigelse", "Fastholde job med løntilskud med støtte fra hjemmevejleder"),
        ("Praktiske færdigheder", "Klare egen tøjvask og rengøring med støtte"),
        ("Sociale relationer", "Deltage i en fritidsaktivitet med andre unge"),
        ("Selvstændighed", "Flytte i egen lejlighed med støtte"),
    ];

    public static readonly string[] PurposesGeneral =
    [
        "Social handleplan koordineret med jobplanen: stabil hverdag, bolig og skridt mod beskæftigelse.",
        "Støtte til at klare hverdagen i eget hjem, så borgeren kan deltage i jobcentrets tilbud.",
    ];

    public static readonly string[] PurposesSubstance =
    [
        "Helhedsorienteret plan for behandling, bolig og beskæftigelse, aftalt med borgeren og jobcentret.",
        "Koordineret indsats mellem Socialforvaltningen og jobcentret om behandling og afklaring.",
    ];

    public static readonly string[] PurposesDisability =
    [
        "Støtte til en selvstændig hverdag i eget hjem og fastholdelse af tilknytning til arbejdsmarkedet.",
        "Støtte i hverdagen og i overgangen fra beskyttet beskæftigelse til job på særlige vilkår.",
    ];

    public static readonly string[] Substances = ["Cannabis", "Cannabis", "Kokain", "Opioider", "Amfetamin", "Benzodiazepiner", "Blandingsmisbrug"];

    public static readonly string[] RehabilitationTitles =
    [
        "Genoptræning efter lænderygoperation",
        "Rehabiliteringsforløb efter erhvervet hjerneskade",
        "Genoptræning efter knæoperation",
        "Smerteforløb for kroniske rygsmerter",
        "Genoptræning efter skulderskade",
    ];

    public static readonly string[] AlcoholTitles =
    [
        "Ambulant alkoholbehandling",
        "Alkoholbehandling med samtaleforløb",
        "Alkoholbehandling med medicinsk støtte",
    ];

    public static readonly string[] PreventionTitles =
    [
        "Rygestopforløb",
        "Sundhedsforløb for borgere med type 2-diabetes",
        "Stresshåndteringsforløb",
        "Motion og kost – sundhedsforløb for ledige",
    ];

    public static readonly string[] HomeCareTitles = ["Praktisk hjælp i hjemmet", "Personlig pleje morgen og aften"];

    public static readonly string[] StuInstitutions = ["STU Amager", "STU Valby", "STU Nordvest", "STU-skolen Sydhavn", "Værkstedsskolen STU, Nørrebro"];

    public static readonly string[] TransitionSummaries =
    [
        "Overdragelse til voksenforvaltningerne ved 18 år: jobcentret afklarer forsørgelse og jobrettet indsats, Socialforvaltningen vurderer behov for støtte i eget hjem.",
        "Handleplan aftalt med den unge og forældrene senest et halvt år før det fyldte 18. år; dækker både den sociale og beskæftigelsesmæssige indsats.",
        "Den unge afslutter STU og ønsker job med løntilskud; kontakt til Den Særlige Jobformidling og KLAPjob aftalt.",
    ];
}
