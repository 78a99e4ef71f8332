using JobMatch.Data.Employment;
using JobMatch.Data.Health;
using JobMatch.Data.Social;
using static JobMatch.Data.Seeding.SeedAgencies;
using static JobMatch.Data.Seeding.SeedEmploymentReference;
using static JobMatch.Data.Seeding.SeedPlanTexts;
using static JobMatch.Data.Seeding.SeedProjects;

namespace JobMatch.Data.Seeding;

internal static partial class CitizenProfiles
{
    /// <summary>Aktivitetsparat kontanthjælp, often a shared BIF/SOF citizen with §85 support, sometimes treatment in SOF or SUF.</summary>
    public static void ActivityReadyCashBenefit(CitizenBuilder b, SeedRandom r, SeedDirectory d)
    {
        var since = SeedClock.Max(r.Date(Today.AddYears(-12), Today.AddMonths(-6)), b.AtAge(25));
        b.TargetGroup(Aktivitetsparat, since, null, JobcenterJobindsats);
        b.Benefit(BenefitKontanthjaelp, since);
        JobPlan(b, r, since, JobGoalsActivityReady, ActivitiesActivityReady, Unit(d, JobcenterJobindsats));
        if (r.Chance(0.3))
        {
            var from = r.Date(Today.AddYears(-2), Today.AddMonths(1));
            b.Placement(PlacementKind.Internship, d.AnyEmployer(r), from, from.AddDays(7 * 13), r.Next(5, 21));
        }
        if (r.Chance(0.1))
            b.Placement(PlacementKind.OrdinaryHours, d.AnyEmployer(r), r.Date(Today.AddYears(-1), Today.AddDays(-14)), null, r.Next(3, 11));
        if (r.Chance(0.4))
            HistoricalProject(b, r, since);

        var substance = r.Chance(0.25);
        if (r.Chance(0.6) || substance)
        {
            b.HandledBy(BorgercenterVoksne);
            SocialPlan(b, r, since, substance ? PurposesSubstance : PurposesGeneral, substance ? SocialGoalsSubstance : SocialGoalsGeneral, BorgercenterVoksne);
            if (r.Chance(0.7))
                Service(b, SocialServiceKind.SupportInOwnHome, Bostoette, r.Date(since, Today.AddMonths(-1)), null, r.Next(2, 7));
        }
        if (substance)
            b.SubstanceTreatment(r.Pick(Substances), "Ambulant", r.Date(SeedClock.Max(since, Today.AddYears(-3)), Today.AddDays(-20)), null);
        if (r.Chance(0.15))
            b.HealthEpisode(HealthEpisodeKind.AlcoholTreatment, r.Pick(AlcoholTitles), Alkoholbehandling, r.Date(Today.AddYears(-2), Today.AddDays(-10)), null);
        if (r.Chance(0.15))
        {
            var from = r.Date(Today.AddYears(-2), Today.AddMonths(1));
            b.HealthEpisode(HealthEpisodeKind.Prevention, r.Pick(PreventionTitles), Forebyggelse, from, from.AddDays(r.Next(42, 120)));
        }
    }

    /// <summary>Stofmisbrug and often homelessness: treatment in SOF, Dag til Dag, §107 housing, sometimes alcohol treatment in SUF.</summary>
    public static void SubstanceAbuse(CitizenBuilder b, SeedRandom r, SeedDirectory d)
    {
        var since = SeedClock.Max(r.Date(Today.AddYears(-10), Today.AddMonths(-4)), b.AtAge(20));
        b.TargetGroup(Aktivitetsparat, since, null, JobcenterJobindsats);
        b.Benefit(BenefitKontanthjaelp, since);
        b.JobGoal(JobGoalsActivityReady[7], r.Date(SeedClock.Max(since, Today.AddYears(-1)), Today.AddDays(-7)), Today.AddMonths(r.Next(2, 9)));
        b.HandledBy(Rusmiddelcenter);
        SocialPlan(b, r, since, PurposesSubstance, SocialGoalsSubstance, BorgercenterVoksne);

        if (r.Chance(0.5))
        {
            var earlierFrom = r.Date(since, Today.AddYears(-1));
            var earlierTo = earlierFrom.AddDays(r.Next(60, 240));
            b.SubstanceTreatment(r.Pick(Substances), "Ambulant", earlierFrom, SeedClock.Min(earlierTo, Today.AddMonths(-2)), r.Chance(0.5) ? PlanStatus.Cancelled : PlanStatus.Completed);
        }
        b.SubstanceTreatment(r.Pick(Substances), r.Chance(0.25) ? "Døgn" : "Ambulant", r.Date(Today.AddMonths(-10), Today.AddDays(-7)), null);
        if (r.Chance(0.4))
        {
            var from = r.Date(since, Today.AddMonths(-2));
            Service(b, SocialServiceKind.TemporaryHousing, Botilbud, from, r.Chance(0.5) ? from.AddDays(r.Next(90, 360)) : null, null);
        }
        if (r.Chance(0.4))
            Service(b, SocialServiceKind.SupportInOwnHome, Bostoette, r.Date(since, Today.AddMonths(-1)), null, r.Next(2, 6));
        if (r.Chance(0.45))
        {
            var enrolledOn = r.Date(SeedClock.Max(since, Today.AddYears(-2)), Today.AddDays(-3));
            Enroll(b, r, DagTilDag, 1, 1, Sundholm, enrolledOn, null, (365, 900));
        }
        if (r.Chance(0.3))
            b.HealthEpisode(HealthEpisodeKind.AlcoholTreatment, r.Pick(AlcoholTitles), Alkoholbehandling, r.Date(Today.AddYears(-2), Today.AddDays(-10)), null);
    }

