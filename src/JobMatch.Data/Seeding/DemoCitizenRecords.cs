using JobMatch.Data.Employment;
using JobMatch.Data.Health;
using JobMatch.Data.Registry;
using JobMatch.Data.Social;
using static JobMatch.Data.Seeding.SeedAgencies;
using static JobMatch.Data.Seeding.SeedEmploymentReference;

namespace JobMatch.Data.Seeding;

/// <summary>
/// The showcase citizens' records, written out by hand so demos and tests can rely on every date. The dates are
/// written for <see cref="SeedClock.Anchor"/> and move with the seed's day (<c>D(...)</c>), so the plans stay current;
/// birth dates (they are in the CPR numbers) and the youth records that follow from them stay as written.
/// </summary>
internal sealed class DemoCitizenRecords(SeedSet set, SeedRandom random, SeedDirectory directory, SeedPeople people)
{
    public void AddAll()
    {
        KlapJobParticipant();
        SharedCashBenefitCitizen();
        StuStudent();
        FlexJobCitizen();
        JobshopCitizen();
    }

    private void KlapJobParticipant()
    {
        var b = Citizen(DemoCitizens.KlapJobParticipant, DemoCitizens.KlapJobParticipantCpr, "Sofie", "Lund Kristensen", new(2003, 4, 17), "Valby", "Toftegårds Allé 12, 2. th., 2500 Valby");
        b.Education("STU", "STU Valby", new(2019, 8, 12), new(2022, 6, 30));
        b.TransitionPlan(new(2020, 6, 17), new(2021, 4, 17), $"{Bif},{Sof}", SeedPlanTexts.TransitionSummaries[2], agreedOn: new(2020, 10, 1), handedOverOn: new(2021, 4, 17));

        b.TargetGroup(Foertidspension, D(2021, 5, 1));
        b.Benefit(BenefitFoertidspension, D(2021, 5, 1));
        b.Enroll(SeedProjects.KlapJob, Handicapcenter, D(2025, 9, 1),
            [(D(2025, 9, 1), D(2025, 9, 15)), (D(2025, 9, 15), D(2025, 10, 20)), (D(2025, 10, 20), D(2026, 1, 30)), (D(2026, 2, 2), D(2026, 2, 2))],
            D(2026, 2, 2), PlanStatus.Completed);
        var employer = directory.EmployerNamed("Købmand Holm & Søn ApS");
        b.JobGoal("Få et job med løntilskud i en almindelig virksomhed", D(2025, 9, 15), D(2026, 9, 1), PlanStatus.Completed);
        b.JobActivity("Samtale med KLAPjob-konsulent om ønsker til job", "LEV – KLAPjob", D(2025, 9, 15), D(2025, 10, 20));
        b.Placement(PlacementKind.Internship, employer, D(2025, 10, 20), D(2026, 1, 30), 12);
        b.Placement(PlacementKind.WageSubsidy, employer, D(2026, 2, 2), null, 15);
        b.JobActivity("Mentorstøtte på arbejdspladsen", directory.NameOf(SpecialindsatsHandicap), D(2026, 2, 2), D(2026, 12, 31));
        b.JobGoal("Øge til 20 timer om ugen i løntilskudsjobbet", D(2026, 5, 4), D(2027, 2, 1));

        b.ActionPlan("Støtte til en selvstændig hverdag i egen lejlighed og til at fastholde job med løntilskud gennem KLAPjob.", D(2021, 5, 10), D(2027, 1, 15), Handicapcenter);
        b.SocialService(SocialServiceKind.ShelteredEmployment, "Beskyttet beskæftigelse på værksted (§ 103)", Dagtilbud, D(2021, 8, 2), D(2025, 10, 19), 25);
        b.SocialService(SocialServiceKind.SupportInOwnHome, "Socialpædagogisk støtte i eget hjem (§ 85)", Bostoette, D(2021, 6, 1), null, 4);
        b.SocialGoal("Praktiske færdigheder", "Kunne tage bussen alene til arbejdspladsen", D(2025, 10, 1), D(2026, 3, 1));
        b.SocialGoal("Selvstændighed", "Klare egen tøjvask og rengøring med støtte", D(2026, 3, 2), D(2026, 12, 1));

        b.Consent(Bif, Sof, "EmploymentDetail", "JOB_RETENTION", D(2025, 9, 1), D(2027, 9, 1));
        b.Consent(Sof, Bif, "SocialDetail", "COORDINATED_PLAN", D(2025, 9, 1), D(2027, 9, 1));
        Finish(b, DemoEmployees.BifCaseworker, DemoEmployees.SofCaseworker, DemoEmployees.BufCaseworker);
    }

