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
    /// <summary>
    /// Young førtidspensionist with developmental disability in KLAPjob, often after STU, with §85 support (BIF, SOF,
    /// often BUF). Drawn to follow Social- og Boligstyrelsen's analysis: about 45 % are in paid work (a skånejob) when
    /// they enrol and about 80 % a year on, mostly hired through the fourth step, and the §103/§104 place or the
    /// botilbud of those hired ends.
    /// </summary>
    public static void KlapJob(CitizenBuilder b, SeedRandom r, SeedDirectory d)
    {
        var pensionFrom = r.Date(b.AtAge(18), SeedClock.Min(b.AtAge(20), Today.AddDays(-60)));
        b.TargetGroup(Foertidspension, pensionFrom, null, SpecialindsatsHandicap);
        b.Benefit(BenefitFoertidspension, pensionFrom);
        if (b.Age <= 27 && r.Chance(0.8))
            FinishedStu(b, r, $"{Bif},{Sof}");

        var enrolledOn = r.Date(SeedClock.Max(pensionFrom, b.AtAge(19)), Today.AddDays(-30));
        var reached = r.Weighted([(1, 8), (2, 12), (3, 20), (4, 60)]);
        var referredBy = r.OneOf(Handicapcenter, Jobshop, SaerligeJobformidling, JobcenterUnge, SpecialindsatsHandicap);
        var steps = Enroll(b, r, SeedProjects.KlapJob, 4, reached, referredBy, enrolledOn, null, (10, 30), (14, 45), (60, 120), (0, 0));
        var hired = steps.Count >= KlapHiredStep ? steps[KlapHiredStep - 1].Started : (DateOnly?)null;
        b.JobGoal(JobGoalsDisability[0], enrolledOn, enrolledOn.AddYears(1), hired is not null ? PlanStatus.Completed : null);
        if (r.Chance(0.5))
            b.JobGoal(JobGoalsDisability[2], enrolledOn.AddDays(r.Next(0, 60)), enrolledOn.AddMonths(r.Next(4, 10)));

        // Some come from a skånejob found by Jobshop; KLAPjob's match replaces it when they are hired.
        if (r.Chance(0.45))
            b.Placement(PlacementKind.ShelteredJob, d.AnyEmployer(r), r.Date(pensionFrom, enrolledOn.AddDays(-1)), hired?.AddDays(-1), r.Next(8, 17));
        var employer = d.KlapEmployer(r);
        if (steps.Count >= KlapInternshipStep)
        {
            var (start, done) = steps[KlapInternshipStep - 1];
            b.Placement(PlacementKind.Internship, employer, start, done ?? start.AddDays(91), r.Next(8, 21));
        }
        if (hired is { } hiredOn)
            b.Placement(r.Chance(0.85) ? PlacementKind.WageSubsidy : PlacementKind.ShelteredJob, employer, hiredOn, null, r.Next(8, 16));

        b.HandledBy(Handicapcenter);
        if (r.Chance(0.8))
        {
            SocialPlan(b, r, pensionFrom, PurposesDisability, SocialGoalsDisability, Handicapcenter);
            Service(b, SocialServiceKind.SupportInOwnHome, r.OneOf(Bostoette, Handicapcenter), r.Date(pensionFrom, enrolledOn), null, r.Next(2, 9));
        }
        if (r.Chance(0.5))
        {
            // KLAPjob moves people out of sheltered work: the §103 place (or §104 offer) ends when the internship begins.
            var shelteredFrom = r.Date(pensionFrom, enrolledOn);
            var shelteredTo = steps.Count >= KlapInternshipStep ? steps[KlapInternshipStep - 1].Started : (DateOnly?)null;
            Service(b, r.Chance(0.7) ? SocialServiceKind.ShelteredEmployment : SocialServiceKind.ActivityAndDayOffer, Dagtilbud, shelteredFrom, shelteredTo, r.Next(15, 31));
        }
        if (r.Chance(0.3))
        {
            var housingFrom = r.Date(pensionFrom, enrolledOn);
            Service(b, SocialServiceKind.LongTermHousing, Botilbud, housingFrom, hired is { } h && r.Chance(0.5) ? h.AddMonths(r.Next(3, 12)) : null, null);
        }
    }

    /// <summary>
    /// A førtidspensionist with developmental disability like KLAPjob's participants who was never enrolled: the
    /// comparison group. About 45 % hold a skånejob when they enter the target group and a few more find one later;
    /// sheltered work, day offers and botilbud go on.
    /// </summary>
    public static void KlapJobComparison(CitizenBuilder b, SeedRandom r, SeedDirectory d)
    {
        var pensionFrom = SeedClock.Max(r.Date(Today.AddYears(-7), Today.AddMonths(-2)), b.AtAge(18));
        b.TargetGroup(Foertidspension, pensionFrom, null, SpecialindsatsHandicap);
        b.Benefit(BenefitFoertidspension, pensionFrom);
        b.HandledBy(Handicapcenter);
        b.JobGoal(JobGoalsDisability[1], r.Date(pensionFrom, Today.AddDays(-7)), Today.AddMonths(r.Next(3, 12)));
        if (r.Chance(0.45))
        {
            var from = pensionFrom.AddDays(-r.Next(30, 400));
            b.Placement(PlacementKind.ShelteredJob, d.AnyEmployer(r), from, r.Chance(0.1) ? pensionFrom.AddMonths(r.Next(6, 30)) : null, r.Next(8, 17));
        }
        else if (r.Chance(0.25))
            b.Placement(PlacementKind.ShelteredJob, d.AnyEmployer(r), pensionFrom.AddMonths(r.Next(3, 24)), null, r.Next(8, 17));
        if (r.Chance(0.8))
        {
            SocialPlan(b, r, pensionFrom, PurposesDisability, SocialGoalsDisability, Handicapcenter);
            Service(b, SocialServiceKind.SupportInOwnHome, r.OneOf(Bostoette, Handicapcenter), r.Date(pensionFrom.AddMonths(-6), pensionFrom), null, r.Next(2, 9));
        }
        if (r.Chance(0.5))
            Service(b, r.Chance(0.7) ? SocialServiceKind.ShelteredEmployment : SocialServiceKind.ActivityAndDayOffer, Dagtilbud, r.Date(pensionFrom.AddMonths(-6), pensionFrom), null, r.Next(15, 31));
        if (r.Chance(0.3))
            Service(b, SocialServiceKind.LongTermHousing, Botilbud, r.Date(pensionFrom.AddYears(-1), pensionFrom), null, null);
    }

    /// <summary>A 16–19-year-old in STU with a transition plan to the adult departments from 17 years and 2 months (BUF, then BIF/SOF).</summary>
    public static void StuYouth(CitizenBuilder b, SeedRandom r, SeedDirectory d)
    {
        var stuStart = SeedClock.Min(new DateOnly(b.Citizen.BirthDate.Year + 16 + r.Next(2), 8, r.Next(8, 16)), Today.AddMonths(-1));
        b.Education("STU", r.Pick(StuInstitutions), stuStart, stuStart.AddYears(3).AddMonths(-1));
        b.HandledBy(r.Chance(0.5) ? UuKobenhavn : StuKobenhavn);
        if (Today < b.AtAge(17))
            return;
        var receiving = r.Pick(ReceivingChoices);
        b.TransitionPlan(b.AtAge(17, 2), b.AtAge(18), receiving, r.Pick(TransitionSummaries));
        if (b.Age >= 17 && r.Chance(0.15))
            Enroll(b, r, SaerligeJobformidlingProgramme, 3, r.Next(1, 3), SaerligeJobformidling, r.Date(b.AtAge(17), Today.AddDays(-14)), null, (20, 60), (60, 120));
        if (b.Age < 18)
            return;

        var adult = b.AtAge(18);
        var onPension = receiving.Contains(Sof, StringComparison.Ordinal) && r.Chance(0.5);
        if (receiving.Contains(Bif, StringComparison.Ordinal))
        {
            b.TargetGroup(onPension ? Foertidspension : UngAktivitetsparat, adult, null, onPension ? SpecialindsatsHandicap : JobcenterUnge);
            b.Benefit(onPension ? BenefitFoertidspension : BenefitUddannelseshjaelp, adult);
            b.JobGoal(onPension ? JobGoalsDisability[1] : JobGoalsYoung[2], adult.AddDays(r.Next(7, 60)), adult.AddMonths(r.Next(6, 13)));
        }
        if (receiving.Contains(Sof, StringComparison.Ordinal))
            Service(b, SocialServiceKind.SupportInOwnHome, Bostoette, adult.AddDays(r.Next(0, 30)), null, r.Next(2, 6));
    }

    /// <summary>Førtidspensionist in sheltered work or day offers, perhaps a Jobshop skånejob, perhaps a §108 home (SOF, often BIF).</summary>
    public static void DisabilityPension(CitizenBuilder b, SeedRandom r, SeedDirectory d)
    {
        var pensionFrom = SeedClock.Max(r.Date(Today.AddYears(-25), Today.AddYears(-3)), b.AtAge(25));
        b.Benefit(BenefitFoertidspension, pensionFrom);
        b.HandledBy(Handicapcenter);
        b.HandledBy(SpecialindsatsHandicap);
        var offerKind = r.Chance(0.6) ? SocialServiceKind.ShelteredEmployment : SocialServiceKind.ActivityAndDayOffer;
        var offerFrom = r.Date(pensionFrom, Today.AddMonths(-6));
        DateOnly? offerTo = null;

        if (r.Chance(0.35))
        {
            var enrolledOn = r.Date(offerFrom, Today.AddDays(-20));
            var steps = Enroll(b, r, JobshopProgramme, 3, r.Next(1, 4), Jobshop, enrolledOn, null, (20, 60), (30, 90), (90, 365));
            if (steps.Count >= 2)
            {
                b.TargetGroup(Foertidspension, steps[1].Started, null, SpecialindsatsHandicap);
                b.Placement(PlacementKind.ShelteredJob, d.AnyEmployer(r), steps[1].Started, null, r.Next(8, 21));
                b.JobGoal(JobGoalsDisability[3], steps[0].Started, steps[0].Started.AddMonths(6));
                offerTo = steps[1].Started;
            }
        }
        Service(b, offerKind, Dagtilbud, offerFrom, offerTo, r.Next(15, 31));
        if (r.Chance(0.4))
            Service(b, SocialServiceKind.LongTermHousing, Botilbud, r.Date(pensionFrom, Today.AddYears(-1)), null, null);
        else if (r.Chance(0.6))
            Service(b, SocialServiceKind.SupportInOwnHome, Bostoette, r.Date(pensionFrom, Today.AddMonths(-2)), null, r.Next(2, 8));
        if (r.Chance(0.7))
            SocialPlan(b, r, pensionFrom, PurposesDisability, SocialGoalsDisability, Handicapcenter);
        if (b.Age >= 50 && r.Chance(0.3))
            b.HealthEpisode(HealthEpisodeKind.HomeCare, r.Pick(HomeCareTitles), Hjemmepleje, r.Date(Today.AddYears(-3), Today.AddMonths(-1)), null);
    }

    /// <summary>A finished STU and the completed transition plan that handed the case over at 18.</summary>
    private static void FinishedStu(CitizenBuilder b, SeedRandom r, string receiving)
    {
        var stuStart = new DateOnly(b.Citizen.BirthDate.Year + 16 + r.Next(2), 8, r.Next(8, 16));
        b.Education("STU", r.Pick(StuInstitutions), stuStart, stuStart.AddYears(3).AddMonths(-1));
        b.TransitionPlan(b.AtAge(17, 2), b.AtAge(18), receiving, r.Pick(TransitionSummaries));
    }
}