    /// <summary>Jobparat (over 30) or uddannelsesparat (under 30): a short job-plan spell, mostly BIF alone.</summary>
    public static void JobReady(CitizenBuilder b, SeedRandom r, SeedDirectory d)
    {
        var young = IsYoung(b);
        var since = SeedClock.Max(r.Date(Today.AddMonths(-24), Today.AddMonths(-1)), b.AtAge(18));
        var unit = young ? JobcenterUnge : JobcenterArbejdsmarked;
        b.TargetGroup(young ? Uddannelsesparat : Jobparat, since, null, unit);
        b.Benefit(young ? BenefitUddannelseshjaelp : BenefitKontanthjaelp, since);
        JobPlan(b, r, since, young ? JobGoalsYoung : JobGoalsJobReady, young ? ActivitiesYoung : ActivitiesJobReady, Unit(d, unit), 2, 2);
        if (r.Chance(0.35))
        {
            var from = r.Date(since, Today.AddMonths(1));
            b.Placement(PlacementKind.Internship, d.AnyEmployer(r), from, from.AddDays(7 * r.Next(2, 5)), 37);
        }
        if (r.Chance(0.25))
            b.Placement(PlacementKind.OrdinaryHours, d.AnyEmployer(r), r.Date(since, Today.AddDays(-7)), null, r.Next(8, 26));
        if (r.Chance(0.1))
        {
            var from = r.Date(since, Today.AddMonths(1));
            b.HealthEpisode(HealthEpisodeKind.Prevention, r.Pick(PreventionTitles), Forebyggelse, from, from.AddDays(r.Next(42, 120)));
        }
    }

    /// <summary>Aktivitetsparat uddannelseshjælp under 30, often psychologically vulnerable with §85 support, sometimes an earlier BUF case.</summary>
    public static void YoungActivityReady(CitizenBuilder b, SeedRandom r, SeedDirectory d)
    {
        var since = SeedClock.Max(r.Date(Today.AddYears(-6), Today.AddMonths(-3)), b.AtAge(18));
        b.TargetGroup(UngAktivitetsparat, since, null, JobcenterUnge);
        b.Benefit(BenefitUddannelseshjaelp, since);
        JobPlan(b, r, since, JobGoalsYoung, ActivitiesYoung, Unit(d, JobcenterUnge));
        if (r.Chance(0.5))
        {
            b.HandledBy(BorgercenterVoksne);
            SocialPlan(b, r, since, PurposesGeneral, SocialGoalsGeneral, BorgercenterVoksne);
            Service(b, SocialServiceKind.SupportInOwnHome, Bostoette, r.Date(since, Today.AddMonths(-1)), null, r.Next(2, 6));
        }
        if (r.Chance(0.1))
        {
            var from = r.Date(since, Today.AddMonths(1));
            b.HealthEpisode(HealthEpisodeKind.Prevention, r.Pick(PreventionTitles), Forebyggelse, from, from.AddDays(r.Next(42, 120)));
        }
        if (b.Age <= 23 && r.Chance(0.35))
        {
            var fguFrom = b.AtAge(16, r.Next(0, 12));
            b.Education("FGU", "FGU København", fguFrom, fguFrom.AddYears(2), r.Chance(0.5) ? PlanStatus.Cancelled : PlanStatus.Completed);
            b.TransitionPlan(b.AtAge(17, 2), b.AtAge(18), r.Pick(ReceivingChoices), TransitionSummaries[1]);
        }
    }

    /// <summary>An enrolment in one of the STAR projects or BIF's longer offers that was running during the citizen's spell.</summary>
    private static void HistoricalProject(CitizenBuilder b, SeedRandom r, DateOnly since)
    {
        var age30 = b.AtAge(30);
        var candidates = new List<(string Project, DateOnly From, DateOnly To, int Steps)>
        {
            (Laengerevarende, SeedClock.Max(since, Today.AddYears(-2)), Today.AddDays(-7), 4),
        };
        if (since < new DateOnly(2014, 6, 1) && age30 < new DateOnly(2015, 1, 1))
            candidates.Add((Empowerment, new(2014, 6, 1), new(2015, 12, 31), 3));
        if (since < new DateOnly(2015, 1, 1) && age30 < new DateOnly(2016, 1, 1))
            candidates.Add((JobFirst, new(2016, 1, 1), new(2016, 12, 31), 4));
        if (since < new DateOnly(2012, 1, 1))
            candidates.Add((FlereSkalMed, new(2017, 3, 1), new(2018, 12, 31), 3));
        if (since < new DateOnly(2016, 9, 1) && age30 < new DateOnly(2017, 9, 1))
            candidates.Add((SocialStoetteJob, new(2017, 10, 1), new(2019, 12, 31), 3));
        var (project, from, to, steps) = r.Pick(candidates);
        Enroll(b, r, project, steps, r.Next(1, steps + 1), r.OneOf(JobcenterJobindsats, BorgercenterVoksne), r.Date(from, to), SeedProjects.EndOf(project), (30, 120), (60, 180), (60, 240), (30, 180));
    }
}