    /// <summary>Plans in three departments whose dates interleave through 2026, for the combined time line.</summary>
    private void SharedCashBenefitCitizen()
    {
        var b = Citizen(DemoCitizens.SharedCashBenefitCitizen, DemoCitizens.SharedCashBenefitCitizenCpr, "Mads", "Holm Nielsen", new(1980, 9, 2), "Bispebjerg", "Rentemestervej 41, 1. tv., 2400 København NV");
        b.TargetGroup(Aktivitetsparat, D(2019, 3, 1));
        b.Benefit(BenefitKontanthjaelp, D(2019, 3, 1));
        b.Enroll(SeedProjects.DagTilDag, Sundholm, D(2024, 3, 4), [(D(2024, 3, 4), D(2025, 6, 30))], D(2025, 6, 30), PlanStatus.Completed);
        b.ActionPlan("Koordineret indsats mellem Socialforvaltningen og jobcentret om behandling, bolig og afklaring gennem praktik.", D(2025, 11, 3), D(2026, 12, 1), BorgercenterVoksne);
        b.SubstanceTreatment("Cannabis", "Ambulant", D(2025, 11, 10), null);

        b.JobGoal("Holde aftaler med jobcentret og møde op til samtaler", D(2026, 1, 12), D(2026, 6, 30));
        b.SocialGoal("Misbrug", "Reducere forbruget af hash", D(2026, 1, 20), D(2026, 7, 31));
        b.HealthEpisode(HealthEpisodeKind.AlcoholTreatment, "Ambulant alkoholbehandling", Alkoholbehandling, D(2026, 2, 3), null);
        b.JobActivity("Afklaringsforløb i værksted", "Værkstedet Sydhavn (anden aktør)", D(2026, 2, 16), D(2026, 5, 15));
        b.SocialService(SocialServiceKind.SupportInOwnHome, "Socialpædagogisk støtte i eget hjem (§ 85)", Bostoette, D(2026, 3, 2), null, 4);
        b.JobGoal("Komme i virksomhedspraktik inden for lager og logistik", D(2026, 4, 7), D(2026, 12, 31));
        b.SocialGoal("Bolig", "Bevare egen bolig og betale husleje til tiden", D(2026, 5, 4), D(2027, 5, 1));
        b.HealthEpisode(HealthEpisodeKind.Prevention, "Motion og kost – sundhedsforløb for ledige", Forebyggelse, D(2026, 6, 1), D(2026, 8, 31));
        b.Placement(PlacementKind.Internship, directory.EmployerNamed("Lagerhuset Køge Bugt A/S"), D(2026, 9, 7), D(2026, 12, 4), 15);
        b.JobActivity("Mentorstøtte", directory.NameOf(JobcenterJobindsats), D(2026, 9, 7), D(2026, 12, 4));
        b.SocialGoal("Beskæftigelse", "Møde op i praktikken fire dage om ugen med støtte fra bostøtten", D(2026, 10, 5), D(2026, 12, 4));

        b.Consent(Sof, Bif, "SocialDetail", "COORDINATED_PLAN", D(2026, 1, 20), D(2028, 1, 20));
        b.Consent(Suf, Bif, "HealthDetail", "COORDINATED_PLAN", D(2026, 2, 3), D(2027, 2, 3));
        Finish(b, DemoEmployees.BifCaseworker, DemoEmployees.SofCaseworker, DemoEmployees.SufCaseworker);
    }

    private void StuStudent()
    {
        var b = Citizen(DemoCitizens.StuStudent, DemoCitizens.StuStudentCpr, "Emil", "Andersen", new(2009, 3, 14), "Nørrebro", "Rovsingsgade 7, st. th., 2200 København N");
        b.Education("STU", "STU Nordvest", new(2025, 8, 11), new(2028, 6, 30));
        b.TransitionPlan(new(2026, 5, 14), new(2027, 3, 14), $"{Bif},{Sof}",
            "Emil ønsker praktik i et gartneri efter STU. Jobcentret afklarer forsørgelse og Den Særlige Jobformidling, Socialforvaltningen vurderer støtte i eget hjem ved flytning hjemmefra.",
            agreedOn: null, handedOverOn: null);
        Finish(b, DemoEmployees.BufCaseworker);
    }

