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
    /// <summary>Sygedagpenge, perhaps on to jobafklaring, often with rehabilitation in SUF (BIF, often SUF).</summary>
    public static void SickLeave(CitizenBuilder b, SeedRandom r, SeedDirectory d)
    {
        var sickFrom = r.Date(Today.AddMonths(-14), Today.AddDays(-14));
        b.HandledBy(JobcenterFastholdelse);
        var unit = Unit(d, JobcenterFastholdelse);
        // Sygedagpenge run out after about 22 weeks unless extended; some have moved on to a jobafklaringsforløb.
        var sickTo = sickFrom.AddDays(7 * 22 + r.Next(0, 120));
        if (sickTo < Today && r.Chance(0.6))
        {
            b.TargetGroup(Sygedagpenge, sickFrom, sickTo);
            b.Benefit(BenefitSygedagpenge, sickFrom, sickTo);
            b.TargetGroup(Jobafklaring, sickTo.AddDays(1));
            b.Benefit(BenefitJobafklaring, sickTo.AddDays(1));
        }
        else
        {
            b.TargetGroup(Sygedagpenge, sickFrom);
            b.Benefit(BenefitSygedagpenge, sickFrom);
        }
        JobPlan(b, r, sickFrom, JobGoalsSick, ActivitiesSick, unit, 2, 3);
        if (r.Chance(0.2))
            b.Placement(PlacementKind.OrdinaryHours, d.AnyEmployer(r), r.Date(sickFrom.AddDays(30), Today.AddDays(14)), null, r.Next(8, 21));
        if (r.Chance(0.6))
        {
            var from = r.Date(sickFrom, Today.AddDays(-7));
            b.HealthEpisode(HealthEpisodeKind.Rehabilitation, r.Pick(RehabilitationTitles), Genoptraening, from, from.AddDays(r.Next(42, 240)));
        }
    }

    /// <summary>Ressourceforløb after years as aktivitetsparat: BIF with SOF and SUF alongside, maybe JobFirst in 2016.</summary>
    public static void ResourceCourse(CitizenBuilder b, SeedRandom r, SeedDirectory d)
    {
        var since = SeedClock.Max(r.Date(Today.AddYears(-12), Today.AddYears(-2)), b.AtAge(25));
        var courseFrom = r.Date(since.AddYears(1), Today.AddMonths(-2));
        // Still in the course on the seed's today: a course that had ended would leave the citizen without a group.
        var courseTo = SeedClock.Max(courseFrom.AddYears(r.Next(1, 6)).AddDays(-1), Today.AddMonths(r.Next(1, 13)));
        b.TargetGroup(Aktivitetsparat, since, courseFrom.AddDays(-1), JobcenterJobindsats);
        b.Benefit(BenefitKontanthjaelp, since, courseFrom.AddDays(-1));
        b.TargetGroup(Ressourceforloeb, courseFrom, courseTo);
        b.Benefit(BenefitRessourceforloeb, courseFrom, courseTo);
        JobPlan(b, r, courseFrom, JobGoalsActivityReady, ActivitiesActivityReady, Unit(d, JobcenterJobindsats));
        if (courseFrom <= new DateOnly(2016, 10, 1) && courseTo >= new DateOnly(2016, 3, 1) && r.Chance(0.5))
            Enroll(b, r, JobFirst, 4, r.Next(1, 5), JobcenterJobindsats, r.Date(SeedClock.Max(courseFrom, new(2016, 1, 1)), new(2016, 10, 1)), EndOf(JobFirst), (20, 40), (30, 90), (60, 120), (60, 180));
        if (r.Chance(0.7))
        {
            b.HandledBy(BorgercenterVoksne);
            SocialPlan(b, r, courseFrom, PurposesGeneral, SocialGoalsGeneral, BorgercenterVoksne);
            Service(b, r.Chance(0.6) ? SocialServiceKind.SupportInOwnHome : SocialServiceKind.ActivityAndDayOffer,
                r.OneOf(Bostoette, Dagtilbud), r.Date(since, Today.AddMonths(-1)), null, r.Next(2, 11));
        }
        if (r.Chance(0.5))
        {
            var from = r.Date(courseFrom, Today.AddDays(-7));
            var rehab = r.Chance(0.6);
            b.HealthEpisode(rehab ? HealthEpisodeKind.Rehabilitation : HealthEpisodeKind.Prevention,
                r.Pick(rehab ? RehabilitationTitles : PreventionTitles), rehab ? Genoptraening : Forebyggelse, from, from.AddDays(r.Next(42, 240)));
        }
    }

    /// <summary>Visiteret til fleksjob: in a flex job now or on ledighedsydelse, often after rehabilitation in SUF (BIF, often SUF).</summary>
    public static void FlexJob(CitizenBuilder b, SeedRandom r, SeedDirectory d)
    {
        var visitated = SeedClock.Max(r.Date(Today.AddYears(-10), Today.AddMonths(-3)), b.AtAge(25));
        b.HandledBy(JobcenterFastholdelse);
        if (r.Chance(0.5))
        {
            var sickFrom = visitated.AddDays(-r.Next(200, 700));
            b.TargetGroup(Sygedagpenge, sickFrom, visitated.AddDays(-1));
            b.Benefit(BenefitSygedagpenge, sickFrom, visitated.AddDays(-1));
            b.HealthEpisode(HealthEpisodeKind.Rehabilitation, r.Pick(RehabilitationTitles), Genoptraening, sickFrom.AddDays(r.Next(10, 60)), visitated.AddDays(-r.Next(1, 60)));
        }
        var unit = Unit(d, JobcenterFastholdelse);
        if (r.Chance(0.7))
        {
            var jobFrom = r.Date(visitated.AddDays(30), SeedClock.Max(visitated.AddDays(30), Today.AddDays(-7)));
            if (jobFrom > visitated.AddDays(30))
            {
                b.TargetGroup(Ledighedsydelse, visitated, jobFrom.AddDays(-1));
                b.Benefit(BenefitLedighedsydelse, visitated, jobFrom.AddDays(-1));
            }
            b.TargetGroup(Fleksjob, jobFrom);
            b.Benefit(BenefitFlekslontilskud, jobFrom);
            b.Placement(PlacementKind.FlexJob, d.AnyEmployer(r), jobFrom, null, r.Next(8, 21));
            b.JobGoal(r.OneOf(JobGoalsFlex[0], JobGoalsFlex[2]), r.Date(jobFrom, Today.AddDays(-7)), Today.AddMonths(r.Next(3, 12)));
        }
        else
        {
            b.TargetGroup(Ledighedsydelse, visitated);
            b.Benefit(BenefitLedighedsydelse, visitated);
            b.JobGoal(JobGoalsFlex[1], r.Date(visitated, Today.AddDays(-7)), Today.AddMonths(r.Next(2, 9)));
            JobPlan(b, r, visitated, JobGoalsSick, ActivitiesSick, unit, 1, 2);
            if (r.Chance(0.4))
            {
                var from = r.Date(Today.AddMonths(-6), Today.AddMonths(1));
                b.Placement(PlacementKind.Internship, d.AnyEmployer(r), from, from.AddDays(7 * r.Next(4, 14)), r.Next(6, 16));
            }
        }
        if (r.Chance(0.5))
        {
            var from = r.Date(Today.AddYears(-1), Today.AddDays(-7));
            b.HealthEpisode(HealthEpisodeKind.Rehabilitation, r.Pick(RehabilitationTitles), Genoptraening, from, from.AddDays(r.Next(60, 300)));
        }
    }
}