    private void FlexJobCitizen()
    {
        var b = Citizen(DemoCitizens.FlexJobCitizen, DemoCitizens.FlexJobCitizenCpr, "Henrik", "Mortensen", new(1972, 6, 23), "Amager Øst", "Holmbladsgade 88, 3. mf., 2300 København S");
        b.TargetGroup(Sygedagpenge, D(2023, 2, 6), D(2023, 11, 30));
        b.Benefit(BenefitSygedagpenge, D(2023, 2, 6), D(2023, 11, 30));
        b.HealthEpisode(HealthEpisodeKind.Rehabilitation, "Genoptræning efter lænderygoperation", Genoptraening, D(2023, 3, 1), D(2023, 9, 29));
        b.TargetGroup(Ledighedsydelse, D(2023, 12, 1), D(2024, 4, 30));
        b.Benefit(BenefitLedighedsydelse, D(2023, 12, 1), D(2024, 4, 30));
        b.TargetGroup(Fleksjob, D(2024, 5, 1));
        b.Benefit(BenefitFlekslontilskud, D(2024, 5, 1));
        b.Placement(PlacementKind.FlexJob, directory.EmployerNamed("Kontorservice Frederiksberg ApS"), D(2024, 5, 1), null, 12);
        b.HealthEpisode(HealthEpisodeKind.Rehabilitation, "Smerteforløb for kroniske rygsmerter", Genoptraening, D(2026, 2, 16), D(2027, 1, 31));
        b.JobGoal("Bevare fleksjobbet og øge timetallet fra 12 til 15 timer", D(2026, 3, 2), D(2027, 3, 1));
        b.JobActivity("Arbejdspladsvurdering og hjælpemidler", directory.NameOf(JobcenterFastholdelse), D(2026, 4, 1), D(2026, 6, 30));
        b.Consent(Suf, Bif, "HealthDetail", "WORK_ABILITY", D(2026, 2, 16), D(2028, 2, 16));
        Finish(b, DemoEmployees.BifCaseworker, DemoEmployees.SufCaseworker);
    }

    private void JobshopCitizen()
    {
        var b = Citizen(DemoCitizens.JobshopCitizen, DemoCitizens.JobshopCitizenCpr, "Lars", "Poulsen", new(1979, 1, 30), "Brønshøj-Husum", "Bystævneparken 23, 2700 Brønshøj");
        b.Benefit(BenefitFoertidspension, D(2004, 2, 1));
        b.SocialService(SocialServiceKind.LongTermHousing, "Længerevarende botilbud (§ 108)", Botilbud, D(2010, 6, 1), null, null);
        b.SocialService(SocialServiceKind.ShelteredEmployment, "Beskyttet beskæftigelse på værksted (§ 103)", Dagtilbud, D(2006, 3, 1), D(2025, 8, 31), 30);
        b.ActionPlan("Fra beskyttet beskæftigelse til skånejob gennem Jobshop, med fortsat støtte i botilbuddet.", D(2025, 2, 10), D(2027, 2, 10), Handicapcenter);
        b.Enroll(SeedProjects.JobshopProgramme, Jobshop, D(2025, 3, 3),
            [(D(2025, 3, 3), D(2025, 4, 14)), (D(2025, 4, 14), D(2025, 9, 1)), (D(2025, 9, 1), null)], null, PlanStatus.Active);
        b.JobGoal("Arbejde 15 timer om ugen i skånejob", D(2025, 4, 14), D(2026, 4, 14));
        b.TargetGroup(Foertidspension, D(2025, 9, 1));
        b.Placement(PlacementKind.ShelteredJob, directory.EmployerNamed("Genbrugsbutikken Ny Start"), D(2025, 9, 1), null, 15);
        b.SocialGoal("Beskæftigelse", "Fastholde skånejobbet med støtte fra Jobshop", D(2025, 9, 1), D(2026, 9, 1));
        Finish(b, DemoEmployees.BifCaseworker, DemoEmployees.SofCaseworker);
    }

    private static DateOnly D(int year, int month, int day) => SeedClock.Shift(new DateOnly(year, month, day));

    private CitizenBuilder Citizen(Guid id, string cpr, string first, string last, DateOnly birthDate, string district, string address)
    {
        people.Reserve(cpr);
        var citizen = new Citizen
        {
            Id = id,
            Cpr = cpr,
            FirstName = first,
            LastName = last,
            BirthDate = birthDate,
            District = district,
            Address = address,
            Email = $"{first.ToLowerInvariant()}.demo@borger.example",
        };
        set.Citizens.Add(citizen);
        return new CitizenBuilder(set, random, directory, citizen);
    }

    private static void Finish(CitizenBuilder b, params Guid[] contacts)
    {
        foreach (var contact in contacts)
            b.ContactPerson(contact);
        b.Finish(drawConsent: false);
    }
}
